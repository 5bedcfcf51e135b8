import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PASSWORD_MAX_LENGTH } from '@bn/shared/contracts';
import { AccountApi, SessionStore } from '@bn/web/account/data-access';
import { ApiError, FieldErrorPipe, applyServerErrors, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { NewPasswordFields, newPasswordGroup, notFromEmail } from '../shared/new-password';

/** Change the own password (`POST /api/account/password`); the server then ends every other session. */
@Component({
  selector: 'bn-change-password-form',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatInput, MatError, MatButton, FieldErrorPipe, NewPasswordFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as text) {
      <p class="message" role="alert">{{ text }}</p>
    }
    <form [formGroup]="form" (ngSubmit)="save(formDirective)" #formDirective="ngForm" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>Aktuelles Passwort</mat-label>
        <input matInput type="password" formControlName="currentPassword" autocomplete="current-password" required />
        <mat-error>{{ form.controls.currentPassword | fieldError }}</mat-error>
      </mat-form-field>
      <bn-new-password-fields [group]="form.controls.newPassword" />
      <div><button mat-flat-button type="submit" [disabled]="busy()">Passwort ändern</button></div>
    </form>
  `,
  styles: `
    :host { display: block; max-width: 520px; }
    form { display: flex; flex-direction: column; gap: 16px; }
    .message { color: var(--mat-sys-error); font-weight: 500; }
  `,
})
export class ChangePasswordForm {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly snackBar = inject(MatSnackBar);

  /** The other sessions were ended: the sessions table reloads. */
  readonly changed = output<void>();

  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)] }),
    newPassword: newPasswordGroup([notFromEmail(() => this.session.user()?.email ?? null)]),
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);

  protected async save(formDirective: FormGroupDirective): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.api.changePassword(currentPassword, newPassword.password));
      formDirective.resetForm();
      this.snackBar.open('Passwort geändert. Ihre anderen Sitzungen wurden beendet.', 'OK');
      this.changed.emit();
    } catch (error) {
      const apiError = forNestedNewPassword(toApiError(error));
      const unmatched = applyServerErrors(this.form, apiError);
      if (unmatched.length || !Object.keys(apiError.fields).length) this.message.set(unmatched.length ? unmatched.join(' ') : apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}

/** The API names the new password `newPassword`; in the form it is `newPassword.password`. */
function forNestedNewPassword(error: ApiError): ApiError {
  const fields = Object.fromEntries(Object.entries(error.fields).map(([path, text]) => [path === 'newPassword' ? 'newPassword.password' : path, text]));
  return { ...error, fields };
}
