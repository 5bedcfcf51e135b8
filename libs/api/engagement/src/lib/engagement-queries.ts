import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { EngagementHandlungsfeldDto, EngagementPartnerDto } from '@bn/shared/contracts';

/** UUIDs as PostgreSQL prints them (lower case), without duplicates. */
export function normaliseIds(ids: string[] | undefined): string[] {
  return [...new Set((ids ?? []).map((id) => id.toLowerCase()))];
}

/** Case- and umlaut-tolerant substring filter on a column (LIKE wildcards in the term are literal). */
export function applyFoldedContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, q: string | undefined): void {
  const term = q?.trim();
  if (!term) return;
  qb.andWhere(`bn_fold(${column}) LIKE '%' || bn_fold(:containsTerm) || '%'`, { containsTerm: term.replace(/[\\%_]/g, '\\$&') });
}

/** Handlungsfelder linked through `table` (activity_handlungsfeld / project_handlungsfeld), in taxonomy order. */
export async function findLinkedHandlungsfelder(
  manager: EntityManager,
  table: 'activity_handlungsfeld' | 'project_handlungsfeld',
  ownerColumn: 'activity_id' | 'project_id',
  ownerId: string,
): Promise<EngagementHandlungsfeldDto[]> {
  return manager.query(
    `SELECT h.id, h.code, h.name FROM ${table} l JOIN handlungsfeld h ON h.id = l.handlungsfeld_id
     WHERE l.${ownerColumn} = $1 ORDER BY h.sort_order, h.code`,
    [ownerId],
  );
}

/** Partner organisations linked through `table` (activity_partner / project_partner), by name. */
export async function findLinkedPartners(
  manager: EntityManager,
  table: 'activity_partner' | 'project_partner',
  ownerColumn: 'activity_id' | 'project_id',
  ownerId: string,
): Promise<EngagementPartnerDto[]> {
  return manager.query(
    `SELECT o.id AS "organisationId", o.name FROM ${table} l JOIN organisation o ON o.id = l.organisation_id
     WHERE l.${ownerColumn} = $1 ORDER BY bn_fold(o.name), o.id`,
    [ownerId],
  );
}

export async function findAllianceName(manager: EntityManager, allianceId: string): Promise<string> {
  const rows: { name: string }[] = await manager.query(`SELECT name FROM alliance WHERE id = $1`, [allianceId]);
  return rows[0]?.name ?? '';
}
