import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { DashboardDto } from '@bn/shared/contracts';
import { DashboardApi } from '@bn/web/dashboard/data-access';
import { BarChart, LineChart, Loading, PageHeader, StackedBarChart, formatChartValue } from '@bn/web/ui';
import { formatGermanDate } from '@bn/shared/util';
import { toApiError } from '@bn/web/util';
import { catchError, map, of } from 'rxjs';
import { alliancesByLandChart, deploymentsChart, foundingsChart, handlungsfelderChart } from './dashboard-charts';

type State = { kind: 'loading' } | { kind: 'loaded'; dashboard: DashboardDto } | { kind: 'failed'; message: string };

/** Übersicht: the key figures and four charts of the caller's scope; the charts load when scrolled into view. */
@Component({
  selector: 'bn-dashboard-page',
  imports: [PageHeader, Loading, BarChart, StackedBarChart, LineChart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);

  protected readonly state = toSignal(
    this.api.dashboard().pipe(
      map((dashboard): State => ({ kind: 'loaded', dashboard })),
      catchError((error: unknown) => of<State>({ kind: 'failed', message: toApiError(error).message })),
    ),
    { initialValue: { kind: 'loading' } as State },
  );

  protected readonly dashboard = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.dashboard : null;
  });

  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });

  protected readonly subtitle = computed(() => {
    const dashboard = this.dashboard();
    if (!dashboard) return '';
    const scope = dashboard.scope === 'all' ? 'Alle Bündnisse' : 'Ihre Bündnisse und Einsätze';
    return `${scope}, Stand ${formatGermanDate(dashboard.countedOn)}`;
  });

  protected readonly figures = computed(() => {
    const dashboard = this.dashboard();
    if (!dashboard) return [];
    const f = dashboard.keyFigures;
    return [
      { label: 'Aktive Bündnisse', value: formatChartValue(f.activeAlliances) },
      { label: `Neu gegründet ${dashboard.year}`, value: formatChartValue(f.newAlliances) },
      { label: 'Bündnispartner', value: formatChartValue(f.partners) },
      { label: `Einsätze ${dashboard.year}`, value: formatChartValue(f.deployments) },
      { label: 'Offene Anfragen', value: formatChartValue(f.openRequests) },
    ];
  });

  protected readonly byLand = computed(() => { const d = this.dashboard(); return d ? alliancesByLandChart(d) : null; });
  protected readonly foundings = computed(() => { const d = this.dashboard(); return d ? foundingsChart(d) : null; });
  protected readonly deployments = computed(() => { const d = this.dashboard(); return d ? deploymentsChart(d) : null; });
  protected readonly handlungsfelder = computed(() => { const d = this.dashboard(); return d ? handlungsfelderChart(d) : null; });
}
