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

/**
 * Filters a list by free text, tolerant of German spellings: every word of the query, folded like
 * the row's `search_key` (bn_fold: "Müller" = "Mueller" = "muller"), must occur in the key. The
 * trigram index on search_key serves these LIKE patterns. (Ranked fuzzy matching is the global
 * search endpoint's job; a list filter stays predictable.)
 */
export function applySearch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, q: string | undefined, alias = qb.alias): void {
  const words = (q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
  words.forEach((word, index) => {
    qb.andWhere(`${alias}.searchKey LIKE '%' || bn_fold(:searchWord${index}) || '%'`, { [`searchWord${index}`]: word.replace(/[\\%_]/g, '\\$&') });
  });
}
