import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import {
  ALLIANCE_STATUS_LABELS,
  ALLIANCE_STATUSES,
  type AllianceMapDto,
  type AllianceStatus,
} from '@bn/shared/contracts';
import { AllianceMapFilter, DashboardApi } from '@bn/web/dashboard/data-access';
import { Loading, PageHeader } from '@bn/web/ui';
import { toApiError } from '@bn/web/util';
import { catchError, map, of, scan, startWith, switchMap } from 'rxjs';
import { AllianceMap } from './alliance-map';

type State = { kind: 'loading'; data: AllianceMapDto | null } | { kind: 'loaded'; data: AllianceMapDto } | { kind: 'failed'; message: string };

/**
 * Karte: the Länder shaded by active alliances and the alliances as points, filtered by status and
 * Handlungsfeld; below it the same selection as a table (the equivalent for keyboard and screen
 * readers, domain-research §3.4 "Map … equivalent list"). The drawing loads when scrolled into view.
 */
@Component({
  selector: 'bn-map-page',
  imports: [PageHeader, Loading, AllianceMap, RouterLink, MatFormField, MatLabel, MatSelect, MatOption],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './map-page.html',
  styleUrl: './map-page.scss',
})
export class MapPage {
  private readonly api = inject(DashboardApi);

  protected readonly statusOptions = ALLIANCE_STATUSES.map((status) => ({ value: status, label: ALLIANCE_STATUS_LABELS[status] }));
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly filter = signal<AllianceMapFilter>({ status: null, handlungsfeld: null });

  protected readonly state = toSignal(
    toObservable(this.filter).pipe(
      switchMap((filter) =>
        this.api.allianceMap(filter).pipe(
          map((data): State => ({ kind: 'loaded', data })),
          catchError((error: unknown) => of<State>({ kind: 'failed', message: toApiError(error).message })),
          startWith<State>({ kind: 'loading', data: null }),
        ),
      ),
      // While a new selection loads, the previous one stays on screen (the map is not rebuilt).
      scan((previous: State, next: State): State =>
        next.kind === 'loading' ? { kind: 'loading', data: previous.kind === 'failed' ? null : previous.data } : next,
      ),
    ),
    { initialValue: { kind: 'loading', data: null } as State },
  );

  protected readonly data = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? null : state.data;
  });
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.kind === 'failed' ? state.message : '';
  });
  protected readonly points = computed(() => this.data()?.points ?? []);
  protected readonly lands = computed(() => this.data()?.lands ?? []);

  protected readonly handlungsfeldOptions = computed(() => this.data()?.handlungsfelder ?? []);

  protected readonly resultText = computed(() => {
    const state = this.state();
    if (state.kind !== 'loaded') return '';
    const count = state.data.points.length;
    const unplaced = state.data.points.filter((p) => p.latitude === null || p.longitude === null).length;
    const text = count === 1 ? '1 Bündnis' : `${count} Bündnisse`;
    return unplaced > 0 ? `${text} (davon ${unplaced} ohne Ort, nur in der Liste)` : text;
  });

  protected selectStatus(status: AllianceStatus | null): void {
    this.filter.update((filter) => ({ ...filter, status }));
  }

  protected selectHandlungsfeld(handlungsfeld: string | null): void {
    this.filter.update((filter) => ({ ...filter, handlungsfeld }));
  }
}
