import { DecimalPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatOption } from '@angular/material/core';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatCell, MatCellDef, MatColumnDef, MatHeaderCell, MatHeaderCellDef, MatHeaderRow, MatHeaderRowDef, MatRow, MatRowDef, MatTable } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { EVENT_FORMAT_LABELS, EVENT_TYPE_LABELS, type EventListItemDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { EventLookups, EventsApi } from '@bn/web/events/data-access';
import { EXPORT_ROLES, ExportsApi } from '@bn/web/reports/data-access';
import { EmptyState, ExportMenu, Loading, PageHeader } from '@bn/web/ui';
import { LabelPipe, PAGE_SIZE_OPTIONS, fromIsoDate, toApiError, toIsoDate } from '@bn/web/util';
import { Observable, catchError, debounceTime, forkJoin, map, of, switchMap, tap } from 'rxjs';
import { EventCalendar } from '../calendar/event-calendar';
import { MonthKey } from '../calendar/month-grid';
import { canCreateEvents } from '../shared/event-permissions';
import { EVENT_FORMAT_OPTIONS, EVENT_ORGANISER_OPTIONS, EVENT_TYPE_OPTIONS } from '../shared/options';
import {
  CALENDAR_PAGE_SIZE,
  EventsPageState,
  EventsView,
  calendarApiParams,
  listApiParams,
  readEventsPageState,
  toEventsQueryParams,
} from './events-query';

/** At most this many pages (of 100) are loaded for one calendar month. */
const MAX_CALENDAR_PAGES = 5;

interface Loaded {
  items: EventListItemDto[];
  total: number;
  error: string | null;
}

/** Veranstaltungen: a list (server-side paging, sorting, filters) or a month calendar; all state in the URL. */
@Component({
  selector: 'bn-events-page',
  imports: [
    ReactiveFormsModule, RouterLink, DatePipe, DecimalPipe, LabelPipe, PageHeader, EmptyState, Loading, EventCalendar, ExportMenu,
    MatAnchor, MatButton, MatIcon, MatButtonToggleGroup, MatButtonToggle, MatFormField, MatLabel, MatHint, MatSuffix, MatInput,
    MatSelect, MatOption, MatDatepicker, MatDatepickerInput, MatDatepickerToggle, MatPaginator, MatSort, MatSortHeader,
    MatTable, MatColumnDef, MatHeaderCellDef, MatHeaderCell, MatCellDef, MatCell, MatHeaderRowDef, MatHeaderRow, MatRowDef, MatRow,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './events-page.html',
  styleUrl: './events-page.scss',
})
export class EventsPage {
  private readonly api = inject(EventsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  protected readonly typeLabels = EVENT_TYPE_LABELS;
  protected readonly formatLabels = EVENT_FORMAT_LABELS;
  protected readonly typeOptions = EVENT_TYPE_OPTIONS;
  protected readonly organiserOptions = EVENT_ORGANISER_OPTIONS;
  protected readonly formatOptions = EVENT_FORMAT_OPTIONS;
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly columns = ['startsOn', 'title', 'eventType', 'alliance', 'place', 'participants'];
  protected readonly laender = toSignal(inject(EventLookups).laender$.pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly canCreate = computed(() => canCreateEvents(this.session.user()));
  /** XLSX/CSV of the events in scope; the export API filters by Land only. */
  protected readonly canExport = computed(() => this.session.hasRole(...EXPORT_ROLES.events));
  protected readonly exportEvents = inject(ExportsApi).downloader('events', () => ({ landCode: this.state().query.filters['landCode'] }));

  protected readonly state = signal<EventsPageState>(readEventsPageState(this.route.snapshot.queryParamMap));
  protected readonly view = computed(() => this.state().view);
  protected readonly query = computed(() => this.state().query);
  protected readonly isAllianceFiltered = computed(() => !!this.state().query.filters['allianceId']);
  protected readonly loading = signal(true);
  protected readonly result = signal<Loaded>({ items: [], total: 0, error: null });
  protected readonly hasFilters = computed(() => Object.keys(this.state().query.filters).length > 0);

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    q: [''],
    eventType: [''],
    organiser: [''],
    format: [''],
    landCode: [''],
    dateFrom: [null as Date | null],
    dateTo: [null as Date | null],
  });

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => readEventsPageState(params)),
        tap((state) => {
          this.state.set(state);
          this.showFilters(state);
          this.loading.set(true);
        }),
        switchMap((state) => this.load(state)),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.result.set(loaded);
        this.loading.set(false);
      });
    this.filters.valueChanges.pipe(debounceTime(300), takeUntilDestroyed()).subscribe(() => this.applyFilters());
  }

  protected switchView(view: EventsView): void {
    this.navigate({ ...this.state(), view });
  }

  protected showMonth(month: MonthKey): void {
    this.navigate({ ...this.state(), month });
  }

  protected sortBy(sort: Sort): void {
    const query = this.state().query;
    this.navigate({
      ...this.state(),
      query: { ...query, page: 1, sort: sort.direction ? sort.active : 'startsOn', direction: sort.direction || 'desc' },
    });
  }

  protected changePage(event: PageEvent): void {
    const query = this.state().query;
    this.navigate({ ...this.state(), query: { ...query, page: event.pageIndex + 1, pageSize: event.pageSize } });
  }

  protected resetFilters(): void {
    this.navigate({ ...this.state(), query: { ...this.state().query, page: 1, filters: {} } });
  }

  protected removeAllianceFilter(): void {
    const filters = { ...this.state().query.filters };
    delete filters['allianceId'];
    this.navigate({ ...this.state(), query: { ...this.state().query, page: 1, filters } });
  }

  protected placeOf(event: EventListItemDto): string {
    const parts = [event.venue, event.gemeindeName].filter((part): part is string => !!part);
    return parts.length ? parts.join(', ') : EVENT_FORMAT_LABELS[event.format];
  }

  private applyFilters(): void {
    const value = this.filters.getRawValue();
    const current = this.state().query.filters;
    const next: Record<string, string> = {};
    const candidates: Record<string, string | null> = {
      q: value.q.trim(),
      eventType: value.eventType,
      organiser: value.organiser,
      format: value.format,
      landCode: value.landCode,
      dateFrom: this.view() === 'liste' ? toIsoDate(value.dateFrom) : null,
      dateTo: this.view() === 'liste' ? toIsoDate(value.dateTo) : null,
      allianceId: current['allianceId'] ?? null,
    };
    for (const [key, item] of Object.entries(candidates)) if (item) next[key] = item;
    if (JSON.stringify(next) === JSON.stringify(current)) return;
    this.navigate({ ...this.state(), query: { ...this.state().query, page: 1, filters: next } });
  }

  private showFilters(state: EventsPageState): void {
    const filters = state.query.filters;
    this.filters.setValue(
      {
        q: filters['q'] ?? '',
        eventType: filters['eventType'] ?? '',
        organiser: filters['organiser'] ?? '',
        format: filters['format'] ?? '',
        landCode: filters['landCode'] ?? '',
        dateFrom: fromIsoDate(filters['dateFrom']),
        dateTo: fromIsoDate(filters['dateTo']),
      },
      { emitEvent: false },
    );
  }

  private navigate(state: EventsPageState): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toEventsQueryParams(state) });
  }

  private load(state: EventsPageState): Observable<Loaded> {
    const request = state.view === 'liste' ? this.api.list(listApiParams(state)) : this.loadMonth(state);
    return request.pipe(
      map((page) => ({ items: page.items, total: page.total, error: null })),
      catchError((error: unknown) => of({ items: [], total: 0, error: toApiError(error).message })),
    );
  }

  /** All events of the calendar month (the API pages by at most 100). */
  private loadMonth(state: EventsPageState): Observable<{ items: EventListItemDto[]; total: number }> {
    return this.api.list(calendarApiParams(state, 1)).pipe(
      switchMap((first) => {
        const pages = Math.min(Math.ceil(first.total / CALENDAR_PAGE_SIZE), MAX_CALENDAR_PAGES);
        if (pages <= 1) return of(first);
        const rest = Array.from({ length: pages - 1 }, (_, i) => this.api.list(calendarApiParams(state, i + 2)));
        return forkJoin(rest).pipe(map((more) => ({ items: [...first.items, ...more.flatMap((page) => page.items)], total: first.total })));
      }),
    );
  }
}
