import { AccessScope, allianceCondition, SqlCondition } from '@bn/api/core';
import { SearchType } from '@bn/shared/contracts';

/** The scope of one search type: conditions on the hits (and, for persons, on the function shown). */
export interface TypeScope {
  /** Extra condition on the hits; null: unrestricted. */
  hits: SqlCondition | null;
  /** Persons: which function may name its organisation or alliance in the subtitle; null: any. */
  functions?: SqlCondition | null;
}

/** What a scope may find, per type; a type without an entry finds nothing (no query runs). */
export type SearchScope = Partial<Record<SearchType, TypeScope>>;

/**
 * Mentors in the public gallery (aliases m, p; archived rows are excluded by the base query): active,
 * published, with an active GALERIE consent of the person.
 */
const GALLERY_SQL = `m.status = 'AKTIV' AND m.gallery_published
  AND EXISTS (SELECT 1 FROM consent gc
               WHERE gc.person_id = m.person_id AND gc.purpose = 'GALERIE' AND gc.granted_on <= current_date
                 AND (gc.withdrawn_on IS NULL OR gc.withdrawn_on > current_date))`;

/** Current partner organisations of the scope's alliances (a sub-select of organisation ids). */
function partnerOrganisations(scope: AccessScope): string {
  const own = allianceCondition(scope, 'sp.alliance_id');
  return `(SELECT sp.organisation_id FROM partnership sp WHERE sp.archived_at IS NULL AND ${own ? own.sql : 'true'})`;
}

/**
 * Which records the global search may return, in SQL:
 *  - staff: everything;
 *  - coordinators: their alliances; organisations that are current partners of them; persons with a
 *    function in them or in such a partner organisation (the subtitle names only such a function);
 *    mentors of the public gallery;
 *  - mentors: the alliances of their deployments, nothing else;
 *  - everybody else: nothing.
 */
export function searchScopeOf(scope: AccessScope): SearchScope {
  switch (scope.kind) {
    case 'all':
      return { alliance: { hits: null }, organisation: { hits: null }, person: { hits: null, functions: null }, mentor: { hits: null } };
    case 'alliances': {
      const params = { scopeAllianceIds: scope.allianceIds };
      const own = allianceCondition(scope, 'a.id');
      const inScopeFunction = (alias: string): string =>
        `(${allianceCondition(scope, `${alias}.alliance_id`)?.sql ?? 'true'} OR ${alias}.organisation_id IN ${partnerOrganisations(scope)})`;
      return {
        alliance: { hits: own },
        organisation: { hits: { sql: `o.id IN ${partnerOrganisations(scope)}`, params } },
        person: {
          hits: { sql: `EXISTS (SELECT 1 FROM person_function spf WHERE spf.person_id = p.id AND ${inScopeFunction('spf')})`, params },
          functions: { sql: inScopeFunction('pf'), params },
        },
        mentor: { hits: { sql: GALLERY_SQL, params: {} } },
      };
    }
    case 'mentor':
      return { alliance: { hits: allianceCondition(scope, 'a.id') } };
    default:
      return {};
  }
}
