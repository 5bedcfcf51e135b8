import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatOption } from '@angular/material/core';
import { MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  ACTOR_TYPE_LABELS,
  COMPANY_SIZE_LABELS,
  SECTOR_LABELS,
  type OrganisationDto,
  type Page,
} from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { OrganisationsApi, ReferenceGeographyApi } from '@bn/web/organisations/data-access';
import { EXPORT_ROLES, ExportsApi } from '@bn/web/reports/data-access';
import { EmptyState, ExportMenu, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, LabelPipe, ListQuery, PAGE_SIZE_OPTIONS, readListQuery, toApiError, toApiParams, toQueryParams } from '@bn/web/util';
import { Subject, catchError, combineLatest, debounceTime, map, merge, of, startWith, switchMap, tap } from 'rxjs';
import { legalFormSuffix } from '../organisation-format';

/** The URL query keys of the list's filters (the names of `OrganisationListQueryDto`). */
export const ORGANISATION_FILTER_KEYS = [
  'q',
  'sector',
  'actorType',
  'companySize',
  'landCode',
  'kreisAgs',
  'allianceId',
  'includeArchived',
] as const;

interface ListResult {
  page: Page<OrganisationDto> | null;
  isLoading: boolean;
  error: ApiError | null;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "Organisationen": the partner organisations with server-side paging, sorting and filters kept in the URL. */
@Component({
  selector: 'bn-organisation-list-page',
  imports: [
    ReactiveFormsModule, RouterLink, DatePipe, DecimalPipe, MatTableModule, MatSort, MatSortHeader, MatPaginator, MatFormField,
    MatLabel, MatSuffix, MatInput, MatSelect, MatOption, MatCheckbox, MatIcon, MatAnchor, MatButton, PageHeader,
    EmptyState, Loading, StatusChip, LabelPipe, ExportMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './organisation-list-page.html',
  styleUrl: './organisation-list-page.scss',
})
export class OrganisationListPage {
  private readonly api = inject(OrganisationsApi);
  private readonly geography = inject(ReferenceGeographyApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly reloads = new Subject<void>();

  protected readonly columns = ['name', 'sector', 'actorType', 'city', 'updatedAt'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly sectorLabels = SECTOR_LABELS;
  protected readonly actorTypeLabels = ACTOR_TYPE_LABELS;
  protected readonly sectorOptions = options(SECTOR_LABELS);
  protected readonly actorTypeOptions = options(ACTOR_TYPE_LABELS);
  protected readonly companySizeOptions = options(COMPANY_SIZE_LABELS);
  protected readonly canCreate = computed(() => this.session.hasRole('FACHBERATUNG', 'KOORDINATION'));
  /** XLSX/CSV of the organisations in scope; the export API filters by Land and archived state only. */
  protected readonly canExport = computed(() => this.session.hasRole(...EXPORT_ROLES.organisations));
  protected readonly exportOrganisations = inject(ExportsApi).downloader('organisations', () => ({
    landCode: this.query().filters['landCode'],
    includeArchived: this.query().filters['includeArchived'] === 'true',
  }));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((params) => readListQuery(params, ORGANISATION_FILTER_KEYS))), {
    requireSync: true,
  });
  protected readonly result = signal<ListResult>({ page: null, isLoading: true, error: null });
  /** The rows; the legal form is added only where the name does not already end with it ("… e.V."). */
  protected readonly items = computed(() =>
    (this.result().page?.items ?? []).map((org) => ({ ...org, legalFormSuffix: legalFormSuffix(org.name, org.legalForm) })),
  );
  protected readonly total = computed(() => this.result().page?.total ?? 0);
  protected readonly hasFilters = computed(() => Object.keys(this.query().filters).length > 0);
  protected readonly allianceFilter = computed(() => this.query().filters['allianceId'] ?? null);

  protected readonly filters = this.fb.group({
    q: [''],
    sector: [''],
    actorType: [''],
    companySize: [''],
    landCode: [''],
    kreisAgs: [''],
    includeArchived: [false],
  });

  protected readonly laender = toSignal(this.geography.laender().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly kreise = toSignal(
    toObservable(computed(() => this.query().filters['landCode'] ?? '')).pipe(
      switchMap((landCode) => (landCode ? this.geography.kreise(landCode).pipe(catchError(() => of([]))) : of([]))),
    ),
    { initialValue: [] },
  );

  constructor() {
    combineLatest([this.route.queryParamMap, this.reloads.pipe(startWith(null))])
      .pipe(
        map(([params]) => readListQuery(params, ORGANISATION_FILTER_KEYS)),
        tap((query) => this.showFilters(query)),
        switchMap((query) => {
          this.result.update((r) => ({ ...r, isLoading: true, error: null }));
          return this.api.list(toApiParams(query)).pipe(
            map((page): ListResult => ({ page, isLoading: false, error: null })),
            catchError((error: unknown) => of<ListResult>({ page: null, isLoading: false, error: toApiError(error) })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => this.result.set(result));

    const c = this.filters.controls;
    merge(
      c.q.valueChanges.pipe(debounceTime(300)),
      c.sector.valueChanges,
      c.actorType.valueChanges,
      c.companySize.valueChanges,
      c.landCode.valueChanges,
      c.kreisAgs.valueChanges,
      c.includeArchived.valueChanges,
    )
      .pipe(takeUntilDestroyed())
      .subscribe(() => this.applyFilters());
  }

  protected sortBy(sort: Sort): void {
    const direction = sort.direction;
    this.navigate(
      direction === '' ? { ...this.query(), page: 1, sort: null, direction: 'asc' } : { ...this.query(), page: 1, sort: sort.active, direction },
    );
  }

  protected changePage(event: PageEvent): void {
    this.navigate({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  protected resetFilters(): void {
    this.navigate({ ...this.query(), page: 1, filters: {} });
  }

  protected removeAllianceFilter(): void {
    const filters = Object.fromEntries(Object.entries(this.query().filters).filter(([key]) => key !== 'allianceId'));
    this.navigate({ ...this.query(), page: 1, filters });
  }

  protected retry(): void {
    this.reloads.next();
  }

  /** Reads the filter fields into the URL (first page); a new Land drops a Kreis of another Land. */
  private applyFilters(): void {
    const value = this.filters.getRawValue();
    const kreisAgs = value.kreisAgs && value.kreisAgs.startsWith(value.landCode) && value.landCode ? value.kreisAgs : '';
    const filters: Record<string, string> = {
      q: value.q.trim(),
      sector: value.sector,
      actorType: value.actorType,
      companySize: value.companySize,
      landCode: value.landCode,
      kreisAgs,
      allianceId: this.query().filters['allianceId'] ?? '',
      includeArchived: value.includeArchived ? 'true' : '',
    };
    this.navigate({ ...this.query(), page: 1, filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')) });
  }

  /** The URL is the list's state: the filter fields show it without triggering another navigation. */
  private showFilters(query: ListQuery): void {
    const f = query.filters;
    this.filters.setValue(
      {
        q: this.filters.controls.q.value.trim() === (f['q'] ?? '') ? this.filters.controls.q.value : (f['q'] ?? ''),
        sector: f['sector'] ?? '',
        actorType: f['actorType'] ?? '',
        companySize: f['companySize'] ?? '',
        landCode: f['landCode'] ?? '',
        kreisAgs: f['kreisAgs'] ?? '',
        includeArchived: f['includeArchived'] === 'true',
      },
      { emitEvent: false },
    );
  }

  private navigate(query: ListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
