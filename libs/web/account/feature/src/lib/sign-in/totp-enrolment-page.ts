import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { Router } from '@angular/router';
import { SessionStore } from '@bn/web/account/data-access';
import { toApiError } from '@bn/web/util';
import { TotpEnrolment } from '../shared/totp-enrolment';

/** First sign-in of a role that requires TOTP: set it up, keep the recovery codes, then continue. */
@Component({
  selector: 'bn-totp-enrolment-page',
  imports: [MatCard, MatCardContent, MatButton, TotpEnrolment],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card class="card" appearance="outlined">
      <mat-card-content>
        <h1>Zwei-Faktor-Anmeldung einrichten</h1>
        <p>
          Für Ihre Rolle ist die Anmeldung mit einem zweiten Faktor vorgeschrieben. Richten Sie ihn jetzt einmalig ein; danach
          fragt Bündnisnetz bei jeder Anmeldung nach einem sechsstelligen Code aus Ihrer Authenticator-App.
        </p>
        @if (message(); as text) {
          <p class="message" role="alert">{{ text }}</p>
        }
        <bn-totp-enrolment (finished)="continue()" />
        <button mat-button type="button" class="cancel" (click)="signOut()">Abbrechen und abmelden</button>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host { display: flex; justify-content: center; padding: 32px 16px; }
    .card { width: 100%; max-width: 640px; }
    h1 { font: var(--mat-sys-headline-small); margin: 8px 0 16px; }
    .message { color: var(--mat-sys-error); font-weight: 500; }
    .cancel { margin-top: 16px; }
  `,
})
export class TotpEnrolmentPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly message = signal<string | null>(null);

  /** Enabling TOTP completed the pending sign-in on the server: load the session, then go to the start page. */
  protected async continue(): Promise<void> {
    try {
      await this.session.reload();
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.message.set(toApiError(error).message);
    }
  }

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl('/anmelden');
  }
}
