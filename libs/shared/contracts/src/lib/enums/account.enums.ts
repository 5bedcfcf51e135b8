import { enumValues } from './enum-util';

/** The six roles of PRODUCT.md "Who uses it"; every user account has exactly one. */
export const ROLE_LABELS = {
  FACHBERATUNG: 'Fachberatung',
  LEITUNG: 'Servicebüro-Leitung',
  KOORDINATION: 'Bündniskoordination',
  MENTOR: 'Mentor:in',
  MINISTERIUM: 'Ministerium',
  ADMINISTRATION: 'Administration',
} as const;
export type Role = keyof typeof ROLE_LABELS;
export const ROLES = enumValues(ROLE_LABELS);

/** Roles that must use a second factor (TOTP). */
export const ROLES_REQUIRING_TOTP: readonly Role[] = ['FACHBERATUNG', 'LEITUNG', 'ADMINISTRATION'];

/** The staff of the federal Servicebüro: they see every alliance. */
export const STAFF_ROLES: readonly Role[] = ['FACHBERATUNG', 'LEITUNG'];

export const ONE_TIME_TOKEN_PURPOSE_LABELS = {
  EINLADUNG: 'Einladung',
  PASSWORT_RESET: 'Passwort zurücksetzen',
} as const;
export type OneTimeTokenPurpose = keyof typeof ONE_TIME_TOKEN_PURPOSE_LABELS;
export const ONE_TIME_TOKEN_PURPOSES = enumValues(ONE_TIME_TOKEN_PURPOSE_LABELS);

export const STATUS_REQUEST_DECISION_LABELS = {
  OFFEN: 'Offen',
  ANGENOMMEN: 'Angenommen',
  ABGELEHNT: 'Abgelehnt',
} as const;
export type StatusRequestDecision = keyof typeof STATUS_REQUEST_DECISION_LABELS;
export const STATUS_REQUEST_DECISIONS = enumValues(STATUS_REQUEST_DECISION_LABELS);
