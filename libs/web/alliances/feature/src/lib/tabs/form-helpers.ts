import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { toIsoDate } from '@bn/web/util';

/** An entry chosen from a picker's suggestions. */
export interface RefOption {
  id: string;
  label: string;
  /** A second line, e.g. the functions of a person or the city of an organisation. */
  detail?: string | null;
}

/** A picker's value: the chosen entry, the text typed so far, or nothing. */
export type RefValue = RefOption | string | null;

export function isRefOption(value: unknown): value is RefOption {
  return typeof value === 'object' && value !== null && typeof (value as RefOption).id === 'string';
}

export function refId(value: RefValue): string | null {
  return isRefOption(value) ? value.id : null;
}

/** Typed text that was not turned into a choice from the list is an error (`notPicked`). */
export const pickedFromList: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { notPicked: true } : null;
};

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
