import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangePasswordDto, OwnSessionDto } from '@bn/shared/contracts';
import { AuditWriter, IDLE_TIMEOUT_MS, Principal, SessionService } from '@bn/api/core';
import { sessionNotFound, userNotFound, wrongCurrentPassword } from '../accounts.errors';
import { findCredentials } from '../auth/auth-user';
import { ClientInfo } from '../auth/client-info';
import { LoginThrottle } from '../auth/login-throttle.service';
import { assertPasswordPolicy } from '../password/password-policy';
import { PasswordHasher } from '../password/password-hasher';

interface SessionRow {
  id: string;
  created_at: Date;
  last_seen_at: Date;
  ip: string | null;
  user_agent: string | null;
}

/** The signed-in user's own sessions and password. */
@Injectable()
export class OwnAccountService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
  ) {}

  /** The live sessions of the user, newest first. */
  async listSessions(principal: Principal): Promise<OwnSessionDto[]> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT id, created_at, last_seen_at, ip, user_agent FROM user_session
        WHERE user_id = $1 AND ended_at IS NULL AND expires_at > now() AND last_seen_at > now() - make_interval(secs => $2)
        ORDER BY last_seen_at DESC, id`,
      [principal.userId, IDLE_TIMEOUT_MS / 1000],
    );
    return rows.map((row) => ({
      id: row.id,
      createdAt: new Date(row.created_at).toISOString(),
      lastSeenAt: new Date(row.last_seen_at).toISOString(),
      ip: row.ip,
      userAgent: row.user_agent,
      current: row.id === principal.sessionId,
    }));
  }

  /** Ends one of the user's own live sessions; another user's session answers 404. */
  async endSession(principal: Principal, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [ended] = await manager.query(
        `UPDATE user_session SET ended_at = now(), ended_reason = 'ENDED_BY_USER'
          WHERE id = $1 AND user_id = $2 AND ended_at IS NULL RETURNING id`,
        [sessionId, principal.userId],
      );
      if (!(ended as unknown[]).length) throw sessionNotFound();
      await this.audit.record(manager, {
        action: 'ACCOUNT',
        entityType: 'UserAccount',
        entityId: principal.userId,
        after: { event: 'SITZUNG_BEENDET', sessionId, current: sessionId === principal.sessionId },
      });
    });
  }

  /** Checks the current password and the policy, stores the new hash and ends every other session. */
  async changePassword(principal: Principal, dto: ChangePasswordDto, client: ClientInfo): Promise<void> {
    await this.throttle.assertAllowed(principal.email, client.ip);
    const credentials = await findCredentials(this.dataSource.manager, principal.userId);
    if (!credentials) throw userNotFound();
    const isCurrentCorrect = !!credentials.password_hash && (await this.hasher.verify(credentials.password_hash, dto.currentPassword));
    if (!isCurrentCorrect) {
      await this.dataSource.transaction((manager) => this.throttle.recordFailure(manager, principal.email, client.ip));
      throw wrongCurrentPassword();
    }
    assertPasswordPolicy(dto.newPassword, principal.email, 'newPassword');
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE user_account SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [principal.userId, passwordHash]);
      await this.sessions.endAllOfUser(manager, principal.userId, 'PASSWORD_CHANGED', principal.sessionId);
      await this.audit.record(manager, {
        action: 'ACCOUNT',
        entityType: 'UserAccount',
        entityId: principal.userId,
        after: { event: 'PASSWORT_GEAENDERT', otherSessionsEnded: true },
      });
    });
  }
}
