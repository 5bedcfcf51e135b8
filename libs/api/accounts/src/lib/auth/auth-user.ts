import { EntityManager } from 'typeorm';
import { AuthUserDto, Role, ROLES_REQUIRING_TOTP } from '@bn/shared/contracts';

/** An account with what sign-in needs (the hash only where a step checks it). */
export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  mentor_profile_id: string | null;
  totp_enabled: boolean;
  disabled: boolean;
  alliance_ids: string[];
}

const ACCOUNT_COLUMNS = `u.id, u.email, u.display_name, u.role, u.mentor_profile_id,
  u.totp_enabled_at IS NOT NULL AS totp_enabled, u.disabled_at IS NOT NULL AS disabled,
  ARRAY(SELECT ua.alliance_id FROM user_alliance ua WHERE ua.user_id = u.id ORDER BY ua.alliance_id) AS alliance_ids`;

export async function findAccountByEmail(
  manager: EntityManager,
  email: string,
): Promise<(AccountRow & { password_hash: string | null }) | null> {
  const rows = await manager.query(`SELECT ${ACCOUNT_COLUMNS}, u.password_hash FROM user_account u WHERE u.email = $1`, [email]);
  return rows[0] ?? null;
}

export async function findAccount(manager: EntityManager, id: string): Promise<AccountRow | null> {
  const rows = await manager.query(`SELECT ${ACCOUNT_COLUMNS} FROM user_account u WHERE u.id = $1`, [id]);
  return rows[0] ?? null;
}

/** The stored TOTP secret and password hash of an account (server-side checks only). */
export async function findCredentials(
  manager: EntityManager,
  id: string,
): Promise<{ password_hash: string | null; totp_secret: string | null; totp_enabled: boolean } | null> {
  const rows = await manager.query(
    `SELECT password_hash, totp_secret, totp_enabled_at IS NOT NULL AS totp_enabled FROM user_account WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export function requiresTotp(role: Role): boolean {
  return ROLES_REQUIRING_TOTP.includes(role);
}

export function toAuthUserDto(account: AccountRow): AuthUserDto {
  return {
    id: account.id,
    email: account.email,
    displayName: account.display_name,
    role: account.role,
    allianceIds: account.role === 'KOORDINATION' ? (account.alliance_ids ?? []) : [],
    mentorProfileId: account.role === 'MENTOR' ? account.mentor_profile_id : null,
    totpEnabled: account.totp_enabled,
  };
}

/** For asActor(): the account as audit actor. */
export function actorOf(account: AccountRow): { id: string; displayName: string; email: string; role: Role } {
  return { id: account.id, displayName: account.display_name, email: account.email, role: account.role };
}
