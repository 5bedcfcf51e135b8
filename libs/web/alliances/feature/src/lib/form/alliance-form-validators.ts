import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { controlErrorMessage } from '@bn/web/util';

/** A whole number (or empty). */
export function integer(control: AbstractControl<number | null>): ValidationErrors | null {
  const value = control.value;
  return value === null || Number.isInteger(value) ? null : { integer: true };
}

/** At most `places` decimal places (or empty), decided arithmetically like the contract's DecimalField. */
export function decimalPlaces(places: number): ValidatorFn {
  return (control: AbstractControl<number | null>) => {
    const value = control.value;
    return value === null || Number(value.toFixed(places)) === value ? null : { decimalPlaces: { places } };
  };
}

/** A list with at most `max` entries. */
export function maxItems(max: number): ValidatorFn {
  return (control: AbstractControl<readonly unknown[]>) => ((control.value?.length ?? 0) > max ? { maxItems: { max } } : null);
}

/** Text that is more than blanks (the contract refuses whitespace-only values of required texts). */
export function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() ? null : { required: true };
}

/** Required picker: an entry chosen from the list, not just typed text. */
export function picked(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  if (typeof value === 'object' && value !== null) return null;
  return typeof value === 'string' && value.trim() ? { notSelected: true } : { required: true };
}

/** Optional picker: empty, or an entry chosen from the list. */
export function pickedOrEmpty(control: AbstractControl<unknown>): ValidationErrors | null {
  const value = control.value;
  return typeof value === 'string' && value.trim() ? { notSelected: true } : null;
}

/** The German message of a control of the alliance form: the form's own rules first, then the shared ones. */
export function allianceFieldError(control: AbstractControl | null): string {
  const errors = control?.errors;
  if (!errors) return '';
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['notSelected']) return 'Bitte wählen Sie einen Eintrag aus der Vorschlagsliste.';
  if (errors['integer']) return 'Bitte geben Sie eine ganze Zahl ein.';
  if (errors['decimalPlaces']) return `Höchstens ${(errors['decimalPlaces'] as { places: number }).places} Nachkommastellen.`;
  if (errors['maxItems']) return `Höchstens ${(errors['maxItems'] as { max: number }).max} Einträge.`;
  if (errors['pattern']) return 'Bitte geben Sie eine vollständige Web-Adresse mit http:// oder https:// an.';
  return controlErrorMessage(control);
}
