import { ApiError, toApiError } from '@bn/web/util';
import { Observable, catchError, map, of, startWith } from 'rxjs';

/** What a page knows about a record or list it is fetching. */
export type LoadState<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'error'; error: ApiError };

export const LOADING: LoadState<never> = { kind: 'loading' };

/** Wraps one HTTP read into loading → loaded | error (the error is mapped to the API's German message). */
export function loadState<T>(source: Observable<T>): Observable<LoadState<T>> {
  return source.pipe(
    map((value): LoadState<T> => ({ kind: 'loaded', value })),
    catchError((error: unknown) => of<LoadState<T>>({ kind: 'error', error: toApiError(error) })),
    startWith<LoadState<T>>(LOADING),
  );
}

/** The value of a loaded state, or null. */
export function loadedValue<T>(state: LoadState<T>): T | null {
  return state.kind === 'loaded' ? state.value : null;
}
