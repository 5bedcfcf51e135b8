import { EnumField, QueryIntField, TextField, VersionField } from './validation';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

/** Query parameters shared by every list: page, page size (capped), direction, free-text search. */
export class ListQueryDto {
  @QueryIntField(1, 100000)
  page?: number;

  @QueryIntField(1, MAX_PAGE_SIZE)
  pageSize?: number;

  @EnumField(SORT_DIRECTIONS, { optional: true })
  direction?: SortDirection;

  @TextField(100, { optional: true })
  q?: string;
}

/**
 * One page of a list, with the total number of matching rows. Totals above LIST_TOTAL_CAP are not
 * counted: then `total` is LIST_TOTAL_CAP and `totalCapped` is true ("mehr als 10.000").
 */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  totalCapped?: boolean;
  /** Lists that support keyset paging: pass as `after` to get the page after this one (null on the last page). */
  nextCursor?: string | null;
}

/** Archive (soft delete) needs the version the client read. */
export class VersionDto {
  @VersionField()
  version!: number;
}
