import { AbstractControl, FormArray, FormGroup } from '@angular/forms';
import { ApiError } from './api-error';

/**
 * Shows the API's field messages at the controls they concern (`fields` uses dotted paths such as
 * `address.postalCode` or `roles.0`). Each message is set as the control's `server` error and marks it
 * touched, so `<mat-error>` displays it. Returns the messages that match no control (to show above the form).
 */
export function applyServerErrors(form: FormGroup, error: ApiError): string[] {
  const unmatched: string[] = [];
  for (const [path, message] of Object.entries(error.fields)) {
    const control = findControl(form, path);
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), server: message });
      control.markAsTouched();
    } else {
      unmatched.push(message);
    }
  }
  return unmatched;
}

function findControl(form: FormGroup, path: string): AbstractControl | null {
  let current: AbstractControl | null = form;
  for (const part of path.split('.')) {
    if (current instanceof FormGroup) current = current.controls[part] ?? null;
    else if (current instanceof FormArray) current = current.at(Number(part)) ?? null;
    else return current;
  }
  return current;
}

/** The German message for a control's first error (client-side validators mirror the contracts). */
export function controlErrorMessage(control: AbstractControl | null): string {
  const errors = control?.errors;
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  // A mistyped date is reported as "required" too (the picker's value is null); the format hint helps more.
  if (errors['matDatepickerParse']) return 'Bitte geben Sie ein Datum im Format TT.MM.JJJJ an.';
  if (errors['required']) return 'Dieses Feld ist ein Pflichtfeld.';
  if (errors['maxlength']) {
    const { requiredLength } = errors['maxlength'] as { requiredLength: number };
    return `Höchstens ${requiredLength} Zeichen.`;
  }
  if (errors['minlength']) {
    const { requiredLength } = errors['minlength'] as { requiredLength: number };
    return `Mindestens ${requiredLength} Zeichen.`;
  }
  if (errors['email']) return 'Bitte geben Sie eine gültige E-Mail-Adresse an.';
  if (errors['min']) return `Der Wert muss mindestens ${(errors['min'] as { min: number }).min} sein.`;
  if (errors['max']) return `Der Wert darf höchstens ${(errors['max'] as { max: number }).max} sein.`;
  if (errors['pattern']) return 'Das Format ist ungültig.';
  if (errors['matDatepickerMin']) return 'Das Datum liegt zu früh.';
  if (errors['matDatepickerMax']) return 'Das Datum liegt zu spät.';
  return 'Die Eingabe ist ungültig.';
}
