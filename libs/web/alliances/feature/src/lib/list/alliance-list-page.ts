import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import {
  MatCell,
  MatCellDef,
  MatColumnDef,
  MatHeaderCell,
  MatHeaderCellDef,
  MatHeaderRow,
  MatHeaderRowDef,
  MatRow,
  MatRowDef,
  MatTable,
} from '@angular/material/table';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import type { AllianceListItemDto, AllianceStatus, Page } from '@bn/shared/contracts';
import { ALLIANCE_SORT_FIELDS, ALLIANCE_STATUS_LABELS, ALLIANCE_STATUSES } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { AlliancesApi, ReferenceApi } from '@bn/web/alliances/data-access';
import { EXPORT_ROLES, ExportsApi } from '@bn/web/reports/data-access';
import { EmptyState, ExportMenu, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, ListQuery, PAGE_SIZE_OPTIONS, readListQuery, toApiError, toApiParams, toQueryParams } from '@bn/web/util';
import { catchError, debounceTime, distinctUntilChanged, filter, map, merge, of, switchMap } from 'rxjs';
import { ALLIANCE_CREATORS, statusLook } from '../alliance-status';

/** Filters kept in the URL; `status` holds a comma-separated list (the API accepts that form). */
export const ALLIANCE_FILTER_KEYS = ['q', 'landCode', 'kreisAgs', 'status', 'handlungsfeldId', 'profileConfirmedBefore'] as const;
const SORTABLE = new Set<string>(ALLIANCE_SORT_FIELDS);

/** The list state in the URL; a sort field the API does not know is ignored. */
export function readAllianceQuery(params: ParamMap): ListQuery {
  const query = readListQuery(params, ALLIANCE_FILTER_KEYS);
  return query.sort && !SORTABLE.has(query.sort) ? { ...query, sort: null } : query;
}

/** "Bündnisse": server-side pages, sorting and filters, all in the URL so reload and back keep them. */
@Component({
  selector: 'bn-alliance-list-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatSuffix,
    MatIcon,
    MatInput,
    MatSelect,
    MatOption,
    MatTable,
    MatColumnDef,
    MatHeaderCell,
    MatHeaderCellDef,
    MatCell,
    MatCellDef,
    MatHeaderRow,
    MatHeaderRowDef,
    MatRow,
    MatRowDef,
    MatSort,
    MatSortHeader,
    MatPaginator,
    PageHeader,
    EmptyState,
    Loading,
    StatusChip,
    ExportMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alliance-list-page.html',
  styleUrl: './alliance-list-page.scss',
})
export class AllianceListPage {
  private readonly api = inject(AlliancesApi);
  private readonly reference = inject(ReferenceApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly columns = ['code', 'name', 'place', 'land', 'status', 'foundingYear'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly statuses = ALLIANCE_STATUSES;
  protected readonly statusLabels = ALLIANCE_STATUS_LABELS;
  protected readonly statusLook = statusLook;
  protected readonly canCreate = computed(() => this.session.hasRole(...ALLIANCE_CREATORS));
  /** XLSX/CSV of the alliances in scope; the export API filters by Land only. */
  protected readonly canExport = computed(() => this.session.hasRole(...EXPORT_ROLES.alliances));
  protected readonly exportAlliances = inject(ExportsApi).downloader('alliances', () => ({ landCode: this.query().filters['landCode'] }));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((params) => readAllianceQuery(params))), {
    requireSync: true,
  });
  protected readonly page = signal<Page<AllianceListItemDto> | null>(null);
  protected readonly isLoading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly hasFilters = computed(() => Object.keys(this.query().filters).length > 0);

  protected readonly laender = toSignal(this.reference.laender().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly handlungsfelder = toSignal(this.reference.handlungsfelder().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly kreise = toSignal(
    this.route.queryParamMap.pipe(
      map((params) => params.get('landCode')),
      distinctUntilChanged(),
      switchMap((landCode) => (landCode ? this.reference.kreiseOf(landCode).pipe(catchError(() => of([]))) : of([]))),
    ),
    { initialValue: [] },
  );

  protected readonly filters = inject(FormBuilder).nonNullable.group({
    q: [''],
    landCode: [''],
    kreisAgs: [''],
    status: [[] as AllianceStatus[]],
    handlungsfeldId: [''],
  });

  constructor() {
    this.route.queryParamMap
      .pipe(
        map((params) => readAllianceQuery(params)),
        switchMap((query) => {
          this.syncFilters(query);
          this.isLoading.set(true);
          return this.api.list(toApiParams(query)).pipe(
            map((page) => ({ page, error: null })),
            catchError((error: unknown) => of({ page: null, error: toApiError(error) })),
          );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ page, error }) => {
        this.page.set(page);
        this.error.set(error);
        this.isLoading.set(false);
      });

    const controls = this.filters.controls;
    controls.q.valueChanges
      .pipe(
        debounceTime(300),
        filter((q) => q.trim() !== (this.query().filters['q'] ?? '')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.applyFilters());
    controls.landCode.valueChanges.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      controls.kreisAgs.setValue('', { emitEvent: false });
      this.applyFilters();
    });
    merge(controls.kreisAgs.valueChanges, controls.status.valueChanges, controls.handlungsfeldId.valueChanges)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.applyFilters());
  }

  protected placeOf(row: AllianceListItemDto): string {
    const place = row.gemeindeName ?? row.kreisName ?? '';
    return row.districtPart ? `${place} – ${row.districtPart}` : place;
  }

  protected sortBy(sort: Sort): void {
    const direction = sort.direction;
    const isSorted = direction !== '' && SORTABLE.has(sort.active);
    this.navigate({ ...this.query(), page: 1, sort: isSorted ? sort.active : null, direction: direction === 'desc' ? 'desc' : 'asc' });
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected resetFilters(): void {
    this.navigate({ ...this.query(), page: 1, filters: {} });
  }

  /** The URL is the truth: after back/forward or a shared link the fields show what the list shows. */
  private syncFilters(query: ListQuery): void {
    const f = query.filters;
    const current = this.filters.getRawValue();
    this.filters.setValue(
      {
        q: current.q.trim() === (f['q'] ?? '') ? current.q : (f['q'] ?? ''),
        landCode: f['landCode'] ?? '',
        kreisAgs: f['kreisAgs'] ?? '',
        status: (f['status'] ?? '').split(',').filter((s): s is AllianceStatus => (ALLIANCE_STATUSES as string[]).includes(s)),
        handlungsfeldId: f['handlungsfeldId'] ?? '',
      },
      { emitEvent: false },
    );
    // A Kreis is chosen within a Land.
    if (f['landCode']) this.filters.controls.kreisAgs.enable({ emitEvent: false });
    else this.filters.controls.kreisAgs.disable({ emitEvent: false });
  }

  private applyFilters(): void {
    const value = this.filters.getRawValue();
    const filters: Record<string, string> = {};
    if (value.q.trim()) filters['q'] = value.q.trim();
    if (value.landCode) filters['landCode'] = value.landCode;
    if (value.landCode && value.kreisAgs) filters['kreisAgs'] = value.kreisAgs;
    if (value.status.length) filters['status'] = value.status.join(',');
    if (value.handlungsfeldId) filters['handlungsfeldId'] = value.handlungsfeldId;
    this.navigate({ ...this.query(), page: 1, filters });
  }

  private navigate(query: ListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
