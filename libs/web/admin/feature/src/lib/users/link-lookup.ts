import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { LinkOption } from '@bn/web/admin/data-access';
import { toApiError } from '@bn/web/util';
import { Observable, catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

export interface LookupView {
  status: 'idle' | 'loading' | 'done' | 'forbidden' | 'failed';
  items: LinkOption[];
}

const IDLE: LookupView = { status: 'idle', items: [] };

/**
 * Options for a picker while the user types (from two characters, debounced). A 403 is kept apart:
 * some roles may manage accounts but not read alliances or Mentorprofile. Call in an injection context.
 */
export function lookupOptions(term: Signal<string>, search: (q: string) => Observable<LinkOption[]>): Signal<LookupView> {
  return toSignal(
    toObservable(term).pipe(
      map((value) => value.trim()),
      debounceTime(250),
      distinctUntilChanged(),
      switchMap((q) =>
        q.length < 2
          ? of(IDLE)
          : search(q).pipe(
              map((items): LookupView => ({ status: 'done', items })),
              startWith<LookupView>({ status: 'loading', items: [] }),
              catchError((error: unknown) => of<LookupView>({ status: toApiError(error).status === 403 ? 'forbidden' : 'failed', items: [] })),
            ),
      ),
    ),
    { initialValue: IDLE },
  );
}
