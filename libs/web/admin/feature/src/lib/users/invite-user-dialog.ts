import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { InvitationResponseDto, Role, UserDetailDto } from '@bn/shared/contracts';
import { UsersApi, oneTimeLinkUrl } from '@bn/web/admin/data-access';
import { FieldErrorPipe, applyServerErrors, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { OneTimeLinkView } from './one-time-link';
import { UserAccessFields, accessPayload, userAccessControls } from './user-access-fields';

export interface InviteUserDialogData {
  /** Roles the inviting user may give (the Fachberatung: coordinators and mentors only). */
  roles: readonly Role[];
}

/**
 * Invite a user (`POST /api/users/invitations`): the account is created without password; the
 * dialog then shows the invitation link to pass on. Closes with the new account (or nothing).
 */
@Component({
  selector: 'bn-invite-user-dialog',
  imports: [
    ReactiveFormsModule, MatDialogTitle, MatDialogContent, MatDialogActions, MatDialogClose, MatButton, MatFormField, MatLabel,
    MatInput, MatError, FieldErrorPipe, UserAccessFields, OneTimeLinkView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Benutzer:in einladen</h2>
    @if (invitation(); as done) {
      <mat-dialog-content>
        <p role="status">Das Benutzerkonto für {{ done.user.displayName }} ist angelegt. Mit diesem Link legt die Person ihr Passwort fest:</p>
        <bn-one-time-link [url]="linkUrl(done)" [expiresAt]="done.invitation.expiresAt" [email]="done.user.email" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" [mat-dialog-close]="done.user">Fertig</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="invite()" novalidate>
        <mat-dialog-content>
          <p>Die Person erhält einen Link (7 Tage gültig), mit dem sie ihr Passwort festlegt.</p>
          @if (message(); as text) {
            <p class="message" role="alert">{{ text }}</p>
          }
          <mat-form-field appearance="outline">
            <mat-label>E-Mail-Adresse</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="off" required />
            <mat-error>{{ form.controls.email | fieldError }}</mat-error>
          </mat-form-field>
          <bn-user-access-fields [form]="form" [roles]="data.roles" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>Abbrechen</button>
          <button mat-flat-button type="submit" [disabled]="busy()">Einladen</button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    mat-form-field { width: 100%; }
    .message { color: var(--mat-sys-error); font-weight: 500; }
  `,
})
export class InviteUserDialog {
  protected readonly data = inject<InviteUserDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(UsersApi);
  private readonly origin = inject(DOCUMENT).location.origin;
  private readonly ref = inject<MatDialogRef<InviteUserDialog, UserDetailDto>>(MatDialogRef);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
    ...userAccessControls(),
  });
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly invitation = signal<InvitationResponseDto | null>(null);

  constructor() {
    if (this.data.roles.length === 1) this.form.controls.role.setValue(this.data.roles[0]);
  }

  protected linkUrl(done: InvitationResponseDto): string {
    return oneTimeLinkUrl(done.invitation, this.origin);
  }

  protected async invite(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    const value = this.form.getRawValue();
    this.busy.set(true);
    this.message.set(null);
    try {
      const response = await firstValueFrom(this.api.invite({ email: value.email.trim(), ...accessPayload(value) }));
      this.invitation.set(response);
      // The link is shown only now: the dialog closes through "Fertig", which also reports the new account.
      this.ref.disableClose = true;
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      if (unmatched.length || !Object.keys(apiError.fields).length) this.message.set(unmatched.length ? unmatched.join(' ') : apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}
