import { EntityManager } from 'typeorm';
import { AccessScope, allianceCondition, SqlCondition } from '@bn/api/core';
import { Event, Organisation, Person } from '@bn/api/data-access-db';
import { Requester } from './alliance-access';

/**
 * Which organisations, persons and events a requester may link to an alliance record (partner, representative,
 * signatory, coordination host, event). The Servicebüro may link any existing row; a coordinator only what the
 * scope lets them see, so that a write cannot be used to reach (or to probe) another alliance's data. A row the
 * requester may not link is reported like a missing one.
 */

const FALSE: SqlCondition = { sql: 'false', params: {} };

/** Rows the requesting user created themselves (e.g. an organisation registered right before adding it as partner). */
function createdBy(entityType: string, column: string, userId: string): SqlCondition {
  return {
    sql: `EXISTS (SELECT 1 FROM audit_entry ae WHERE ae.entity_type = :createdType AND ae.entity_id = ${column}
                   AND ae.action = 'CREATE' AND ae.actor_id = :createdBy)`,
    params: { createdType: entityType, createdBy: userId },
  };
}

/** Organisations that are (non-archived) partners of an alliance in the scope. */
function partnerOfScope(scope: AccessScope, column: string): SqlCondition {
  const condition = allianceCondition(scope, 'sp.alliance_id', 'partner') ?? { sql: 'true', params: {} };
  return {
    sql: `EXISTS (SELECT 1 FROM partnership sp WHERE sp.organisation_id = ${column} AND sp.archived_at IS NULL AND ${condition.sql})`,
    params: condition.params,
  };
}

/**
 * Staff: any organisation. Coordinators: partners of their own alliances, and organisations they registered
 * themselves (a freshly created organisation is not a partner yet; adding it as partner is what makes it visible).
 */
export async function organisationSelectable(manager: EntityManager, requester: Requester, organisationId: string): Promise<boolean> {
  const qb = manager.getRepository(Organisation).createQueryBuilder('o').where('o.id = :organisationId', { organisationId });
  if (requester.scope.kind !== 'all') {
    const partner = requester.scope.kind === 'alliances' ? partnerOfScope(requester.scope, 'o.id') : FALSE;
    const own = createdBy('Organisation', 'o.id', requester.userId);
    qb.andWhere(`(${partner.sql} OR ${own.sql})`, { ...partner.params, ...own.params });
  }
  return qb.getExists();
}

/**
 * Staff: any person. Coordinators: persons with a function in an own alliance or in a partner organisation of
 * an own alliance (the coordinators' view of the person register), and persons they registered themselves.
 */
export async function personSelectable(manager: EntityManager, requester: Requester, personId: string): Promise<boolean> {
  const qb = manager.getRepository(Person).createQueryBuilder('p').where('p.id = :personId', { personId });
  if (requester.scope.kind !== 'all') {
    const inAlliance = allianceCondition(requester.scope, 'pf.alliance_id', 'fn') ?? FALSE;
    const partner = requester.scope.kind === 'alliances' ? partnerOfScope(requester.scope, 'pf.organisation_id') : FALSE;
    const own = createdBy('Person', 'p.id', requester.userId);
    qb.andWhere(
      `(EXISTS (SELECT 1 FROM person_function pf WHERE pf.person_id = p.id AND (${inAlliance.sql} OR ${partner.sql})) OR ${own.sql})`,
      { ...inAlliance.params, ...partner.params, ...own.params },
    );
  }
  return qb.getExists();
}

/** Staff: any event. Coordinators: events of their own alliances. */
export async function eventSelectable(manager: EntityManager, scope: AccessScope, eventId: string): Promise<boolean> {
  const qb = manager.getRepository(Event).createQueryBuilder('e').where('e.id = :eventId', { eventId });
  const condition = scope.kind === 'all' ? null : scope.kind === 'alliances' ? allianceCondition(scope, 'e.alliance_id', 'event') : FALSE;
  if (condition) qb.andWhere(condition.sql, condition.params);
  return qb.getExists();
}
