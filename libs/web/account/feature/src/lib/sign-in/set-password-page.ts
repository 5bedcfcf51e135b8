import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { AccountApi } from '@bn/web/account/data-access';
import { applyServerErrors, toApiError } from '@bn/web/util';
import { Observable, firstValueFrom } from 'rxjs';
import { NewPasswordFields, newPasswordGroup } from '../shared/new-password';

type Purpose = 'invitation' | 'reset';

const TEXTS: Record<Purpose, { title: string; intro: string; submit: string; done: string }> = {
  invitation: {
    title: 'Einladung annehmen',
    intro: 'Sie wurden zu Bündnisnetz eingeladen. Legen Sie ein Passwort fest, um Ihr Benutzerkonto zu aktivieren.',
    submit: 'Passwort festlegen',
    done: 'Ihr Benutzerkonto ist aktiviert. Sie können sich jetzt mit Ihrer E-Mail-Adresse und dem neuen Passwort anmelden.',
  },
  reset: {
    title: 'Neues Passwort festlegen',
    intro: 'Legen Sie ein neues Passwort für Ihr Benutzerkonto fest. Danach sind alle bisherigen Sitzungen beendet.',
    submit: 'Passwort speichern',
    done: 'Ihr neues Passwort ist gespeichert; alle bisherigen Sitzungen sind beendet. Sie können sich jetzt anmelden.',
  },
};

/** Target of the one-time links: set the first password (invitation) or a new one (reset). */
@Component({
  selector: 'bn-set-password-page',
  imports: [ReactiveFormsModule, MatCard, MatCardContent, MatButton, MatAnchor, RouterLink, NewPasswordFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card class="card" appearance="outlined">
      <mat-card-content>
        <h1>{{ texts.title }}</h1>
        @if (!token) {
          <p role="alert" class="message">
            Der Link ist unvollständig. Bitte öffnen Sie den Link aus Ihrer E-Mail vollständig oder fordern Sie einen neuen an.
          </p>
          <p><a routerLink="/anmelden/passwort-vergessen">Neuen Link anfordern</a></p>
        } @else if (isDone()) {
          <p role="status">{{ texts.done }}</p>
          <a mat-flat-button routerLink="/anmelden">Zur Anmeldung</a>
        } @else {
          <p>{{ texts.intro }}</p>
          @if (message(); as text) {
            <div class="message" role="alert">
              <p>{{ text }}</p>
              @if (isTokenInvalid()) {
                <p><a routerLink="/anmelden/passwort-vergessen">Neuen Link anfordern</a></p>
              }
            </div>
          }
          <form [formGroup]="form" (ngSubmit)="save()" novalidate>
            <bn-new-password-fields [group]="form" [label]="purpose === 'invitation' ? 'Passwort' : 'Neues Passwort'" />
            <button mat-flat-button type="submit" [disabled]="busy()">{{ texts.submit }}</button>
          </form>
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host { display: flex; justify-content: center; padding: 32px 16px; }
    .card { width: 100%; max-width: 520px; }
    h1 { font: var(--mat-sys-headline-small); margin: 8px 0 16px; }
    form { display: flex; flex-direction: column; gap: 16px; align-items: flex-start; }
    bn-new-password-fields { align-self: stretch; }
    .message { color: var(--mat-sys-error); font-weight: 500; }
  `,
})
export class SetPasswordPage {
  private readonly api = inject(AccountApi);
  private readonly route = inject(ActivatedRoute);

  protected readonly purpose: Purpose = this.route.snapshot.data['purpose'] === 'invitation' ? 'invitation' : 'reset';
  protected readonly texts = TEXTS[this.purpose];
  protected readonly token = this.route.snapshot.queryParamMap.get('token') ?? this.route.snapshot.paramMap.get('token');
  protected readonly form = newPasswordGroup();
  protected readonly busy = signal(false);
  protected readonly isDone = signal(false);
  private readonly errorCode = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly isTokenInvalid = computed(() => this.errorCode() === 'INVALID_TOKEN');

  protected async save(): Promise<void> {
    if (this.form.invalid || !this.token) return this.form.markAllAsTouched();
    this.busy.set(true);
    this.message.set(null);
    this.errorCode.set(null);
    const password = this.form.getRawValue().password;
    const request: Observable<void> =
      this.purpose === 'invitation' ? this.api.acceptInvitation(this.token, password) : this.api.confirmPasswordReset(this.token, password);
    try {
      await firstValueFrom(request);
      this.isDone.set(true);
    } catch (error) {
      const apiError = toApiError(error);
      const unmatched = applyServerErrors(this.form, apiError);
      this.errorCode.set(apiError.code);
      if (unmatched.length || !Object.keys(apiError.fields).length) this.message.set(unmatched.length ? unmatched.join(' ') : apiError.message);
    } finally {
      this.busy.set(false);
    }
  }
}
