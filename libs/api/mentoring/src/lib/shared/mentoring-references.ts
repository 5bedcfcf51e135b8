import { EntityManager, In, IsNull } from 'typeorm';
import { AccessScope, allianceCondition } from '@bn/api/core';
import { Alliance, Event, Fachgebiet, Gemeinde, Handlungsfeld, MentorProfile, Person } from '@bn/api/data-access-db';
import {
  allianceArchived,
  allianceNotFound,
  eventNotFound,
  fachgebietNotFound,
  gemeindeNotFound,
  handlungsfeldNotFound,
  mentorNotFound,
  personNotFound,
} from './mentoring.errors';
import { personCondition } from './mentoring-scope';

/**
 * Checks of references into other domains' tables (read-only), each one SQL statement, each failing
 * with a 400 that names the field. Run inside the write transaction.
 */

/** The alliance exists and is not archived (an INTERESSENT or IN_GRUENDUNG alliance is fine). */
export async function assertAllianceUsable(manager: EntityManager, allianceId: string): Promise<void> {
  const alliance = await manager.findOne(Alliance, { select: { id: true, archivedAt: true }, where: { id: allianceId } });
  if (!alliance) throw allianceNotFound();
  if (alliance.archivedAt) throw allianceArchived();
}

export async function assertPersonExists(manager: EntityManager, personId: string, field: string): Promise<void> {
  if (!(await manager.existsBy(Person, { id: personId, archivedAt: IsNull() }))) throw personNotFound(field);
}

/**
 * As assertPersonExists; a coordinator may reference only persons of their alliances (personCondition).
 * A person outside the scope is refused like an unknown one.
 */
export async function assertPersonUsable(manager: EntityManager, personId: string, field: string, scope: AccessScope): Promise<void> {
  const condition = personCondition(scope, 'person');
  if (!condition) return assertPersonExists(manager, personId, field);
  const found = await manager
    .createQueryBuilder(Person, 'person')
    .where('person.id = :personId AND person.archivedAt IS NULL', { personId })
    .andWhere(condition.sql, condition.params)
    .getExists();
  if (!found) throw personNotFound(field);
}

/** Every mentor profile exists and is not archived. */
export async function assertMentorsExist(manager: EntityManager, mentorIds: string[], field: string): Promise<void> {
  const unique = [...new Set(mentorIds)];
  if (unique.length === 0) return;
  const found = await manager.countBy(MentorProfile, { id: In(unique), archivedAt: IsNull() });
  if (found !== unique.length) throw mentorNotFound(field);
}

export async function assertFachgebieteExist(manager: EntityManager, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await manager.countBy(Fachgebiet, { code: In(codes) });
  if (found !== new Set(codes).size) throw fachgebietNotFound();
}

export async function assertHandlungsfelderExist(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await manager.countBy(Handlungsfeld, { id: In(ids) });
  if (found !== new Set(ids).size) throw handlungsfeldNotFound();
}

export async function assertEventExists(manager: EntityManager, eventId: string, field: string): Promise<void> {
  if (!(await manager.existsBy(Event, { id: eventId, archivedAt: IsNull() }))) throw eventNotFound(field);
}

/** As assertEventExists; a coordinator may link only events of their alliances (refused like unknown ones). */
export async function assertEventUsable(manager: EntityManager, eventId: string, field: string, scope: AccessScope): Promise<void> {
  const condition = allianceCondition(scope, 'event.alliance_id');
  if (!condition) return assertEventExists(manager, eventId, field);
  const found = await manager
    .createQueryBuilder(Event, 'event')
    .where('event.id = :eventId AND event.archivedAt IS NULL', { eventId })
    .andWhere(condition.sql, condition.params)
    .getExists();
  if (!found) throw eventNotFound(field);
}

export async function assertGemeindeExists(manager: EntityManager, ags: string): Promise<void> {
  if (!(await manager.existsBy(Gemeinde, { ags }))) throw gemeindeNotFound();
}
