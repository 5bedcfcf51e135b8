import { SearchType } from '@bn/shared/contracts';
import { rankedHits } from './search-ranking.sql';
import { TypeScope } from './search-scope';

/** Columns every query returns; each type adds the columns of its subtitle. */
export interface HitRow {
  id: string;
  tier: number;
  similarity: number;
  /** count(*) arrives as a string (bigint). */
  total: string;
  title: string;
}

export interface AllianceHitRow extends HitRow {
  status: string;
  kreis_name: string | null;
  kreis_designation: string | null;
  land_abbreviation: string;
}

export interface OrganisationHitRow extends HitRow {
  sector: string;
  place: string | null;
}

export interface PersonHitRow extends HitRow {
  email: string | null;
  function_type: string | null;
  function_target: string | null;
}

export interface MentorHitRow extends HitRow {
  status: string;
  home_land: string | null;
  regions: string | null;
}

/** `base AND (scope condition)`; unrestricted scopes add nothing. */
function scoped(base: string, condition: { sql: string } | null | undefined): string {
  return condition ? `${base} AND (${condition.sql})` : base;
}

const allianceSql = (scope: TypeScope): string => `
  WITH hits AS (${rankedHits({
    from: 'alliance a',
    id: 'a.id',
    where: scoped('a.archived_at IS NULL', scope.hits),
    columns: {
      searchKey: 'a.search_key',
      exactAlso: ['bn_fold(a.name)', 'bn_fold(a.short_name)'],
    },
    tieBreak: 'a.name',
  })})
  SELECT h.id, h.tier, h.similarity, h.total, a.name AS title, a.status,
         k.name AS kreis_name, k.designation AS kreis_designation, l.abbreviation AS land_abbreviation
    FROM hits h
    JOIN alliance a ON a.id = h.id
    JOIN land l ON l.code = a.land_code
    LEFT JOIN kreis k ON k.ags = a.kreis_ags
   ORDER BY h.tier, h.similarity DESC, a.name, a.id`;

const organisationSql = (scope: TypeScope): string => `
  WITH hits AS (${rankedHits({
    from: 'organisation o',
    id: 'o.id',
    where: scoped('o.archived_at IS NULL', scope.hits),
    columns: { searchKey: 'o.search_key' },
    tieBreak: 'o.name',
  })})
  SELECT h.id, h.tier, h.similarity, h.total, o.name AS title, o.sector, coalesce(o.city, g.name) AS place
    FROM hits h
    JOIN organisation o ON o.id = h.id
    LEFT JOIN gemeinde g ON g.ags = o.gemeinde_ags
   ORDER BY h.tier, h.similarity DESC, o.name, o.id`;

/** Persons are found by "first last" (search_key); a last name is a word start; "last first" is similar. */
const PERSON_COLUMNS = { searchKey: 'p.search_key' };

/** The subtitle names the person's first current function (within the scope, if restricted). */
const personSql = (scope: TypeScope): string => `
  WITH hits AS (${rankedHits({
    from: 'person p',
    id: 'p.id',
    where: scoped('p.archived_at IS NULL', scope.hits),
    columns: PERSON_COLUMNS,
    tieBreak: 'p.last_name, p.first_name',
  })})
  SELECT h.id, h.tier, h.similarity, h.total, concat_ws(' ', p.title, p.first_name, p.last_name) AS title, p.email,
         f.function_type, f.function_target
    FROM hits h
    JOIN person p ON p.id = h.id
    LEFT JOIN LATERAL (
      SELECT pf.function_type, coalesce(o.name, a.name) AS function_target
        FROM person_function pf
        LEFT JOIN organisation o ON o.id = pf.organisation_id
        LEFT JOIN alliance a ON a.id = pf.alliance_id
       WHERE ${scoped('pf.person_id = p.id AND (pf.valid_until IS NULL OR pf.valid_until >= CURRENT_DATE)', scope.functions)}
       ORDER BY pf.valid_from DESC NULLS LAST, pf.created_at, pf.id
       LIMIT 1
    ) f ON TRUE
   ORDER BY h.tier, h.similarity DESC, p.last_name, p.first_name, p.id`;

/** Mentors are found by their person's name. */
const mentorSql = (scope: TypeScope): string => `
  WITH hits AS (${rankedHits({
    from: 'mentor_profile m JOIN person p ON p.id = m.person_id',
    id: 'm.id',
    where: scoped('m.archived_at IS NULL AND p.archived_at IS NULL', scope.hits),
    columns: PERSON_COLUMNS,
    tieBreak: 'p.last_name, p.first_name',
  })})
  SELECT h.id, h.tier, h.similarity, h.total, concat_ws(' ', p.title, p.first_name, p.last_name) AS title, m.status,
         hl.abbreviation AS home_land, r.regions
    FROM hits h
    JOIN mentor_profile m ON m.id = h.id
    JOIN person p ON p.id = m.person_id
    LEFT JOIN gemeinde g ON g.ags = m.home_gemeinde_ags
    LEFT JOIN land hl ON hl.code = g.land_code
    LEFT JOIN LATERAL (
      SELECT string_agg(rl.abbreviation, ', ' ORDER BY rl.abbreviation) AS regions
        FROM mentor_region mr
        JOIN land rl ON rl.code = mr.land_code
       WHERE mr.mentor_id = m.id
    ) r ON TRUE
   ORDER BY h.tier, h.similarity DESC, p.last_name, p.first_name, m.id`;

/**
 * One SQL statement per type, restricted to the scope; named parameters: `:term`, `:limit` and the
 * scope's parameters.
 */
export const SEARCH_SQL: Readonly<Record<SearchType, (scope: TypeScope) => string>> = {
  alliance: allianceSql,
  organisation: organisationSql,
  person: personSql,
  mentor: mentorSql,
};
