import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditWriter, canWriteAlliance, forbidden, hashToken, Principal, scopeOf } from '@bn/api/core';
import { CalendarFeedDto, CalendarFeedKind, CreateCalendarFeedDto, CreatedCalendarFeedDto } from '@bn/shared/contracts';
import { calendarFeedAllianceNotExpected, calendarFeedAllianceNotFound, calendarFeedKindNotAllowed } from '../notifications.errors';
import { Notifier } from '../dispatch/notifier';

interface FeedRow {
  id: string;
  kind: CalendarFeedKind;
  alliance_id: string | null;
  alliance_name: string | null;
  created_at: Date;
  last_used_at: Date | null;
}

function toCalendarFeedDto(row: FeedRow): CalendarFeedDto {
  return {
    id: row.id,
    kind: row.kind,
    allianceId: row.alliance_id,
    allianceName: row.alliance_name,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
  };
}

/** The feed address: the token is the credential, so it is shown once and stored only as SHA-256. */
export const calendarFeedPath = (token: string): string => `/api/calendar/${token}.ics`;

/**
 * Secret calendar-feed addresses. A mentor gets one for their own sessions; a coordinator one per own
 * alliance, the Fachberatung one per any alliance. Creating a feed that exists renews its address: the
 * old one stops working at once.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly notifier: Notifier,
  ) {}

  async list(principal: Principal): Promise<CalendarFeedDto[]> {
    const rows: FeedRow[] = await this.dataSource.query(
      `SELECT f.id, f.kind, f.alliance_id, a.name AS alliance_name, f.created_at, f.last_used_at
         FROM calendar_feed f LEFT JOIN alliance a ON a.id = f.alliance_id
        WHERE f.owner_id = $1 ORDER BY f.kind DESC, a.name, f.id`,
      [principal.userId],
    );
    return rows.map(toCalendarFeedDto);
  }

  async createOrRenew(dto: CreateCalendarFeedDto, principal: Principal): Promise<CreatedCalendarFeedDto> {
    const allianceId = await this.checkedAlliance(dto, principal);
    const token = randomBytes(32).toString('base64url');
    const row = await this.dataSource.transaction(async (manager) => {
      // Renewal replaces the row: the old token's hash is gone with it.
      await manager.query(`DELETE FROM calendar_feed WHERE owner_id = $1 AND kind = $2 AND alliance_id IS NOT DISTINCT FROM $3::uuid`, [
        principal.userId,
        dto.kind,
        allianceId,
      ]);
      const [created] = (await manager.query(
        `INSERT INTO calendar_feed (owner_id, kind, alliance_id, token_hash) VALUES ($1, $2, $3, $4) RETURNING id, kind, alliance_id, created_at, last_used_at`,
        [principal.userId, dto.kind, allianceId, hashToken(token)],
      )) as FeedRow[];
      const [alliance] = allianceId ? await manager.query(`SELECT name FROM alliance WHERE id = $1`, [allianceId]) : [];
      return { ...created, alliance_name: (alliance?.name as string | undefined) ?? null };
    });
    return { ...toCalendarFeedDto(row), url: this.notifier.url(calendarFeedPath(token)) };
  }

  /** MENTOR: only mentors, no alliance. ALLIANCE: staff any existing alliance, coordinators their own. */
  private async checkedAlliance(dto: CreateCalendarFeedDto, principal: Principal): Promise<string | null> {
    if (dto.kind === 'MENTOR') {
      if (principal.role !== 'MENTOR' || !principal.mentorProfileId) throw calendarFeedKindNotAllowed();
      if (dto.allianceId !== undefined) throw calendarFeedAllianceNotExpected();
      return null;
    }
    if (principal.role === 'MENTOR') throw forbidden();
    const allianceId = (dto.allianceId ?? '').toLowerCase();
    const scope = scopeOf(principal);
    if (!canWriteAlliance(scope, allianceId)) {
      await this.audit.record(this.dataSource.manager, {
        action: 'PERMISSION_DENIED',
        entityType: 'Alliance',
        entityId: allianceId,
        after: { reason: 'calendar feed outside scope' },
      });
      throw calendarFeedAllianceNotFound();
    }
    const exists = await this.dataSource.query(`SELECT 1 FROM alliance WHERE id = $1 AND archived_at IS NULL`, [allianceId]);
    if (!exists.length) throw calendarFeedAllianceNotFound();
    return allianceId;
  }
}
