import { AccessScope, allianceCondition, SqlCondition } from '@bn/api/core';

/**
 * Which mentoring records a scope may see, as SQL conditions on a table alias. They use column
 * names (snake_case), so they work in raw SQL as well as in a QueryBuilder (whose alias they name).
 * The mentor's profile id is the parameter `scopeMentorId`.
 */

/** Offers that have been sent to the mentor (a mere VORGESCHLAGEN proposal is internal to the Fachberatung). */
export const OFFERED_RESPONSES = `('ANGEFRAGT', 'ZUGESAGT', 'ABGELEHNT')`;

const MENTOR_OWN_DEPLOYMENT_OF_REQUEST = (alias: string): string =>
  `EXISTS (SELECT 1 FROM deployment smd JOIN deployment_mentor smdm ON smdm.deployment_id = smd.id
            WHERE smd.request_id = ${alias}.id AND smdm.mentor_id = :scopeMentorId AND smd.archived_at IS NULL)`;

/** A mentor sees a request offered to them, or one that an own deployment came from. */
export function mentorSeesRequest(alias: string): string {
  return `(EXISTS (SELECT 1 FROM match_proposal smp
                    WHERE smp.request_id = ${alias}.id AND smp.mentor_id = :scopeMentorId AND smp.response IN ${OFFERED_RESPONSES})
           OR ${MENTOR_OWN_DEPLOYMENT_OF_REQUEST(alias)})`;
}

/**
 * A mentor sees the alliance (name, requester) of a request only after accepting the offer or once an
 * own deployment came from it; before that the request shows no alliance details.
 */
export function mentorSeesRequestAlliance(alias: string): string {
  return `(EXISTS (SELECT 1 FROM match_proposal sap
                    WHERE sap.request_id = ${alias}.id AND sap.mentor_id = :scopeMentorId AND sap.response = 'ZUGESAGT')
           OR ${MENTOR_OWN_DEPLOYMENT_OF_REQUEST(alias)})`;
}

/** Requests: staff all; coordinators those of their alliances; mentors their offers and own deployments' requests. */
export function requestCondition(scope: AccessScope, alias = 'request'): SqlCondition | null {
  if (scope.kind === 'mentor') return { sql: mentorSeesRequest(alias), params: { scopeMentorId: scope.mentorProfileId } };
  return allianceCondition(scope, `${alias}.alliance_id`);
}

/** Deployments: staff all; coordinators those of their alliances; mentors those they belong to. */
export function deploymentCondition(scope: AccessScope, alias = 'deployment'): SqlCondition | null {
  if (scope.kind === 'mentor') {
    return {
      sql: `EXISTS (SELECT 1 FROM deployment_mentor sdm WHERE sdm.deployment_id = ${alias}.id AND sdm.mentor_id = :scopeMentorId)`,
      params: { scopeMentorId: scope.mentorProfileId },
    };
  }
  return allianceCondition(scope, `${alias}.alliance_id`);
}

/** Proposals: staff all; a mentor the offers sent to them; nobody else. */
export function proposalCondition(scope: AccessScope, alias = 'proposal'): SqlCondition | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'mentor':
      return {
        sql: `(${alias}.mentor_id = :scopeMentorId AND ${alias}.response IN ${OFFERED_RESPONSES})`,
        params: { scopeMentorId: scope.mentorProfileId },
      };
    default:
      return { sql: 'false', params: {} };
  }
}

/**
 * Persons a coordinator may reference (alias of person): those with a function in one of their
 * alliances or in a current partner organisation of one of them. Null for staff.
 */
export function personCondition(scope: AccessScope, alias = 'p'): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return { sql: 'false', params: {} };
  return {
    sql: `EXISTS (SELECT 1 FROM person_function spf
                   WHERE spf.person_id = ${alias}.id
                     AND (spf.alliance_id = ANY(:scopeAllianceIds)
                          OR spf.organisation_id IN (SELECT spa.organisation_id FROM partnership spa
                                                      WHERE spa.alliance_id = ANY(:scopeAllianceIds) AND spa.archived_at IS NULL)))`,
    params: { scopeAllianceIds: scope.allianceIds },
  };
}
