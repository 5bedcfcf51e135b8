import { Secret, TOTP } from 'otpauth';
import { createHash, randomInt } from 'node:crypto';

/** Issuer shown in authenticator apps. */
export const TOTP_ISSUER = 'Bündnisnetz';
/** RFC 6238 defaults that every authenticator app understands. */
const TOTP_PERIOD_SECONDS = 30;
const TOTP_DIGITS = 6;
/** Accepts the previous and the next code as well (clock drift). */
const TOTP_WINDOW = 1;
export const RECOVERY_CODE_COUNT = 10;

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new random 160-bit secret, base32-encoded. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUrl(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** True when the code matches the current, previous or next 30-second step. */
export function isValidTotpCode(secretBase32: string | null, code: string): boolean {
  if (!secretBase32 || !/^\d{6}$/.test(code)) return false;
  try {
    return totpFor(secretBase32, 'check').validate({ token: code, window: TOTP_WINDOW }) !== null;
  } catch {
    return false;
  }
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like `k7m2p-9xqrt` (about 49 bits each); shown once, stored only as SHA-256. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
  });
}

/** Hash of a recovery code as typed (case, spaces and dashes ignored). */
export function recoveryCodeHash(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, '');
  return createHash('sha256').update(normalised).digest('hex');
}
