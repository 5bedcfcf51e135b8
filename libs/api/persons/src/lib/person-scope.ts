import { EntityManager } from 'typeorm';
import { AccessScope, OutsideScope, SqlCondition, allianceCondition } from '@bn/api/core';

export { OutsideScope, answeringOutsideScope, scopedTransaction } from '@bn/api/core';
import { Person, PersonFunction } from '@bn/api/data-access-db';
import { personFunctionNotFound, personNotFound } from './person.errors';

/**
 * Row-level scope of persons, decided in SQL:
 *  - staff (Fachberatung, Leitung): every person;
 *  - coordinators: persons with a function (current or past) in one of their alliances or in an
 *    organisation that is a non-archived partner of one of their alliances; of those persons they
 *    see (and manage) only the functions within that same reach, so other alliances' affiliations
 *    stay hidden;
 *  - everybody else: nobody (mentors get coordinator contacts through the alliance detail).
 */
const FALSE: SqlCondition = { sql: 'false', params: {} };

/** Organisations in a coordinator's reach: the non-archived partners of own alliances. */
export function partnerOrganisationCondition(scope: AccessScope, column: string): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return FALSE;
  const own = allianceCondition(scope, 'scope_partnership.alliance_id') ?? FALSE;
  return {
    sql: `${column} IN (SELECT scope_partnership.organisation_id FROM partnership scope_partnership
                        WHERE scope_partnership.archived_at IS NULL AND ${own.sql})`,
    params: own.params,
  };
}

/** Alliances in a coordinator's reach (their own); none for other restricted roles. */
export function ownAllianceCondition(scope: AccessScope, column: string): SqlCondition | null {
  if (scope.kind === 'all') return null;
  return scope.kind === 'alliances' ? allianceCondition(scope, column) : FALSE;
}

/** Functions (person_function under `alias`) in the scope's reach: own alliance or partner organisation. */
export function functionCondition(scope: AccessScope, alias: string): SqlCondition | null {
  if (scope.kind === 'all') return null;
  const alliance = ownAllianceCondition(scope, `${alias}.alliance_id`) ?? FALSE;
  const organisation = partnerOrganisationCondition(scope, `${alias}.organisation_id`) ?? FALSE;
  return { sql: `(${alliance.sql} OR ${organisation.sql})`, params: { ...alliance.params, ...organisation.params } };
}

/** Persons (id in `column`) with at least one function in the scope's reach. */
export function personCondition(scope: AccessScope, column: string): SqlCondition | null {
  const fn = functionCondition(scope, 'scope_pf');
  if (!fn) return null;
  return {
    sql: `EXISTS (SELECT 1 FROM person_function scope_pf WHERE scope_pf.person_id = ${column} AND ${fn.sql})`,
    params: fn.params,
  };
}



/**
 * Unknown person → 404; a person outside the scope → OutsideScope. One statement for coordinators
 * (none for staff); with `lock` the row stays locked for the rest of the transaction.
 */
export async function assertPersonInScope(manager: EntityManager, id: string, scope: AccessScope, lock = false): Promise<void> {
  const condition = personCondition(scope, 'person.id');
  if (!condition) return;
  const qb = manager
    .createQueryBuilder(Person, 'person')
    .select(`coalesce((${condition.sql}), false)`, 'visible')
    .where('person.id = :personId', { personId: id })
    .setParameters(condition.params);
  if (lock) qb.setLock('pessimistic_write');
  const row = await qb.getRawOne<{ visible: boolean }>();
  if (!row) throw personNotFound();
  if (!row.visible) throw new OutsideScope('Person', id, personNotFound);
}

/** A function of the person outside the scope's reach is treated like a foreign record. */
export async function assertFunctionInScope(manager: EntityManager, personId: string, functionId: string, scope: AccessScope): Promise<void> {
  const condition = functionCondition(scope, 'fn');
  if (!condition) return;
  const row = await manager
    .createQueryBuilder(PersonFunction, 'fn')
    .select(`coalesce((${condition.sql}), false)`, 'visible')
    .where('fn.id = :functionId AND fn.person_id = :personId', { functionId, personId })
    .setParameters(condition.params)
    .getRawOne<{ visible: boolean }>();
  if (!row) throw personFunctionNotFound();
  if (!row.visible) throw new OutsideScope('PersonFunction', functionId, personFunctionNotFound);
}
