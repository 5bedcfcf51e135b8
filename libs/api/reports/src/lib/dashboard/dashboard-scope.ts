import { AccessScope, allianceCondition, Principal, scopeOf, SqlCondition } from '@bn/api/core';

/**
 * Who counts what on the dashboard and the map. The ministry reads aggregates of the whole initiative
 * (domain-research §3.2: "Ministerium R"), so it counts like the staff; coordinators count their own
 * alliances, mentors the alliances and deployments they are assigned to (AccessScope 'mentor').
 * Administration has no route here at all.
 */
export function dashboardScopeOf(principal: Principal): AccessScope {
  return principal.role === 'MINISTERIUM' ? { kind: 'all' } : scopeOf(principal);
}

const TRUE: SqlCondition = { sql: 'true', params: {} };

/** Alliances (alias with an `id` column) the scope may count. */
export function visibleAlliances(scope: AccessScope, column: string): SqlCondition {
  return allianceCondition(scope, column) ?? TRUE;
}

/** Deployments (alias `d`): staff all; coordinators those of their alliances; mentors those they belong to. */
export function visibleDeployments(scope: AccessScope, alias: string): SqlCondition {
  if (scope.kind === 'mentor') {
    return {
      sql: `EXISTS (SELECT 1 FROM deployment_mentor sdm WHERE sdm.deployment_id = ${alias}.id AND sdm.mentor_id = :scopeMentorId)`,
      params: { scopeMentorId: scope.mentorProfileId },
    };
  }
  return allianceCondition(scope, `${alias}.alliance_id`) ?? TRUE;
}

/**
 * Requests: staff all; coordinators those of their alliances; mentors those offered to them or that
 * one of their deployments came from — the same rule as the request list (mentoring-scope.ts).
 */
export function visibleRequests(scope: AccessScope, alias: string): SqlCondition {
  if (scope.kind === 'mentor') {
    return {
      sql: `(EXISTS (SELECT 1 FROM match_proposal smp
                      WHERE smp.request_id = ${alias}.id AND smp.mentor_id = :scopeMentorId
                        AND smp.response IN ('ANGEFRAGT', 'ZUGESAGT', 'ABGELEHNT'))
             OR EXISTS (SELECT 1 FROM deployment smd JOIN deployment_mentor smdm ON smdm.deployment_id = smd.id
                         WHERE smd.request_id = ${alias}.id AND smdm.mentor_id = :scopeMentorId AND smd.archived_at IS NULL))`,
      params: { scopeMentorId: scope.mentorProfileId },
    };
  }
  return allianceCondition(scope, `${alias}.alliance_id`) ?? TRUE;
}
