import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { OneTimeLinkDto, OneTimeTokenPurpose, PasswordResetRequestDto, Role, SetPasswordWithTokenDto } from '@bn/shared/contracts';
import { APP_CONFIG, AppConfig, AuditWriter, DomainEvents, hashToken, SessionService } from '@bn/api/core';
import { invalidToken } from '../accounts.errors';
import { assertPasswordPolicy } from '../password/password-policy';
import { PasswordHasher } from '../password/password-hasher';
import { asActor } from './client-info';
import { normaliseEmail } from './login.service';

const VALIDITY_HOURS: Record<OneTimeTokenPurpose, number> = { EINLADUNG: 7 * 24, PASSWORT_RESET: 24 };
const LINK_PATHS: Record<OneTimeTokenPurpose, string> = { EINLADUNG: '/einladung', PASSWORT_RESET: '/passwort-zuruecksetzen' };

interface RedeemableToken {
  token_id: string;
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
}

/**
 * One-time links for invitations (7 days) and password resets (24 hours): a random token in the link,
 * only its SHA-256 in the table, usable once. The link is mailed to the account (the notifications
 * module listens to `account.invited` / `password.reset-requested`); an invitation's link also goes to the
 * inviting user, and in development to the server log.
 */
@Injectable()
export class OneTimeLinks {
  private readonly logger = new Logger('Konten');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditWriter,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
  ) {}

  /** Creates a link (earlier unused links of the same purpose stop working). */
  async create(manager: EntityManager, userId: string, purpose: OneTimeTokenPurpose, createdById: string | null): Promise<OneTimeLinkDto> {
    const token = randomBytes(32).toString('base64url');
    await manager.query(`UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    const [row] = await manager.query(
      `INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at, created_by_id)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5) RETURNING expires_at`,
      [userId, purpose, hashToken(token), VALIDITY_HOURS[purpose], createdById],
    );
    return { link: `${LINK_PATHS[purpose]}/${token}`, expiresAt: new Date(row.expires_at).toISOString() };
  }

  /** Development only: the link in the server log, since no e-mail is sent yet. */
  logInDevelopment(purpose: OneTimeTokenPurpose, email: string, link: OneTimeLinkDto): void {
    if (this.config.nodeEnv !== 'development') return;
    const what = purpose === 'EINLADUNG' ? 'Einladungslink' : 'Link zum Zurücksetzen des Passworts';
    this.logger.log(`${what} für ${email} (nur in der Entwicklung protokolliert): ${link.link}`);
  }

  async acceptInvitation(dto: SetPasswordWithTokenDto): Promise<void> {
    await this.redeem(dto, 'EINLADUNG', async (manager, account) => {
      await this.audit.record(manager, {
        action: 'ACCOUNT',
        entityType: 'UserAccount',
        entityId: account.user_id,
        after: { event: 'EINLADUNG_ANGENOMMEN' },
      });
    });
  }

  /** Always answers the same (202), whether or not the account exists. */
  async requestReset(dto: PasswordResetRequestDto): Promise<void> {
    const email = normaliseEmail(dto.email);
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM user_account WHERE email = $1 AND disabled_at IS NULL`, [email]);
    const account = rows[0];
    if (!account) return;
    const link = await this.dataSource.transaction(async (manager) => {
      const created = await this.create(manager, account.id, 'PASSWORT_RESET', null);
      await this.audit.record(manager, {
        actor: 'Passwort vergessen (ohne Anmeldung)',
        action: 'ACCOUNT',
        entityType: 'UserAccount',
        entityId: account.id,
        after: { event: 'PASSWORT_RESET_ANGEFORDERT' },
      });
      return created;
    });
    this.logInDevelopment('PASSWORT_RESET', email, link);
    // Not awaited: the answer must not take longer for an existing account than for an unknown one
    // (the mail goes out after the response). The bus catches and logs a listener's failure.
    void this.events.publish({ type: 'password.reset-requested', userId: account.id, link: link.link, expiresAt: link.expiresAt, actorId: null });
  }

  /** Sets the new password and ends every session of the account. */
  async confirmReset(dto: SetPasswordWithTokenDto): Promise<void> {
    await this.redeem(dto, 'PASSWORT_RESET', async (manager, account) => {
      await this.sessions.endAllOfUser(manager, account.user_id, 'PASSWORD_RESET');
      await this.audit.record(manager, {
        action: 'ACCOUNT',
        entityType: 'UserAccount',
        entityId: account.user_id,
        after: { event: 'PASSWORT_ZURUECKGESETZT', sessionsEnded: true },
      });
    });
  }

  /** Checks the token and the policy, then sets the password and uses up the token in one transaction. */
  private async redeem(
    dto: SetPasswordWithTokenDto,
    purpose: OneTimeTokenPurpose,
    then: (manager: EntityManager, account: RedeemableToken) => Promise<void>,
  ): Promise<void> {
    const rows: RedeemableToken[] = await this.dataSource.query(
      `SELECT t.id AS token_id, u.id AS user_id, u.email, u.display_name, u.role
         FROM one_time_token t JOIN user_account u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL`,
      [hashToken(dto.token), purpose],
    );
    const account = rows[0];
    if (!account) throw invalidToken();
    assertPasswordPolicy(dto.password, account.email, 'password');
    const passwordHash = await this.hasher.hash(dto.password);
    const actor = { id: account.user_id, displayName: account.display_name, email: account.email, role: account.role };
    await asActor(actor, () =>
      this.dataSource.transaction(async (manager) => {
        const [used] = await manager.query(
          `UPDATE one_time_token SET used_at = now() WHERE id = $1 AND used_at IS NULL AND expires_at > now() RETURNING id`,
          [account.token_id],
        );
        if (!(used as unknown[]).length) throw invalidToken();
        await manager.query(`UPDATE user_account SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [
          account.user_id,
          passwordHash,
        ]);
        await then(manager, account);
      }),
    );
  }
}
