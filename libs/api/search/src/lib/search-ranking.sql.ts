/**
 * SQL fragments of the German-tolerant ranking shared by every search query. The search term is
 * the named parameter `:term` and the limit `:limit` (turned into positional parameters together with
 * the scope's parameters, see SearchService); the term is folded in SQL with `bn_fold` (the same folding as the stored `search_key`
 * columns), so "Müller", "Mueller", "muller" and "MÜLLER" all meet, as do "Straße" and "strasse".
 */

/** The folded search term. */
export const KEY = 'bn_fold(:term)';

/** The folded term with LIKE wildcards escaped, so "%" and "_" in a query match literally. */
export const PATTERN = String.raw`replace(replace(replace(bn_fold(:term), '\', '\\'), '%', '\%'), '_', '\_')`;

export interface RankedColumns {
  /** The trigram-indexed, generated search_key column, e.g. `o.search_key`. */
  searchKey: string;
  /** Further folded expressions whose exact match counts as exact (e.g. an alliance's short name). */
  exactAlso?: string[];
}

export interface Ranking {
  /** WHERE condition: contains (covers exact and prefix) or trigram similarity; both use the GIN index. */
  match: string;
  /** 0 exact, 1 prefix, 2 a word starts with the term, 3 contains, 4 similar only. */
  tier: string;
  /** Trigram similarity of the key and the folded term. */
  similarity: string;
}

/** The number of tiers above "similar only"; an item's score is `TIERS - tier + similarity`. */
export const TIERS = 4;

export function ranking(columns: RankedColumns): Ranking {
  const key = columns.searchKey;
  const exact = [key, ...(columns.exactAlso ?? [])]
    .map((expr) => `${expr} = ${KEY}`)
    .join(' OR ');
  const contains = `${key} LIKE '%' || ${PATTERN} || '%'`;
  return {
    match: `(${contains} OR ${key} % ${KEY})`,
    tier: `CASE
        WHEN ${exact} THEN 0
        WHEN ${key} LIKE ${PATTERN} || '%' THEN 1
        WHEN ${key} LIKE '% ' || ${PATTERN} || '%' OR ${key} LIKE '%-' || ${PATTERN} || '%' THEN 2
        WHEN ${contains} THEN 3
        ELSE 4
      END`,
    similarity: `similarity(${key}, ${KEY})`,
  };
}

export interface HitsSource {
  /** FROM clause with aliases, e.g. `organisation o` or `mentor_profile m JOIN person p ON p.id = m.person_id`. */
  from: string;
  /** The id column of a hit, e.g. `o.id`. */
  id: string;
  /** Filters besides the match, e.g. `o.archived_at IS NULL` (and the caller's scope). */
  where: string;
  columns: RankedColumns;
  /** Ties are broken by name, e.g. `o.name`. */
  tieBreak: string;
}

/**
 * The body of a `hits` CTE: the matching ids of one type with tier, similarity and the total number
 * of matches, ordered (exact > prefix > word start > contains > similar, then similarity, then name) and limited
 * to `:limit`. The caller joins the display columns to these few rows.
 */
export function rankedHits(source: HitsSource): string {
  const rank = ranking(source.columns);
  return `SELECT ${source.id} AS id, ${rank.tier} AS tier, ${rank.similarity} AS similarity, count(*) OVER () AS total
      FROM ${source.from}
     WHERE ${source.where} AND ${rank.match}
     ORDER BY 2, 3 DESC, ${source.tieBreak}, ${source.id}
     LIMIT :limit`;
}
