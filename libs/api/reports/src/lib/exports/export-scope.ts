import { AccessScope, allianceCondition, SqlCondition } from '@bn/api/core';
import type { ExportList } from '@bn/shared/contracts';

/**
 * Which rows of a raw list a scope may export, as SQL on the list's main alias. Staff (Fachberatung,
 * Leitung) export everything; coordinators the data of their own alliances; mentors their own
 * deployments; everybody else nothing. Built on the core's allianceCondition; the organisation and
 * mentor-deployment rules are those of `organisation-scope.ts` (organisations) and `mentoring-scope.ts`
 * (mentoring), restated here because those libraries do not export them.
 */
const NOTHING: SqlCondition = { sql: 'false', params: {} };

export function exportCondition(list: ExportList, scope: AccessScope): SqlCondition | null {
  switch (list) {
    case 'alliances':
      return ownAlliances(scope, 'a.id');
    case 'events':
      // Own data only: a coordinator's export holds the events of own alliances, not the federal ones.
      return ownAlliances(scope, 'e.alliance_id');
    case 'activities':
      return ownAlliances(scope, 'act.alliance_id');
    case 'organisations':
      return partnerOfOwnAlliance(scope, 'o.id');
    case 'deployments':
      return ownDeployments(scope, 'd');
  }
}

/** Staff: all; coordinators: own alliances; everybody else (mentors included) nothing. */
function ownAlliances(scope: AccessScope, column: string): SqlCondition | null {
  if (scope.kind !== 'all' && scope.kind !== 'alliances') return NOTHING;
  return allianceCondition(scope, column);
}

/** Coordinators: organisations with a non-archived partnership in an own alliance (organisation-scope.ts). */
function partnerOfOwnAlliance(scope: AccessScope, column: string): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return NOTHING;
  const own = allianceCondition(scope, 'scope_p.alliance_id') ?? NOTHING;
  return {
    sql: `EXISTS (SELECT 1 FROM partnership scope_p WHERE scope_p.organisation_id = ${column} AND scope_p.archived_at IS NULL AND ${own.sql})`,
    params: own.params,
  };
}

/** Coordinators: deployments of own alliances; mentors: deployments they belong to (mentoring-scope.ts). */
function ownDeployments(scope: AccessScope, alias: string): SqlCondition | null {
  if (scope.kind === 'mentor') {
    return {
      sql: `EXISTS (SELECT 1 FROM deployment_mentor scope_dm WHERE scope_dm.deployment_id = ${alias}.id AND scope_dm.mentor_id = :scopeMentorId)`,
      params: { scopeMentorId: scope.mentorProfileId },
    };
  }
  return ownAlliances(scope, `${alias}.alliance_id`);
}
