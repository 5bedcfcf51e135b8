import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import * as argon2 from 'argon2';
import { LoginDto, LoginResponseDto } from '@bn/shared/contracts';
import { AuditWriter, IDLE_TIMEOUT_MS, SessionService } from '@bn/api/core';
import { invalidCredentials, TooManyAttemptsError } from '../accounts.errors';
import { ARGON2_OPTIONS, PasswordHasher } from '../password/password-hasher';
import { actorOf, findAccountByEmail, requiresTotp, toAuthUserDto } from './auth-user';
import { asActor, ClientInfo } from './client-info';
import { LoginThrottle } from './login-throttle.service';

export interface LoginResult {
  response: LoginResponseDto;
  /** For the cookie only; never logged, never in a body. */
  token: string;
  expiresAt: Date;
}

const ENTITY_TYPE = 'UserAccount';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The password step of the login. A user with TOTP gets a session whose second factor is pending;
 * a user whose role requires TOTP but who has none yet gets a pending session as well, which reaches
 * only the enrolment routes (@AllowSecondFactorPending) until TOTP is enabled.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditWriter,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(dto: LoginDto, client: ClientInfo): Promise<LoginResult> {
    const email = normaliseEmail(dto.email);
    await this.assertNotThrottled(email, client);
    const account = await findAccountByEmail(this.dataSource.manager, email);
    let isPasswordCorrect = false;
    if (account?.password_hash) {
      isPasswordCorrect = await this.hasher.verify(account.password_hash, dto.password);
    } else {
      await this.hasher.verifyDummy(dto.password);
    }
    if (!account || !isPasswordCorrect || account.disabled) {
      const reason = !account ? 'UNBEKANNTE_EMAIL' : !account.password_hash ? 'KEIN_PASSWORT' : !isPasswordCorrect ? 'FALSCHES_PASSWORT' : 'DEAKTIVIERT';
      await this.dataSource.transaction(async (manager) => {
        await this.throttle.recordFailure(manager, email, client.ip);
        const entry = { action: 'LOGIN_FAILED' as const, entityType: ENTITY_TYPE, entityId: account?.id ?? null, after: { email, reason } };
        if (account) await asActor(actorOf(account), () => this.audit.record(manager, entry));
        else await this.audit.record(manager, { ...entry, actor: email });
      });
      throw invalidCredentials();
    }

    const totpEnrolmentRequired = !account.totp_enabled && requiresTotp(account.role);
    const secondFactorRequired = account.totp_enabled;
    const started = await this.dataSource.transaction(async (manager) => {
      const session = await this.sessions.start(manager, account.id, {
        isSecondFactorPending: secondFactorRequired || totpEnrolmentRequired,
        ip: client.ip,
        userAgent: client.userAgent,
      });
      await manager.query(`UPDATE user_account SET last_login_at = now() WHERE id = $1`, [account.id]);
      if (account.password_hash && argon2.needsRehash(account.password_hash, ARGON2_OPTIONS)) {
        await manager.query(`UPDATE user_account SET password_hash = $2 WHERE id = $1`, [account.id, await this.hasher.hash(dto.password)]);
      }
      await this.throttle.recordSuccess(manager, email, client.ip);
      await asActor(actorOf(account), () =>
        this.audit.record(manager, {
          action: 'LOGIN',
          entityType: ENTITY_TYPE,
          entityId: account.id,
          after: { step: 'PASSWORT', secondFactorPending: secondFactorRequired, totpEnrolmentRequired, userAgent: client.userAgent },
        }),
      );
      return session;
    });
    return {
      token: started.token,
      expiresAt: new Date(started.expiresAt),
      response: {
        user: toAuthUserDto(account),
        secondFactorRequired,
        totpEnrolmentRequired,
        idleExpiresAt: new Date(Date.now() + IDLE_TIMEOUT_MS).toISOString(),
        expiresAt: new Date(started.expiresAt).toISOString(),
      },
    };
  }

  /** Refuses with 429 while the throttle is closed; the refusal is audited (without a login_attempt row). */
  private async assertNotThrottled(email: string, client: ClientInfo): Promise<void> {
    try {
      await this.throttle.assertAllowed(email, client.ip);
    } catch (error) {
      if (error instanceof TooManyAttemptsError) {
        await this.audit.record(this.dataSource.manager, {
          actor: email,
          action: 'LOGIN_FAILED',
          entityType: ENTITY_TYPE,
          entityId: null,
          after: { email, reason: 'ZU_VIELE_VERSUCHE' },
        });
      }
      throw error;
    }
  }
}
