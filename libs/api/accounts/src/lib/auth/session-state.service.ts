import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExtendSessionResponseDto, SessionStateDto } from '@bn/shared/contracts';
import { AuditWriter, IDLE_TIMEOUT_MS, ResolvedSession, SessionService } from '@bn/api/core';
import { userNotFound } from '../accounts.errors';
import { AccountRow, findAccount, requiresTotp, toAuthUserDto } from './auth-user';

/** The current session: who, until when; extend; logout. */
@Injectable()
export class SessionStateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
  ) {}

  async current(session: ResolvedSession): Promise<SessionStateDto> {
    const [account, times] = await Promise.all([
      findAccount(this.dataSource.manager, session.principal.userId),
      this.times(session.principal.sessionId),
    ]);
    if (!account) throw userNotFound();
    return this.describe(account, { ...times, isSecondFactorPending: session.isSecondFactorPending });
  }

  describe(account: AccountRow, session: Pick<ResolvedSession, 'isSecondFactorPending' | 'idleExpiresAt' | 'expiresAt'>): SessionStateDto {
    return {
      user: toAuthUserDto(account),
      secondFactorPending: session.isSecondFactorPending,
      totpEnrolmentRequired: !account.totp_enabled && requiresTotp(account.role),
      idleExpiresAt: session.idleExpiresAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  /** The client's "extend": marks the session as used now. */
  async extend(session: ResolvedSession): Promise<ExtendSessionResponseDto> {
    await this.sessions.touch(session.principal.sessionId);
    const times = await this.times(session.principal.sessionId);
    return { idleExpiresAt: times.idleExpiresAt.toISOString(), expiresAt: times.expiresAt.toISOString() };
  }

  /**
   * Idle and absolute end of a session, read from the table. (SessionService.touch() reads the
   * result of its UPDATE … RETURNING as if it were a SELECT, so the times it reports are not used.)
   */
  async times(sessionId: string): Promise<{ idleExpiresAt: Date; expiresAt: Date }> {
    const rows: { last_seen_at: Date; expires_at: Date }[] = await this.dataSource.query(
      `SELECT last_seen_at, expires_at FROM user_session WHERE id = $1`,
      [sessionId],
    );
    const row = rows[0];
    const lastSeen = row ? new Date(row.last_seen_at) : new Date();
    return { idleExpiresAt: new Date(lastSeen.getTime() + IDLE_TIMEOUT_MS), expiresAt: row ? new Date(row.expires_at) : new Date() };
  }

  async logout(session: ResolvedSession): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, session.principal.sessionId, 'LOGOUT');
      await this.audit.record(manager, { action: 'LOGOUT', entityType: 'UserAccount', entityId: session.principal.userId });
    });
  }
}
