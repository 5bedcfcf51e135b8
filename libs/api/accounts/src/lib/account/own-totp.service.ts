import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecoveryCodesResponseDto, TotpCodeDto, TotpSetupResponseDto } from '@bn/shared/contracts';
import { AuditWriter, ResolvedSession, SessionService } from '@bn/api/core';
import {
  invalidTotpField,
  secondFactorRequired,
  totpAlreadyEnabled,
  totpNotEnabled,
  totpRequiredForRole,
  totpSetupMissing,
  userNotFound,
} from '../accounts.errors';
import { findCredentials, requiresTotp } from '../auth/auth-user';
import { ClientInfo } from '../auth/client-info';
import { LoginThrottle } from '../auth/login-throttle.service';
import { isValidTotpCode, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpUrl } from '../totp/totp';

/**
 * Setting up, switching off and renewing the second factor. Enrolment (setup, enable) is reachable
 * from a session whose second factor is pending, so a TOTP role can enrol at its first login; it is
 * refused there when the account already has TOTP (that session must enter a code first).
 */
@Injectable()
export class OwnTotpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
    private readonly throttle: LoginThrottle,
  ) {}

  /** A new secret (stored, not active until enabled with a valid code). */
  async setup(session: ResolvedSession): Promise<TotpSetupResponseDto> {
    const { principal } = session;
    await this.assertNotEnabled(session);
    const secret = newTotpSecret();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE user_account SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL`, [principal.userId, secret]);
      await this.audit.record(manager, { action: 'ACCOUNT', entityType: 'UserAccount', entityId: principal.userId, after: { event: 'TOTP_EINRICHTUNG_BEGONNEN' } });
    });
    return { secret, otpauthUrl: totpUrl(secret, principal.email) };
  }

  /** Activates TOTP with a code from the app; completes a pending second factor of this session. */
  async enable(session: ResolvedSession, dto: TotpCodeDto): Promise<RecoveryCodesResponseDto> {
    const { principal } = session;
    const credentials = await this.assertNotEnabled(session);
    if (!credentials.totp_secret) throw totpSetupMissing();
    if (!isValidTotpCode(credentials.totp_secret, dto.code)) throw invalidTotpField();
    const recoveryCodes = newRecoveryCodes();
    await this.dataSource.transaction(async (manager) => {
      const [enabled] = await manager.query(
        `UPDATE user_account SET totp_enabled_at = now() WHERE id = $1 AND totp_enabled_at IS NULL AND totp_secret = $2 RETURNING id`,
        [principal.userId, credentials.totp_secret],
      );
      if (!(enabled as unknown[]).length) throw totpAlreadyEnabled();
      await this.replaceRecoveryCodes(manager, principal.userId, recoveryCodes);
      if (session.isSecondFactorPending) await this.sessions.completeSecondFactor(manager, principal.sessionId);
      await this.audit.record(manager, { action: 'ACCOUNT', entityType: 'UserAccount', entityId: principal.userId, after: { event: 'TOTP_AKTIVIERT' } });
    });
    return { recoveryCodes };
  }

  /** Switches TOTP off (only roles that do not require it). */
  async disable(session: ResolvedSession, dto: TotpCodeDto, client: ClientInfo): Promise<void> {
    const { principal } = session;
    if (requiresTotp(principal.role)) throw totpRequiredForRole();
    await this.verifyCode(principal.userId, principal.email, dto.code, client);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE user_account SET totp_enabled_at = NULL, totp_secret = NULL WHERE id = $1`, [principal.userId]);
      await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [principal.userId]);
      await this.audit.record(manager, { action: 'ACCOUNT', entityType: 'UserAccount', entityId: principal.userId, after: { event: 'TOTP_DEAKTIVIERT' } });
    });
  }

  /** A new set of recovery codes (the old ones stop working). */
  async renewRecoveryCodes(session: ResolvedSession, dto: TotpCodeDto, client: ClientInfo): Promise<RecoveryCodesResponseDto> {
    const { principal } = session;
    await this.verifyCode(principal.userId, principal.email, dto.code, client);
    const recoveryCodes = newRecoveryCodes();
    await this.dataSource.transaction(async (manager) => {
      await this.replaceRecoveryCodes(manager, principal.userId, recoveryCodes);
      await this.audit.record(manager, { action: 'ACCOUNT', entityType: 'UserAccount', entityId: principal.userId, after: { event: 'CODES_ERNEUERT' } });
    });
    return { recoveryCodes };
  }

  private async assertNotEnabled(session: ResolvedSession): Promise<{ totp_secret: string | null }> {
    const credentials = await findCredentials(this.dataSource.manager, session.principal.userId);
    if (!credentials) throw userNotFound();
    if (credentials.totp_enabled) throw session.isSecondFactorPending ? secondFactorRequired() : totpAlreadyEnabled();
    return credentials;
  }

  /** Checks a code of the active TOTP; a wrong code counts for the login throttle. */
  private async verifyCode(userId: string, email: string, code: string, client: ClientInfo): Promise<void> {
    await this.throttle.assertAllowed(email, client.ip);
    const credentials = await findCredentials(this.dataSource.manager, userId);
    if (!credentials) throw userNotFound();
    if (!credentials.totp_enabled) throw totpNotEnabled();
    if (!isValidTotpCode(credentials.totp_secret, code)) {
      await this.dataSource.transaction((manager) => this.throttle.recordFailure(manager, email, client.ip));
      throw invalidTotpField();
    }
  }

  private async replaceRecoveryCodes(manager: EntityManager, userId: string, codes: string[]): Promise<void> {
    await manager.query(`DELETE FROM recovery_code WHERE user_id = $1`, [userId]);
    await manager.query(
      `INSERT INTO recovery_code (user_id, code_hash) SELECT $1, unnest($2::char(64)[])`,
      [userId, codes.map(recoveryCodeHash)],
    );
  }
}
