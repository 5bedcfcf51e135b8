import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { WORK_LOADING, WorkCard, workState } from './work-card';
import { WorkQueries, workLinks } from './work-queries';

/** A coordinator's work: own alliances with status, their open requests, coming events. */
@Component({
  selector: 'bn-coordinator-work',
  imports: [WorkCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-work-card
      heading="Ihre Bündnisse"
      headingId="work-own-alliances"
      [unit]="['Bündnis', 'Bündnisse']"
      emptyMessage="Ihrem Konto ist noch kein Bündnis zugeordnet. Bitte wenden Sie sich an das Servicebüro."
      [state]="ownAlliances()"
      allLink="/buendnisse"
    />
    <bn-work-card
      heading="Offene Anfragen"
      headingId="work-open-requests"
      [unit]="['offene Anfrage', 'offene Anfragen']"
      emptyMessage="Keine offenen Anfragen. Brauchen Sie Unterstützung durch eine Mentor:in? Stellen Sie eine Anfrage."
      [state]="openRequests()"
      allLink="/anfragen"
    />
    <bn-work-card
      heading="Kommende Veranstaltungen"
      headingId="work-events"
      [unit]="['Veranstaltung', 'Veranstaltungen']"
      emptyMessage="Keine kommenden Veranstaltungen."
      [state]="upcomingEvents()"
      allLink="/veranstaltungen"
      [allQueryParams]="links.upcomingEvents"
    />
  `,
  styleUrl: './work-grid.scss',
})
export class CoordinatorWork {
  private readonly queries = inject(WorkQueries);
  protected readonly links = workLinks();
  protected readonly ownAlliances = toSignal(workState(this.queries.ownAlliances()), { initialValue: WORK_LOADING });
  protected readonly openRequests = toSignal(workState(this.queries.openRequests()), { initialValue: WORK_LOADING });
  protected readonly upcomingEvents = toSignal(workState(this.queries.upcomingEvents()), { initialValue: WORK_LOADING });
}
