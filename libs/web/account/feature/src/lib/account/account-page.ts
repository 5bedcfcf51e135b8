import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { PageHeader } from '@bn/web/ui';
import { ChangePasswordForm } from './change-password-form';
import { SessionsTable } from './sessions-table';
import { TotpSettings } from './totp-settings';

/** "Mein Konto": own data, password, second factor and live sessions. */
@Component({
  selector: 'bn-account-page',
  imports: [PageHeader, ChangePasswordForm, TotpSettings, SessionsTable, MatAnchor, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-page-header title="Mein Konto" [breadcrumbs]="[{ label: 'Start', link: '/' }, { label: 'Mein Konto' }]" />

    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">Angaben</h2>
      @if (user(); as u) {
        <dl class="facts">
          <dt>Name</dt>
          <dd>{{ u.displayName }}</dd>
          <dt>E-Mail-Adresse</dt>
          <dd>{{ u.email }}</dd>
          <dt>Rolle</dt>
          <dd>{{ roleLabel() }}</dd>
          @if (u.role === 'KOORDINATION') {
            <dt>Bündnisse</dt>
            <dd>{{ u.allianceIds.length }} zugeordnet</dd>
          }
        </dl>
        <p class="hint">Name, E-Mail-Adresse und Rolle ändert die Benutzerverwaltung des Servicebüros.</p>
      }
    </section>

    @if (user()?.role === 'MENTOR') {
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">Kalender</h2>
        <p>Ihre Einsatztermine als Kalender-Abonnement in Outlook, Google Kalender oder Apple Kalender.</p>
        <a mat-stroked-button routerLink="/kalender">Kalender abonnieren</a>
      </section>
    }

    <section aria-labelledby="password-heading">
      <h2 id="password-heading">Passwort ändern</h2>
      <p>Nach der Änderung werden alle anderen Sitzungen Ihres Kontos beendet.</p>
      <bn-change-password-form (changed)="sessions().reload()" />
    </section>

    <section aria-labelledby="totp-heading">
      <h2 id="totp-heading">Zwei-Faktor-Anmeldung</h2>
      <bn-totp-settings />
    </section>

    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Aktive Sitzungen</h2>
      <p>Hier sehen Sie, wo Sie gerade angemeldet sind. Sitzungen, die Sie nicht kennen, melden Sie ab und ändern Ihr Passwort.</p>
      <bn-sessions-table />
    </section>
  `,
  styles: `
    :host { display: block; max-width: 960px; }
    section { margin-bottom: 32px; }
    h2 { font: var(--mat-sys-title-large); margin: 0 0 8px; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 24px; margin: 0 0 8px; }
    dt { font-weight: 500; }
    dd { margin: 0; }
    .hint { color: var(--mat-sys-on-surface-variant); }
  `,
})
export class AccountPage {
  private readonly session = inject(SessionStore);
  protected readonly sessions = viewChild.required(SessionsTable);
  protected readonly user = this.session.user;
  protected readonly roleLabel = computed(() => {
    const role = this.session.role();
    return role ? ROLE_LABELS[role] : '';
  });
}
