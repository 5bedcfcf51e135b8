import { EntityManager } from 'typeorm';
import { AccessScope, OutsideScope, SqlCondition, allianceCondition, forbidden } from '@bn/api/core';

export { OutsideScope, answeringOutsideScope, scopedTransaction } from '@bn/api/core';
import { Event } from '@bn/api/data-access-db';
import { eventNotFound } from './event.errors';

/**
 * Row-level scope of events, decided in SQL:
 *  - staff (Fachberatung, Leitung): every event;
 *  - coordinators: events of their own alliances (read and write) and federal events, i.e. events
 *    without an alliance such as those of the Servicebüro or the Ministerium (read only);
 *  - mentors: events linked to their own deployments and federal events (read only).
 * Conditions refer to the event under the alias `event`.
 */
const FALSE: SqlCondition = { sql: 'false', params: {} };

/** Deployments that count for a mentor (the same rule as the core's "assigned" deployments). */
const LIVE_DEPLOYMENT = `scope_deployment.archived_at IS NULL AND scope_deployment.status <> 'STORNIERT'`;

export function eventReadCondition(scope: AccessScope): SqlCondition | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'alliances': {
      const own = allianceCondition(scope, 'event.alliance_id') ?? FALSE;
      return { sql: `(event.alliance_id IS NULL OR ${own.sql})`, params: own.params };
    }
    case 'mentor':
      return {
        sql: `(event.alliance_id IS NULL OR EXISTS (
                 SELECT 1 FROM deployment scope_deployment
                   JOIN deployment_mentor scope_dm ON scope_dm.deployment_id = scope_deployment.id
                  WHERE scope_deployment.event_id = event.id AND scope_dm.mentor_id = :scopeMentorId AND ${LIVE_DEPLOYMENT}))`,
        params: { scopeMentorId: scope.mentorProfileId },
      };
    case 'none':
      return FALSE;
  }
}

/** Events the scope may change: staff all, coordinators those of their own alliances, nobody else. */
export function eventWriteCondition(scope: AccessScope): SqlCondition | null {
  return scope.kind === 'mentor' ? FALSE : allianceCondition(scope, 'event.alliance_id');
}

/**
 * Persons a coordinator may see: those with a function (current or past) in an own alliance or in an
 * organisation that is a non-archived partner of an own alliance. Nobody else outside the staff.
 */
export function visiblePersonCondition(scope: AccessScope, column: string): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return FALSE;
  const partners = visibleOrganisationCondition(scope, 'scope_pf.organisation_id') ?? FALSE;
  const own = allianceCondition(scope, 'scope_pf.alliance_id') ?? FALSE;
  return {
    sql: `EXISTS (SELECT 1 FROM person_function scope_pf WHERE scope_pf.person_id = ${column} AND (${own.sql} OR ${partners.sql}))`,
    params: { ...own.params, ...partners.params },
  };
}

/** Organisations a coordinator may see: the non-archived partners of own alliances. */
export function visibleOrganisationCondition(scope: AccessScope, column: string): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return FALSE;
  const own = allianceCondition(scope, 'scope_partnership.alliance_id') ?? FALSE;
  return {
    sql: `${column} IN (SELECT scope_partnership.organisation_id FROM partnership scope_partnership
                        WHERE scope_partnership.archived_at IS NULL AND ${own.sql})`,
    params: own.params,
  };
}

/**
 * Participant rows (alias `p`) shown with an event. Staff: all. Coordinators: all participants of
 * their own alliances' events; of federal events only the persons and organisations they may see
 * (other alliances' contacts stay hidden). Mentors: none (they see the counts and the speakers).
 */
export function participantCondition(scope: AccessScope): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return FALSE;
  const ownEvent = allianceCondition(scope, 'scope_event.alliance_id') ?? FALSE;
  const person = visiblePersonCondition(scope, 'p.person_id') ?? FALSE;
  const organisation = visibleOrganisationCondition(scope, 'p.organisation_id') ?? FALSE;
  return {
    sql: `(EXISTS (SELECT 1 FROM event scope_event WHERE scope_event.id = p.event_id AND ${ownEvent.sql})
           OR (p.person_id IS NOT NULL AND ${person.sql})
           OR (p.person_id IS NULL AND ${organisation.sql}))`,
    params: { ...ownEvent.params, ...person.params, ...organisation.params },
  };
}

/** Deployments (alias `d`) listed with an event: coordinators those of own alliances, mentors their own. */
export function deploymentCondition(scope: AccessScope): SqlCondition | null {
  if (scope.kind === 'mentor') {
    return {
      sql: `EXISTS (SELECT 1 FROM deployment_mentor scope_dm WHERE scope_dm.deployment_id = d.id AND scope_dm.mentor_id = :scopeMentorId)`,
      params: { scopeMentorId: scope.mentorProfileId },
    };
  }
  return allianceCondition(scope, 'd.alliance_id');
}

/** Runs a raw statement with named parameters (`:name`), as QueryBuilder conditions use them. */
export async function namedQuery<R>(manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<R[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query(query, values);
}



/**
 * Checks the caller's access to an event in one statement (none for staff): unknown → 404; not
 * readable → OutsideScope with 404 (the event's existence is not revealed); readable but `write`
 * needed and not allowed (e.g. a federal event for a coordinator) → OutsideScope with 403. With
 * `write` the row stays locked for the rest of the transaction.
 */
export async function assertEventAccess(manager: EntityManager, id: string, scope: AccessScope, need: 'read' | 'write'): Promise<void> {
  const read = eventReadCondition(scope);
  const write = eventWriteCondition(scope);
  if (!read && (need === 'read' || !write)) return;
  const qb = manager
    .createQueryBuilder(Event, 'event')
    .select(`coalesce((${read?.sql ?? 'true'}), false)`, 'readable')
    .addSelect(`coalesce((${write?.sql ?? 'true'}), false)`, 'writable')
    .where('event.id = :eventId', { eventId: id })
    .setParameters({ ...read?.params, ...write?.params });
  if (need === 'write') qb.setLock('pessimistic_write');
  const row = await qb.getRawOne<{ readable: boolean; writable: boolean }>();
  if (!row) throw eventNotFound();
  if (!row.readable) throw new OutsideScope('Event', id, eventNotFound);
  if (need === 'write' && !row.writable) throw new OutsideScope('Event', id, forbidden);
}
