import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { AccountApi } from '@bn/web/account/data-access';
import { FieldErrorPipe, applyServerErrors, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';

/**
 * "Passwort vergessen": asks for a reset link. The answer is the same whether or not an account
 * exists for the address (the API always answers 202), so the page says so.
 */
@Component({
  selector: 'bn-forgot-password-page',
  imports: [ReactiveFormsModule, MatCard, MatCardContent, MatFormField, MatLabel, MatInput, MatError, MatButton, RouterLink, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card class="card" appearance="outlined">
      <mat-card-content>
        <h1>Passwort vergessen</h1>
        @if (isSent()) {
          <p role="status">
            Wenn es zu dieser E-Mail-Adresse ein aktives Benutzerkonto gibt, erhält es einen Link zum Zurücksetzen des Passworts.
            Der Link gilt 24 Stunden und nur einmal.
          </p>
          <p>Keine Nachricht erhalten? Prüfen Sie den Spam-Ordner oder wenden Sie sich an das Servicebüro.</p>
        } @else {
          <p>Geben Sie die E-Mail-Adresse Ihres Benutzerkontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.</p>
          @if (message(); as text) {
            <p class="message" role="alert">{{ text }}</p>
          }
          <form [formGroup]="form" (ngSubmit)="requestLink()" novalidate>
            <mat-form-field appearance="outline">
              <mat-label>E-Mail-Adresse</mat-label>
              <input matInput type="email" formControlName="email" autocomplete="username" required />
              <mat-error>{{ form.controls.email | fieldError }}</mat-error>
            </mat-form-field>
            <button mat-flat-button type="submit" [disabled]="busy()">Link anfordern</button>
          </form>
        }
        <p class="links"><a routerLink="/anmelden">Zurück zur Anmeldung</a></p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host { display: flex; justify-content: center; padding: 32px 16px; }
    .card { width: 100%; max-width: 480px; }
    h1 { font: var(--mat-sys-headline-small); margin: 8px 0 16px; }
    form { display: flex; flex-direction: column; gap: 4px; }
    .message { color: var(--mat-sys-error); font-weight: 500; }
    .links { margin-top: 16px; }
  `,
})
export class ForgotPasswordPage {
  private readonly api = inject(AccountApi);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly isSent = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);

  protected async requestLink(): Promise<void> {
    if (this.form.invalid) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.api.requestPasswordReset(this.form.getRawValue().email.trim()));
      this.isSent.set(true);
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      this.message.set(unmatched.length ? unmatched.join(' ') : Object.keys(apiError.fields).length ? null : apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}
