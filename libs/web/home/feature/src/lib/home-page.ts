import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { PageHeader } from '@bn/web/ui';
import { CoordinatorWork } from './coordinator-work';
import { MentorWork } from './mentor-work';
import { StaffWork } from './staff-work';

/** The start page: what needs doing, per role. */
@Component({
  selector: 'bn-home-page',
  imports: [RouterLink, MatAnchor, MatIcon, PageHeader, StaffWork, CoordinatorWork, MentorWork],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-page-header [title]="title()" [subtitle]="subtitle()" />
    @switch (role()) {
      @case ('FACHBERATUNG') {
        <bn-staff-work />
      }
      @case ('LEITUNG') {
        <bn-staff-work />
      }
      @case ('KOORDINATION') {
        <bn-coordinator-work />
      }
      @case ('MENTOR') {
        <bn-mentor-work />
      }
      @case ('MINISTERIUM') {
        <section class="note" aria-labelledby="ministry-heading">
          <h2 id="ministry-heading">Berichte und Auswertungen</h2>
          <p>
            Hier finden Sie die Übersichten zur Lokalen-Bündnisse-Arbeit und die vom Servicebüro freigegebenen Berichte zum
            Herunterladen (XLSX, CSV, PDF). Sie sehen ausschließlich zusammengefasste Zahlen, keine Kontaktdaten.
          </p>
          <div class="links">
            <a mat-flat-button routerLink="/berichte"><mat-icon aria-hidden="true">summarize</mat-icon>Freigegebene Berichte</a>
            <a mat-stroked-button routerLink="/uebersicht"><mat-icon aria-hidden="true">insights</mat-icon>Übersicht mit Kennzahlen</a>
            <a mat-stroked-button routerLink="/karte"><mat-icon aria-hidden="true">map</mat-icon>Karte der Bündnisse</a>
          </div>
          <p>Bei Fragen zu den Berichten wenden Sie sich bitte an das Servicebüro.</p>
        </section>
      }
      @case ('ADMINISTRATION') {
        <section class="note" aria-labelledby="admin-heading">
          <h2 id="admin-heading">Verwaltung</h2>
          <p>Laden Sie Benutzer:innen ein, vergeben Sie Rollen und sperren Sie Zugänge, die nicht mehr gebraucht werden.</p>
          <div class="links">
            <a mat-flat-button routerLink="/verwaltung/benutzer"><mat-icon aria-hidden="true">manage_accounts</mat-icon>Benutzer:innen verwalten</a>
            <a mat-stroked-button routerLink="/verwaltung/taxonomien"><mat-icon aria-hidden="true">category</mat-icon>Taxonomien ansehen</a>
          </div>
        </section>
      }
    }
  `,
  styles: `
    .note { max-width: 70ch; padding: 16px; border-radius: 12px; background: var(--mat-sys-surface-container-low); border: 1px solid var(--mat-sys-outline-variant); }
    .note h2 { font: var(--mat-sys-title-medium); margin: 0 0 8px; }
    .links { display: flex; flex-wrap: wrap; gap: 8px; }
  `,
})
export class HomePage {
  private readonly session = inject(SessionStore);
  protected readonly role = this.session.role;
  protected readonly title = computed(() => `Willkommen, ${this.session.user()?.displayName ?? ''}`);
  protected readonly subtitle = computed(() => {
    const role = this.role();
    if (role === 'MINISTERIUM' || role === 'ADMINISTRATION') return ROLE_LABELS[role];
    return role ? `${ROLE_LABELS[role]} – das steht an` : null;
  });
}
