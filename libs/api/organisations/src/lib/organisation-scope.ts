import { AccessScope, allianceCondition, SqlCondition } from '@bn/api/core';

/**
 * SQL condition restricting an organisation-id column to the organisations the scope may see; null for the
 * Servicebüro. Coordinators see the organisations that are (non-archived) partners of their own alliances.
 * A coordinator may register a new organisation (the answer of POST returns it), but it becomes visible only
 * once it is a partner of an own alliance, which is the next step of that workflow. Mentors and all other
 * roles see no organisation records (they reach no organisation route anyway).
 */
export function organisationCondition(scope: AccessScope, column: string, prefix = 'org'): SqlCondition | null {
  if (scope.kind === 'all') return null;
  if (scope.kind !== 'alliances') return { sql: 'false', params: {} };
  const alias = `${prefix}_p`;
  const alliances = allianceCondition(scope, `${alias}.alliance_id`, prefix) ?? { sql: 'true', params: {} };
  return {
    sql: `EXISTS (SELECT 1 FROM partnership ${alias} WHERE ${alias}.organisation_id = ${column} AND ${alias}.archived_at IS NULL AND ${alliances.sql})`,
    params: alliances.params,
  };
}
