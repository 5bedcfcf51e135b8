import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bn/shared/contracts';
import { FieldErrorPipe } from '@bn/web/util';

/** The API's password policy (libs/api/accounts, password-policy.ts) in words. */
export const PASSWORD_RULES =
  `Mindestens ${PASSWORD_MIN_LENGTH} Zeichen. Kein weit verbreitetes Passwort, nicht Ihre E-Mail-Adresse und ` +
  'nicht der Teil Ihrer E-Mail-Adresse vor dem @. Ein langer Satz ist leichter zu merken und sicherer.';

export type NewPasswordGroup = FormGroup<{ password: FormControl<string>; confirmation: FormControl<string> }>;

/** The confirmation must repeat the password of the same group. */
const matchesPassword: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password ? { mismatch: true } : null;
};

/** The password must not be the e-mail address nor contain its local part (as the API checks). */
export function notFromEmail(email: () => string | null): ValidatorFn {
  return (control) => {
    const value = String(control.value ?? '').toLowerCase();
    const address = (email() ?? '').trim().toLowerCase();
    if (!value || !address) return null;
    const localPart = address.split('@')[0] ?? '';
    return value === address || (localPart.length >= 3 && value.includes(localPart)) ? { fromEmail: true } : null;
  };
}

/** A new password and its repetition, with the policy's length limits. */
export function newPasswordGroup(extra: ValidatorFn[] = []): NewPasswordGroup {
  const group: NewPasswordGroup = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH), ...extra],
    }),
    confirmation: new FormControl('', { nonNullable: true, validators: [Validators.required, matchesPassword] }),
  });
  // A changed password re-checks the repetition.
  group.controls.password.valueChanges.subscribe(() => group.controls.confirmation.updateValueAndValidity({ emitEvent: false }));
  return group;
}

/** The two fields of a new password with the policy as hint. */
@Component({
  selector: 'bn-new-password-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatHint, MatError, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div [formGroup]="group()" class="fields">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ label() }}</mat-label>
        <input matInput type="password" formControlName="password" autocomplete="new-password" required />
        <mat-hint>{{ rules }}</mat-hint>
        <mat-error>
          @if (group().controls.password.hasError('fromEmail')) {
            Das Passwort darf weder Ihre E-Mail-Adresse noch deren Teil vor dem @ enthalten.
          } @else {
            {{ group().controls.password | fieldError }}
          }
        </mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ label() }} wiederholen</mat-label>
        <input matInput type="password" formControlName="confirmation" autocomplete="new-password" required />
        <mat-error>
          @if (group().controls.confirmation.hasError('mismatch')) {
            Die beiden Eingaben stimmen nicht überein.
          } @else {
            {{ group().controls.confirmation | fieldError }}
          }
        </mat-error>
      </mat-form-field>
    </div>
  `,
  styles: `.fields { display: flex; flex-direction: column; gap: 16px; }`,
})
export class NewPasswordFields {
  readonly group = input.required<NewPasswordGroup>();
  readonly label = input('Neues Passwort');
  protected readonly rules = PASSWORD_RULES;
}
