import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, ListQueryDto, Page } from '@bn/shared/contracts';

/**
 * Applies sorting (whitelisted column expression + id as tie-breaker) and offset pagination, and
 * returns the page with its total: two SQL statements whatever the page size.
 */
export async function fetchPage<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto,
  sortExpression: string,
  toDto: (entity: T) => R,
): Promise<{ page: Page<R>; entities: T[] }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const total = await qb.clone().orderBy().getCount();
  const entities = await qb
    .orderBy(sortExpression, direction, 'NULLS LAST')
    .addOrderBy(`${qb.alias}.id`, direction)
    .offset((page - 1) * pageSize)
    .limit(pageSize)
    .getMany();
  return { page: { items: entities.map(toDto), total, page, pageSize }, entities };
}

/** Adds a German-spelling-tolerant search over the row's folded `search_key` column. */
export function applySearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: string | undefined): void {
  const term = q?.trim();
  if (!term) {
    return;
  }
  qb.andWhere(`(${qb.alias}.searchKey LIKE '%' || bn_fold(:searchTerm) || '%' OR ${qb.alias}.searchKey % bn_fold(:searchTerm))`, {
    searchTerm: term,
  });
}
