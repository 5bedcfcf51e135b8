import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { AccessScope, AuditWriter, versionConflict, VersionedWriter } from '@bn/api/core';
import { Alliance, AllianceStatusChange } from '@bn/api/data-access-db';
import {
  ALLIANCE_TRANSITIONS,
  AllianceStatus,
  AllianceStatusChangeDto,
  AllianceStatusTransitionDto,
  AllianceStatusTransitionResultDto,
} from '@bn/shared/contracts';
import {
  blankText,
  changedBeforePrevious,
  dateInFuture,
  mergedIntoEnded,
  mergedIntoNotAllowed,
  mergedIntoNotFound,
  mergedIntoRequired,
  mergedIntoSelf,
  NO_CURRENT_CONTACT_WARNING,
  transitionNotAllowed,
} from './alliance.errors';
import { toAllianceDto, toStatusChangeDto, toStatusHistory } from './alliance.mapper';
import { ALLIANCE_TARGET } from './persistence';
import { AllianceAccess } from './alliance-access';
import { berlinToday } from '@bn/shared/util';

const ENDED: readonly AllianceStatus[] = ['AUFGELOEST', 'FUSIONIERT'];

/** Status transitions along ALLIANCE_TRANSITIONS, each recorded with date, actor and reason. */
@Injectable()
export class AllianceStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: AllianceAccess,
  ) {}

  async transition(id: string, dto: AllianceStatusTransitionDto, actor: string): Promise<AllianceStatusTransitionResultDto> {
    return this.dataSource.transaction((manager) => this.transitionIn(manager, id, dto, actor));
  }

  /** The transition inside the caller's transaction (also used when a status change request is accepted). */
  async transitionIn(
    manager: EntityManager,
    id: string,
    dto: AllianceStatusTransitionDto,
    actor: string,
  ): Promise<AllianceStatusTransitionResultDto> {
    const before = await this.writer.lockCurrent(manager, ALLIANCE_TARGET, id);
    if (before.version !== dto.version) throw versionConflict();
    const from = before.status;
    const to = dto.toStatus;
    if (!ALLIANCE_TRANSITIONS[from].includes(to)) throw transitionNotAllowed(from, to);
    const reason = dto.reason.trim();
    if (!reason) throw blankText('reason');
    const today = berlinToday();
    const changedOn = dto.changedOn ?? today;
    if (changedOn > today) throw dateInFuture('changedOn');
    await this.checkChronology(manager, id, changedOn);
    const mergedIntoId = await this.checkMergeTarget(manager, id, to, dto.mergedIntoId ?? null);

    const patch: Partial<Alliance> = { status: to };
    if (to === 'RUHEND') patch.dormantSince = changedOn;
    if (from === 'RUHEND' && to === 'AKTIV') patch.dormantSince = null;
    if (ENDED.includes(to)) patch.endedOn = changedOn;
    if (to === 'FUSIONIERT') patch.mergedIntoId = mergedIntoId;
    const result = await manager
      .createQueryBuilder()
      .update(Alliance)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version: dto.version })
      .execute();
    if (!result.affected) throw versionConflict();

    const { identifiers } = await manager.insert(AllianceStatusChange, { allianceId: id, fromStatus: from, toStatus: to, changedOn, actor, reason });
    const change = await manager.findOneByOrFail(AllianceStatusChange, { id: String(identifiers[0]['id']) });
    const after = await manager.findOneByOrFail(Alliance, { id });
    await this.audit.record(manager, { actor, action: 'STATUS_CHANGE', entityType: ALLIANCE_TARGET.entityType, entityId: id, before, after });
    const warnings = to === 'AKTIV' && !(await this.hasCurrentContact(manager, id, today)) ? [NO_CURRENT_CONTACT_WARNING] : [];
    return { alliance: toAllianceDto(after), statusChange: toStatusChangeDto(change), warnings };
  }

  /** Newest first (see toStatusHistory); readable for archived alliances too; coordinators read their own. */
  async history(id: string, scope: AccessScope): Promise<AllianceStatusChangeDto[]> {
    await this.access.require(scope, id);
    const changes = await this.dataSource.getRepository(AllianceStatusChange).find({ where: { allianceId: id } });
    return toStatusHistory(changes);
  }

  /**
   * Transitions form a chain, so their dates may not go backwards. The initial entry (recorded when the
   * alliance was registered) does not count: registering an old alliance and entering its history later is normal.
   */
  private async checkChronology(manager: EntityManager, id: string, changedOn: string): Promise<void> {
    const latest = await manager.findOne(AllianceStatusChange, {
      select: { id: true, changedOn: true },
      where: { allianceId: id, fromStatus: Not(IsNull()) },
      order: { changedOn: 'DESC', createdAt: 'DESC' },
    });
    if (latest && changedOn < latest.changedOn) throw changedBeforePrevious(latest.changedOn);
  }

  /** The receiving alliance of a merger: required exactly for FUSIONIERT, another live alliance. */
  private async checkMergeTarget(
    manager: EntityManager,
    id: string,
    to: AllianceStatus,
    mergedIntoId: string | null,
  ): Promise<string | null> {
    if (to !== 'FUSIONIERT') {
      if (mergedIntoId) throw mergedIntoNotAllowed();
      return null;
    }
    if (!mergedIntoId) throw mergedIntoRequired();
    if (mergedIntoId === id) throw mergedIntoSelf();
    const target = await manager.findOne(Alliance, { select: { id: true, status: true }, where: { id: mergedIntoId, archivedAt: IsNull() } });
    if (!target) throw mergedIntoNotFound();
    if (ENDED.includes(target.status)) throw mergedIntoEnded();
    return target.id;
  }

  /** Data-quality rule: an active alliance needs at least one current coordinator or contact person. */
  private async hasCurrentContact(manager: EntityManager, allianceId: string, today: string): Promise<boolean> {
    const [{ present }] = await manager.query(
      `SELECT EXISTS (
         SELECT 1 FROM person_function f JOIN person p ON p.id = f.person_id
          WHERE f.alliance_id = $1 AND f.function_type IN ('KOORDINATION', 'ANSPRECHPERSON')
            AND (f.valid_from IS NULL OR f.valid_from <= $2) AND (f.valid_until IS NULL OR f.valid_until >= $2)
            AND p.archived_at IS NULL
       ) AS present`,
      [allianceId, today],
    );
    return present === true;
  }
}
