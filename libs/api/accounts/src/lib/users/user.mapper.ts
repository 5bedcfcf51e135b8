import type { Role, UserDto } from '@bn/shared/contracts';

/** The columns every user read selects (list and detail share them), aliased as in UserRow. */
export const USER_COLUMNS = `
  u.id, u.email, u.display_name, u.role, u.mentor_profile_id,
  u.totp_enabled_at IS NOT NULL AS totp_enabled,
  u.password_hash IS NULL AS invitation_pending,
  u.disabled_at, u.last_login_at, u.version, u.created_at, u.updated_at,
  ARRAY(SELECT ua.alliance_id FROM user_alliance ua WHERE ua.user_id = u.id ORDER BY ua.alliance_id) AS alliance_ids`;

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  mentor_profile_id: string | null;
  totp_enabled: boolean;
  invitation_pending: boolean;
  disabled_at: Date | null;
  last_login_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  alliance_ids: string[];
}

const iso = (value: Date | null): string | null => (value ? new Date(value).toISOString() : null);

export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    allianceIds: row.alliance_ids ?? [],
    mentorProfileId: row.mentor_profile_id,
    totpEnabled: row.totp_enabled,
    invitationPending: row.invitation_pending,
    disabledAt: iso(row.disabled_at),
    lastLoginAt: iso(row.last_login_at),
    version: row.version,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** What the audit trail keeps of an account (never a hash, secret or token). */
export function auditSnapshot(row: UserRow): Record<string, unknown> {
  return {
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    allianceIds: row.alliance_ids ?? [],
    mentorProfileId: row.mentor_profile_id,
    disabledAt: iso(row.disabled_at),
    version: row.version,
  };
}
