import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AccessScope, DomainError, OutsideScope, SqlCondition, allianceCondition } from '@bn/api/core';

export { OutsideScope, answeringOutsideScope, scopedTransaction } from '@bn/api/core';

/**
 * Row-level scope of activities and projects. Both hang off one alliance (`alliance_id`), so the
 * core's alliance condition decides; partner organisations a coordinator may link are the
 * non-archived partners of the coordinator's own alliances. Every decision is made in SQL.
 */

/** An activity or project as a scoped record: entity, SQL alias, audit type and not-found error. */
export interface ScopedTarget<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  alias: 'activity' | 'project';
  entityType: string;
  notFound: () => DomainError;
}



/**
 * Throws the target's 404 when the record does not exist and OutsideScope when it exists outside
 * the scope; one statement for scoped roles (none for unrestricted ones). With `lock`, the row stays
 * locked for the rest of the transaction, so its alliance cannot change before the write.
 */
export async function assertInScope<T extends ObjectLiteral>(
  manager: EntityManager,
  target: ScopedTarget<T>,
  id: string,
  scope: AccessScope,
  lock = false,
): Promise<void> {
  const condition = allianceCondition(scope, `${target.alias}.alliance_id`);
  if (!condition) return;
  const qb = manager
    .createQueryBuilder(target.entity, target.alias)
    .select(`coalesce((${condition.sql}), false)`, 'visible')
    .where(`${target.alias}.id = :recordId`, { recordId: id })
    .setParameters(condition.params);
  if (lock) qb.setLock('pessimistic_write');
  const row = await qb.getRawOne<{ visible: boolean }>();
  if (!row) throw target.notFound();
  if (!row.visible) throw new OutsideScope(target.entityType, id, target.notFound);
}

/**
 * Organisations the scope may link as partners of an activity or project: everything for staff;
 * for coordinators the organisations with a non-archived partnership in one of their alliances.
 */
export function linkablePartnerCondition(scope: AccessScope, column: string): SqlCondition | null {
  const alliances = allianceCondition(scope, 'scope_partnership.alliance_id');
  if (!alliances) return null;
  return {
    sql: `${column} IN (SELECT scope_partnership.organisation_id FROM partnership scope_partnership
                        WHERE scope_partnership.archived_at IS NULL AND ${alliances.sql})`,
    params: alliances.params,
  };
}
