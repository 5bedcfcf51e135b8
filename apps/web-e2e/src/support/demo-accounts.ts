import { Secret, TOTP } from 'otpauth';

/** The demo accounts the seed creates, one per role (demo only, see README "Accounts and access"). */
export const DEMO_ROLES = ['fachberatung', 'leitung', 'koordination', 'mentor', 'ministerium', 'administration'] as const;
export type DemoRole = (typeof DEMO_ROLES)[number];

export const DEMO_PASSWORD = 'Demo-Bündnisnetz-2026!';
const DEMO_TOTP_SECRET = 'BUENDNISNETZDEMOTOTPNURDEMO23456';

/** Roles that must confirm sign-in with a TOTP code. */
const TOTP_ROLES: ReadonlySet<DemoRole> = new Set<DemoRole>(['fachberatung', 'leitung', 'administration']);

/** The mentor's account is "mentorin@…"; the others are named after their role. */
export function demoEmail(role: DemoRole): string {
  return `${role === 'mentor' ? 'mentorin' : role}@demo.buendnisnetz.example`;
}

export function needsTotp(role: DemoRole): boolean {
  return TOTP_ROLES.has(role);
}

/** The current code of an authenticator for a Base32 secret (SHA-1, six digits, 30 s). */
export function totpCode(secretBase32: string): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: 30 }).generate();
}

/** The current code of the demo authenticator. */
export function demoTotpCode(): string {
  return totpCode(DEMO_TOTP_SECRET);
}
