import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bn/shared/contracts';
import { invalidField, DomainError } from '@bn/api/core';
import { COMMON_PASSWORDS } from './common-passwords.data';

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

/**
 * The password policy (one function for invitation, reset and change): 12 to 256 characters, not one
 * of the most common passwords (case-insensitive), not the e-mail address and not containing its
 * local part. Returns a German message, or null when the password is acceptable.
 */
export function passwordPolicyViolation(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
  if (length > PASSWORD_MAX_LENGTH) return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.';
  const normalisedEmail = email.trim().toLowerCase();
  if (lower === normalisedEmail) return 'Das Passwort darf nicht Ihre E-Mail-Adresse sein.';
  const localPart = normalisedEmail.split('@')[0] ?? '';
  if (localPart.length >= 3 && lower.includes(localPart)) {
    return 'Das Passwort darf den Namen Ihrer E-Mail-Adresse (vor dem @) nicht enthalten.';
  }
  return null;
}

/** Throws a 400 with the message on the given field when the password breaks the policy. */
export function assertPasswordPolicy(password: string, email: string, field: string): void {
  const violation = passwordPolicyViolation(password, email);
  if (violation) throw weakPassword(field, violation);
}

function weakPassword(field: string, message: string): DomainError {
  return invalidField('WEAK_PASSWORD', field, message);
}
