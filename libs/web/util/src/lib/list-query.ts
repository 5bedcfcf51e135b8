import { ParamMap, Params } from '@angular/router';

/** The state of a server-side list as it is kept in the URL: page, size, sort and filters. */
export interface ListQuery {
  page: number;
  pageSize: number;
  sort: string | null;
  direction: 'asc' | 'desc';
  filters: Record<string, string>;
}

export const PAGE_SIZE_OPTIONS = [10, 25, 50, 100];

/** Reads a list's state from the URL query; unknown or invalid values fall back to the defaults. */
export function readListQuery(params: ParamMap, filterKeys: readonly string[], defaults: Partial<ListQuery> = {}): ListQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZE_OPTIONS.includes(pageSize) ? pageSize : (defaults.pageSize ?? 25),
    sort: params.get('sort') ?? defaults.sort ?? null,
    direction: params.get('direction') === 'desc' ? 'desc' : params.get('direction') === 'asc' ? 'asc' : (defaults.direction ?? 'asc'),
    filters,
  };
}

/** The URL query for a list state (only non-default values, so URLs stay short). */
export function toQueryParams(query: ListQuery): Params {
  const params: Params = {};
  if (query.page > 1) params['page'] = query.page;
  if (query.pageSize !== 25) params['pageSize'] = query.pageSize;
  if (query.sort) params['sort'] = query.sort;
  if (query.sort) params['direction'] = query.direction;
  for (const [key, value] of Object.entries(query.filters)) if (value) params[key] = value;
  return params;
}

/** The API query for a list state: `page`, `pageSize`, `sort`, `direction` and the filters. */
export function toApiParams(query: ListQuery): Record<string, string> {
  const params: Record<string, string> = {
    page: String(query.page),
    pageSize: String(query.pageSize),
    ...query.filters,
  };
  if (query.sort) {
    params['sort'] = query.sort;
    params['direction'] = query.direction;
  }
  return params;
}
