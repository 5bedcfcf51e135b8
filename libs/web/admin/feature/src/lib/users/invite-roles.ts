import { ROLES } from '@bn/shared/contracts';
import type { Role } from '@bn/shared/contracts';

/** Roles a user may give when inviting (as UserAdminService checks): the Fachberatung only coordinators and mentors. */
export function invitableRoles(inviter: Role | null): readonly Role[] {
  if (inviter === 'ADMINISTRATION' || inviter === 'LEITUNG') return ROLES;
  if (inviter === 'FACHBERATUNG') return ['KOORDINATION', 'MENTOR'];
  return [];
}
