import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PAGE_SIZE, LIST_TOTAL_CAP, ListQueryDto, Page } from '@bn/shared/contracts';
import { invalidField } from '../errors/domain-error';

/** Keyset paging for one sort column: where the page starts and how to read the next cursor. */
export interface KeysetOptions<T> {
  /** The cursor the client sent (`after`), or undefined for offset paging. */
  after: string | undefined;
  /** The sort column's value of a row, for the next cursor. The column must be NOT NULL. */
  valueOf: (entity: T) => string | number;
}

/**
 * Applies sorting (whitelisted column expression + id as tie-breaker) and pagination, and returns the
 * page with its total: two SQL statements whatever the page size.
 *
 * - The total is counted up to LIST_TOTAL_CAP rows (`totalCapped` beyond), so a page of a list with
 *   80,000 rows does not count all of them on every request.
 * - With `keyset`, the page starts after the row named by the cursor (`(sort, id) < (value, id)`), so a
 *   deep page costs the same as the first; without a cursor it starts at the page's offset.
 */
export async function fetchPage<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  query: ListQueryDto,
  sortExpression: string,
  toDto: (entity: T) => R,
  keyset?: KeysetOptions<T>,
): Promise<{ page: Page<R>; entities: T[] }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const direction = query.direction === 'desc' ? 'DESC' : 'ASC';
  const { total, capped } = await cappedCount(qb);
  const paged = qb.orderBy(sortExpression, direction, 'NULLS LAST').addOrderBy(`${qb.alias}.id`, direction).limit(pageSize);
  if (keyset?.after !== undefined) {
    const [value, id] = decodeCursor(keyset.after);
    paged.andWhere(`(${sortExpression}, ${qb.alias}.id) ${direction === 'DESC' ? '<' : '>'} (:keysetValue, :keysetId)`, {
      keysetValue: value,
      keysetId: id,
    });
  } else {
    paged.offset((page - 1) * pageSize);
  }
  const entities = await paged.getMany();
  const result: Page<R> = { items: entities.map(toDto), total, page, pageSize };
  if (capped) result.totalCapped = true;
  if (keyset) {
    const last = entities[entities.length - 1];
    result.nextCursor = last && entities.length === pageSize ? encodeCursor(keyset.valueOf(last), String(last['id'])) : null;
  }
  return { page: result, entities };
}

/** COUNT over at most LIST_TOTAL_CAP + 1 matching rows: one statement. */
async function cappedCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<{ total: number; capped: boolean }> {
  const hasJoins = qb.expressionMap.joinAttributes.length > 0;
  const rows = qb
    .clone()
    .orderBy()
    // Joins can repeat a row; then count distinct ids (what TypeORM's getCount does).
    .select(hasJoins ? `DISTINCT ${qb.alias}.id` : '1')
    .limit(LIST_TOTAL_CAP + 1);
  const [sql, parameters] = rows.getQueryAndParameters();
  const [{ cnt }] = (await qb.connection.query(`SELECT count(*)::int AS "cnt" FROM (${sql}) "capped"`, parameters)) as { cnt: number }[];
  return cnt > LIST_TOTAL_CAP ? { total: LIST_TOTAL_CAP, capped: true } : { total: cnt, capped: false };
}

export function encodeCursor(value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([value, id]), 'utf8').toString('base64url');
}

/** The cursor's sort value and id; a cursor that was not made by encodeCursor is a 400. */
export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the 400 below
  }
  throw invalidField('INVALID_CURSOR', 'after', 'Ist kein gültiger Blätter-Cursor. Bitte laden Sie die Liste neu.');
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
