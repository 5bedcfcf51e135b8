import { DestroyRef, WritableSignal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { PageEvent } from '@angular/material/paginator';
import { Sort, SortDirection } from '@angular/material/sort';
import type { Page } from '@bn/shared/contracts';
import type { PageRequest } from '@bn/web/alliances/data-access';
import { ApiError, toApiError } from '@bn/web/util';
import { Observable, catchError, filter, map, of, switchMap } from 'rxjs';

export interface PagedView<T> {
  isLoading: boolean;
  items: T[];
  total: number;
  error: ApiError | null;
}

export interface PagedTableOptions<T, K> {
  /** What the list depends on (usually the alliance id); null when the user may not read the list. */
  key: () => K | null;
  fetch: (key: K, request: PageRequest) => Observable<Page<T>>;
  sort: string;
  direction: 'asc' | 'desc';
  pageSize?: number;
}

export const TAB_PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

/**
 * State of a server-side paged and sorted table inside a tab: page, size and sort as signals, the rows of
 * the current page as a view (the previous rows stay visible while the next page loads). When the key
 * (alliance, filters) changes, the table goes back to the first page. Create it in a field initializer (it
 * needs the injection context).
 */
export class PagedTable<T, K = string> {
  readonly pageIndex = signal(0);
  readonly pageSize: WritableSignal<number>;
  readonly sortActive: WritableSignal<string>;
  readonly sortDirection: WritableSignal<SortDirection>;
  readonly view = signal<PagedView<T>>({ isLoading: true, items: [], total: 0, error: null });
  private readonly reloads = signal(0);

  private readonly options: PagedTableOptions<T, K>;

  constructor(options: PagedTableOptions<T, K>) {
    this.options = options;
    this.pageSize = signal(options.pageSize ?? 10);
    this.sortActive = signal(options.sort);
    this.sortDirection = signal<SortDirection>(options.direction);
    const trigger = computed(() => ({
      key: options.key(),
      request: {
        page: this.pageIndex() + 1,
        pageSize: this.pageSize(),
        sort: this.sortActive(),
        direction: this.sortDirection() === 'desc' ? 'desc' : 'asc',
      } satisfies PageRequest,
      reload: this.reloads(),
    }));
    let lastKey: string | undefined;
    toObservable(trigger)
      .pipe(
        // a new filter starts again on the first page
        filter(({ key }) => {
          const keyText = JSON.stringify(key);
          const isNewKey = lastKey !== undefined && keyText !== lastKey;
          lastKey = keyText;
          if (isNewKey && this.pageIndex() !== 0) {
            this.pageIndex.set(0);
            return false;
          }
          return true;
        }),
        switchMap(({ key, request }) => (key === null ? of(null) : this.load(key, request))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((view) => this.show(view));
  }

  changePage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  /** A cleared sort falls back to the default order. */
  changeSort(sort: Sort): void {
    this.sortActive.set(sort.direction ? sort.active : this.options.sort);
    this.sortDirection.set(sort.direction ? sort.direction : this.options.direction);
    this.pageIndex.set(0);
  }

  /** Loads the current page again (after a change or to retry). */
  reload(): void {
    this.reloads.update((n) => n + 1);
  }

  private load(key: K, request: PageRequest): Observable<PagedView<T>> {
    this.view.update((view) => ({ ...view, isLoading: true, error: null }));
    return this.options.fetch(key, request).pipe(
      map((page): PagedView<T> => ({ isLoading: false, items: page.items, total: page.total, error: null })),
      catchError((error: unknown) => of<PagedView<T>>({ ...this.view(), isLoading: false, error: toApiError(error) })),
    );
  }

  private show(view: PagedView<T> | null): void {
    if (view === null) {
      this.view.set({ isLoading: false, items: [], total: 0, error: null });
      return;
    }
    // the last row of the last page was removed: show the page before
    if (view.items.length === 0 && view.total > 0 && this.pageIndex() > 0) {
      this.pageIndex.set(Math.max(0, Math.ceil(view.total / this.pageSize()) - 1));
      return;
    }
    this.view.set(view);
  }
}
