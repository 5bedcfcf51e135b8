import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { toIsoDate } from '@bn/web/util';

// The pickers' value types and checks are the shared record picker's (web/ui).
export type { RecordOption as RefOption, RecordPick as RefValue } from '@bn/web/ui';
export { isRecordOption as isRefOption, pickedFromList, pickedRecordId as refId } from '@bn/web/ui';

/** Required text: blank input counts as missing (the API refuses whitespace-only text). */
export const requiredText: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? null : { required: true };
};

/** Trimmed text, or null when empty (optional text fields). */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Today in the user's calendar as the API's ISO date. */
export function todayIso(): string {
  return toIsoDate(new Date()) ?? '';
}

/** Sets a message at a control as a server-style error (shown by the fieldError pipe). */
export function setFieldMessage(control: AbstractControl, message: string): void {
  control.setErrors({ ...(control.errors ?? {}), server: message });
  control.markAsTouched();
}

/** Person name as the API writes it ("Dr. Erika Musterfrau"). */
export function personLabel(person: { title: string | null; firstName: string; lastName: string }): string {
  return [person.title, person.firstName, person.lastName].filter((part) => !!part).join(' ');
}
