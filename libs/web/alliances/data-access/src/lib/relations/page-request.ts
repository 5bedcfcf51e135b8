import { HttpParams } from '@angular/common/http';

/** One page of a list shown in a tab of the alliance page: page (1-based), size and server-side sort. */
export interface PageRequest {
  page: number;
  pageSize: number;
  sort?: string | null;
  direction?: 'asc' | 'desc';
}

type ParamValue = string | number | boolean | null | undefined;

/** Query parameters without the empty ones (the API treats an absent filter as "any"). */
export function queryParams(values: Record<string, ParamValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    params = params.set(key, String(value));
  }
  return params;
}

/** The API parameters of a page request (sort and direction only when a sort is chosen). */
export function pageParams(request: PageRequest): Record<string, ParamValue> {
  return {
    page: request.page,
    pageSize: request.pageSize,
    sort: request.sort ?? undefined,
    direction: request.sort ? (request.direction ?? 'asc') : undefined,
  };
}

export function idPath(id: string): string {
  return encodeURIComponent(id);
}
