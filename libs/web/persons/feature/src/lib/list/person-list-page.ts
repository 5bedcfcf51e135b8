import { DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
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
import { PERSON_FUNCTION_LABELS, type Page, type PersonListItemDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { PersonsApi } from '@bn/web/persons/data-access';
import { EmptyState, Loading, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, ListQuery, PAGE_SIZE_OPTIONS, readListQuery, toApiError, toApiParams, toQueryParams } from '@bn/web/util';
import { Subject, catchError, combineLatest, debounceTime, map, merge, of, startWith, switchMap, tap } from 'rxjs';
import { functionSummary, privacyNoticeStatus } from '../shared/person-format';

/** The URL query keys of the list's filters (the names of `PersonListQueryDto`). */
export const PERSON_FILTER_KEYS = ['q', 'functionType', 'privacyNoticeDue', 'organisationId', 'allianceId', 'includeArchived'] as const;

/** Filters that only links set (from an organisation or alliance page); the list shows and removes them. */
const LINKED_FILTER_KEYS = ['organisationId', 'allianceId'];

interface ListResult {
  page: Page<PersonListItemDto> | null;
  isLoading: boolean;
  error: ApiError | null;
}

/** "Personen": contact persons with server-side paging, sorting and filters kept in the URL. */
@Component({
  selector: 'bn-person-list-page',
  imports: [
    ReactiveFormsModule, RouterLink, DatePipe, DecimalPipe, MatTableModule, MatSort, MatSortHeader, MatPaginator, MatFormField,
    MatLabel, MatSuffix, MatInput, MatSelect, MatOption, MatCheckbox, MatIcon, MatAnchor, MatButton, PageHeader, EmptyState,
    Loading, StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-list-page.html',
  styleUrl: './person-list-page.scss',
})
export class PersonListPage {
  private readonly api = inject(PersonsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly reloads = new Subject<void>();

  protected readonly columns = ['lastName', 'functions', 'email', 'privacyNotice', 'updatedAt'];
  protected readonly pageSizeOptions = PAGE_SIZE_OPTIONS;
  protected readonly functionTypeOptions = Object.entries(PERSON_FUNCTION_LABELS).map(([value, label]) => ({ value, label }));
  protected readonly canCreate = computed(() => this.session.hasRole('FACHBERATUNG', 'KOORDINATION'));

  protected readonly query = toSignal(this.route.queryParamMap.pipe(map((params) => readListQuery(params, PERSON_FILTER_KEYS))), {
    requireSync: true,
  });
  protected readonly result = signal<ListResult>({ page: null, isLoading: true, error: null });
  protected readonly total = computed(() => this.result().page?.total ?? 0);
  protected readonly hasFilters = computed(() => Object.keys(this.query().filters).length > 0);
  protected readonly hasLinkedFilter = computed(() => LINKED_FILTER_KEYS.some((key) => !!this.query().filters[key]));
  /** What each row shows, prepared once per page. */
  protected readonly rows = computed(() =>
    (this.result().page?.items ?? []).map((person) => ({
      id: person.id,
      name: `${person.lastName}, ${person.firstName}`,
      title: person.title,
      email: person.email,
      functions: person.functions.map(functionSummary),
      privacyNotice: privacyNoticeStatus(person),
      updatedAt: person.updatedAt,
      isArchived: !!person.archivedAt,
    })),
  );

  protected readonly filters = this.fb.group({
    q: [''],
    functionType: [''],
    privacyNoticeDue: [''],
    includeArchived: [false],
  });

  constructor() {
    combineLatest([this.route.queryParamMap, this.reloads.pipe(startWith(null))])
      .pipe(
        map(([params]) => readListQuery(params, PERSON_FILTER_KEYS)),
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
    merge(c.q.valueChanges.pipe(debounceTime(300)), c.functionType.valueChanges, c.privacyNoticeDue.valueChanges, c.includeArchived.valueChanges)
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

  protected removeLinkedFilter(): void {
    const filters = Object.fromEntries(Object.entries(this.query().filters).filter(([key]) => !LINKED_FILTER_KEYS.includes(key)));
    this.navigate({ ...this.query(), page: 1, filters });
  }

  protected retry(): void {
    this.reloads.next();
  }

  private applyFilters(): void {
    const value = this.filters.getRawValue();
    const current = this.query().filters;
    const filters: Record<string, string> = {
      q: value.q.trim(),
      functionType: value.functionType,
      privacyNoticeDue: value.privacyNoticeDue,
      organisationId: current['organisationId'] ?? '',
      allianceId: current['allianceId'] ?? '',
      includeArchived: value.includeArchived ? 'true' : '',
    };
    this.navigate({ ...this.query(), page: 1, filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')) });
  }

  /** The URL is the list's state: the filter fields show it without triggering another navigation. */
  private showFilters(query: ListQuery): void {
    const f = query.filters;
    const typed = this.filters.controls.q.value;
    this.filters.setValue(
      {
        q: typed.trim() === (f['q'] ?? '') ? typed : (f['q'] ?? ''),
        functionType: f['functionType'] ?? '',
        privacyNoticeDue: f['privacyNoticeDue'] === 'true' || f['privacyNoticeDue'] === 'false' ? f['privacyNoticeDue'] : '',
        includeArchived: f['includeArchived'] === 'true',
      },
      { emitEvent: false },
    );
  }

  private navigate(query: ListQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(query) });
  }
}
