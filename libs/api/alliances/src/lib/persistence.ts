import { EntityManager, IsNull, QueryFailedError } from 'typeorm';
import { VersionedTarget } from '@bn/api/core';
import { Alliance, Declaration, Partnership } from '@bn/api/data-access-db';
import { allianceNotFound } from './alliance.errors';
import { partnershipNotFound } from './partnership.errors';
import { declarationNotFound } from './declaration.errors';

export const ALLIANCE_TARGET: VersionedTarget<Alliance> = { entity: Alliance, entityType: 'Alliance', notFound: allianceNotFound };
export const PARTNERSHIP_TARGET: VersionedTarget<Partnership> = {
  entity: Partnership,
  entityType: 'Partnership',
  notFound: partnershipNotFound,
};
export const DECLARATION_TARGET: VersionedTarget<Declaration> = {
  entity: Declaration,
  entityType: 'Declaration',
  notFound: declarationNotFound,
};
export const SIGNATURE_ENTITY_TYPE = 'Signature';
export const SIGNATURE_UNIQUE = 'uq_signature_declaration_organisation';
export const PARTNERSHIP_UNIQUE = 'uq_partnership_active';

/** Child resources may only be written while their alliance exists and is not archived. */
export async function requireActiveAlliance(manager: EntityManager, allianceId: string): Promise<void> {
  if (!(await manager.existsBy(Alliance, { id: allianceId, archivedAt: IsNull() }))) throw allianceNotFound();
}

/** True when PostgreSQL refused the write because of the named unique index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; constraint?: unknown };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

/** "Dr. Erika Musterfrau" from a person's name parts. */
export function personName(person: { title?: string | null; firstName: string; lastName: string } | null | undefined): string | null {
  if (!person) return null;
  return [person.title, person.firstName, person.lastName].filter((part) => !!part).join(' ');
}
