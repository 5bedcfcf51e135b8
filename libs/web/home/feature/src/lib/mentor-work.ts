import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { WORK_LOADING, WorkCard, workState } from './work-card';
import { WorkQueries, workLinks } from './work-queries';

/** A mentor's work: offers to answer, own deployments whose report is missing. */
@Component({
  selector: 'bn-mentor-work',
  imports: [WorkCard],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-work-card
      heading="Offene Angebote"
      headingId="work-open-offers"
      [unit]="['Angebot wartet auf Ihre Antwort', 'Angebote warten auf Ihre Antwort']"
      emptyMessage="Zurzeit wartet kein Angebot auf Ihre Antwort."
      [state]="openOffers()"
      allLink="/anfragen"
    />
    <bn-work-card
      heading="Einsätze ohne Bericht"
      headingId="work-missing-reports"
      [unit]="['Einsatz ohne Bericht', 'Einsätze ohne Bericht']"
      emptyMessage="Für alle Ihre Einsätze mit Terminen liegt ein Bericht vor."
      [state]="missingReports()"
      allLink="/einsaetze"
      [allQueryParams]="links.missingReports"
    />
  `,
  styleUrl: './work-grid.scss',
})
export class MentorWork {
  private readonly queries = inject(WorkQueries);
  protected readonly links = workLinks();
  protected readonly openOffers = toSignal(workState(this.queries.openOffers()), { initialValue: WORK_LOADING });
  protected readonly missingReports = toSignal(workState(this.queries.missingReports()), { initialValue: WORK_LOADING });
}
