import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { WORK_LOADING, WorkCard, workState } from './work-card';
import { WorkQueries, workLinks } from './work-queries';

/** The Fachberatung's and Leitung's work: new requests, open offers, reports to review, stale profiles. */
@Component({
  selector: 'bn-staff-work',
  imports: [WorkCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-work-card
      heading="Neue Anfragen"
      headingId="work-new-requests"
      [unit]="['eingegangene Anfrage', 'eingegangene Anfragen']"
      emptyMessage="Keine neuen Anfragen."
      [state]="newRequests()"
      allLink="/anfragen"
      [allQueryParams]="links.newRequests"
    />
    <bn-work-card
      heading="Angebote ohne Antwort"
      headingId="work-waiting-offers"
      [unit]="['Anfrage wartet auf eine Mentor:in', 'Anfragen warten auf Mentor:innen']"
      emptyMessage="Keine Angebote warten auf eine Antwort."
      [state]="waitingOffers()"
      allLink="/anfragen"
      [allQueryParams]="links.waitingOffers"
    />
    <bn-work-card
      heading="Berichte zu prüfen"
      headingId="work-reports"
      [unit]="['eingereichter Bericht', 'eingereichte Berichte']"
      emptyMessage="Keine Berichte warten auf Prüfung."
      [state]="reportsToReview()"
      allLink="/einsaetze"
      [allQueryParams]="links.reportsToReview"
    />
    <bn-work-card
      heading="Profile seit über einem Jahr unbestätigt"
      headingId="work-profiles"
      [unit]="['Bündnis', 'Bündnisse']"
      emptyMessage="Alle Bündnisprofile sind aktuell bestätigt."
      [state]="unconfirmedProfiles()"
      allLink="/buendnisse"
      [allQueryParams]="links.unconfirmedProfiles"
    />
  `,
  styleUrl: './work-grid.scss',
})
export class StaffWork {
  private readonly queries = inject(WorkQueries);
  protected readonly links = workLinks();
  protected readonly newRequests = toSignal(workState(this.queries.newRequests()), { initialValue: WORK_LOADING });
  protected readonly waitingOffers = toSignal(workState(this.queries.waitingOffers()), { initialValue: WORK_LOADING });
  protected readonly reportsToReview = toSignal(workState(this.queries.reportsToReview()), { initialValue: WORK_LOADING });
  protected readonly unconfirmedProfiles = toSignal(workState(this.queries.unconfirmedProfiles()), { initialValue: WORK_LOADING });
}
