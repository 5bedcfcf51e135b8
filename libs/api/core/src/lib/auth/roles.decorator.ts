import { SetMetadata } from '@nestjs/common';
import type { Role } from '@bn/shared/contracts';

export const ROLES_KEY = 'bn:roles';
export const PUBLIC_KEY = 'bn:public';
export const SECOND_FACTOR_PENDING_KEY = 'bn:second-factor-pending';

/** Declares which roles may call a route (or every route of a controller). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Every signed-in user, whatever the role (own account, reference data). */
export const ALL_ROLES: Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM', 'ADMINISTRATION'];
export const AnyRole = () => SetMetadata(ROLES_KEY, ALL_ROLES);

/** A route anyone may call without a session (login, health, one-time links). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** A route a session may call between the password and the TOTP step. */
export const AllowSecondFactorPending = () => SetMetadata(SECOND_FACTOR_PENDING_KEY, true);
