import { DestroyRef, Signal, computed, inject } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup } from '@angular/forms';
import { PageEvent } from '@angular/material/paginator';
import { Sort } from '@angular/material/sort';
import { ActivatedRoute, Router } from '@angular/router';
import { ListQuery, readListQuery, toQueryParams } from '@bn/web/util';
import { Observable, debounceTime, distinctUntilChanged, map, shareReplay } from 'rxjs';

export interface ListDefaults {
  sort: string;
  direction: 'asc' | 'desc';
}

/**
 * A server-side list whose whole state (page, size, sort, filters) lives in the URL query, so reload
 * and back keep it. The filter form mirrors the URL; the search field `q` applies after a pause in
 * typing, the other filters when they change (`applyFilters()` / `setFilter()`).
 */
export class UrlList {
  readonly query$: Observable<ListQuery>;
  readonly query: Signal<ListQuery>;
  readonly filters: FormGroup<Record<string, FormControl<string>>>;
  readonly hasFilters: Signal<boolean>;

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  constructor(
    private readonly filterKeys: readonly string[],
    private readonly defaults: ListDefaults,
  ) {
    this.query$ = this.route.queryParamMap.pipe(
      map((params) => readListQuery(params, filterKeys, defaults)),
      shareReplay({ bufferSize: 1, refCount: true }),
    );
    this.query = toSignal(this.query$, { requireSync: true });
    this.hasFilters = computed(() => Object.keys(this.query().filters).length > 0);
    this.filters = new FormGroup(
      Object.fromEntries(filterKeys.map((key) => [key, new FormControl('', { nonNullable: true })])),
    );
    const destroyed = inject(DestroyRef);
    this.query$.pipe(takeUntilDestroyed(destroyed)).subscribe((query) => {
      const values = Object.fromEntries(filterKeys.map((key) => [key, query.filters[key] ?? '']));
      this.filters.setValue(values, { emitEvent: false });
    });
    this.filters.controls['q']?.valueChanges
      .pipe(debounceTime(350), distinctUntilChanged(), takeUntilDestroyed(destroyed))
      .subscribe(() => this.applyFilters());
  }

  changePage(event: PageEvent): void {
    this.navigate({ ...this.query(), page: event.pageIndex + 1, pageSize: event.pageSize });
  }

  changeSort(sort: Sort): void {
    const direction = sort.direction;
    this.navigate(
      direction === ''
        ? { ...this.query(), page: 1, sort: this.defaults.sort, direction: this.defaults.direction }
        : { ...this.query(), page: 1, sort: sort.active, direction },
    );
  }

  /** Takes the filter form's values into the URL (back to page 1). */
  applyFilters(): void {
    const filters: Record<string, string> = {};
    for (const key of this.filterKeys) {
      const value = this.filters.controls[key]?.value.trim() ?? '';
      if (value) filters[key] = value;
    }
    this.navigate({ ...this.query(), page: 1, filters });
  }

  /** Sets one filter that has no plain text control (dates, toggles). */
  setFilter(key: string, value: string | null): void {
    this.filters.controls[key]?.setValue(value ?? '', { emitEvent: false });
    this.applyFilters();
  }

  resetFilters(): void {
    this.navigate({ ...this.query(), page: 1, filters: {} });
  }

  private navigate(query: ListQuery): void {
    const params = toQueryParams(query);
    if (query.sort === this.defaults.sort && query.direction === this.defaults.direction) {
      delete params['sort'];
      delete params['direction'];
    }
    void this.router.navigate([], { relativeTo: this.route, queryParams: params });
  }
}
