import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SecondFactorDto, SessionStateDto } from '@bn/shared/contracts';
import { AuditWriter, ResolvedSession, SessionService } from '@bn/api/core';
import { invalidTotp, secondFactorMissing, secondFactorNotPending, totpNotEnabled, userNotFound } from '../accounts.errors';
import { isValidTotpCode, recoveryCodeHash } from '../totp/totp';
import { findAccount, findCredentials } from './auth-user';
import { ClientInfo } from './client-info';
import { LoginThrottle } from './login-throttle.service';
import { SessionStateService } from './session-state.service';

/** The TOTP step of the login: a code from the app, or a recovery code (each usable once). */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
    private readonly throttle: LoginThrottle,
    private readonly state: SessionStateService,
  ) {}

  async complete(session: ResolvedSession, dto: SecondFactorDto, client: ClientInfo): Promise<SessionStateDto> {
    if (!dto.code && !dto.recoveryCode) throw secondFactorMissing();
    if (!session.isSecondFactorPending) throw secondFactorNotPending();
    const { principal } = session;
    await this.throttle.assertAllowed(principal.email, client.ip);
    const credentials = await findCredentials(this.dataSource.manager, principal.userId);
    if (!credentials) throw userNotFound();
    if (!credentials.totp_enabled) throw totpNotEnabled();

    const method = dto.code ? 'TOTP' : 'WIEDERHERSTELLUNGSCODE';
    const isAccepted = await this.dataSource.transaction(async (manager) => {
      const isValid = dto.code
        ? isValidTotpCode(credentials.totp_secret, dto.code)
        : await this.consumeRecoveryCode(manager, principal.userId, dto.recoveryCode ?? '');
      if (!isValid) {
        await this.throttle.recordFailure(manager, principal.email, client.ip);
        await this.audit.record(manager, {
          action: 'LOGIN_FAILED',
          entityType: 'UserAccount',
          entityId: principal.userId,
          after: { email: principal.email, reason: 'FALSCHER_ZWEITER_FAKTOR', method },
        });
        return false;
      }
      await this.sessions.completeSecondFactor(manager, principal.sessionId);
      await this.throttle.recordSuccess(manager, principal.email, client.ip);
      await this.audit.record(manager, {
        action: 'LOGIN',
        entityType: 'UserAccount',
        entityId: principal.userId,
        after: { step: 'ZWEITER_FAKTOR', method },
      });
      return true;
    });
    if (!isAccepted) throw invalidTotp();
    const [account, times] = await Promise.all([findAccount(this.dataSource.manager, principal.userId), this.state.times(principal.sessionId)]);
    if (!account) throw userNotFound();
    return this.state.describe(account, { ...times, isSecondFactorPending: false });
  }

  /** Marks a matching unused recovery code as used; false when there is none. */
  private async consumeRecoveryCode(manager: EntityManager, userId: string, code: string): Promise<boolean> {
    const rows = await manager.query(
      `UPDATE recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
      [userId, recoveryCodeHash(code)],
    );
    // UPDATE … RETURNING comes back as [rows, affectedCount] from the pg driver
    const returned = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : (rows as unknown[]);
    return returned.length > 0;
  }
}
