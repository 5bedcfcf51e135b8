import { EntityManager } from 'typeorm';

/** A join table of an activity or project, by its SQL names (constants, never user input). */
export interface LinkTable {
  table: string;
  owner: string;
  value: string;
  valueType: 'uuid' | 'varchar';
}

export const ACTIVITY_HANDLUNGSFELD: LinkTable = { table: 'activity_handlungsfeld', owner: 'activity_id', value: 'handlungsfeld_id', valueType: 'uuid' };
export const ACTIVITY_PARTNER: LinkTable = { table: 'activity_partner', owner: 'activity_id', value: 'organisation_id', valueType: 'uuid' };
export const PROJECT_HANDLUNGSFELD: LinkTable = { table: 'project_handlungsfeld', owner: 'project_id', value: 'handlungsfeld_id', valueType: 'uuid' };
export const PROJECT_ZIELGRUPPE: LinkTable = { table: 'project_zielgruppe', owner: 'project_id', value: 'zielgruppe_code', valueType: 'varchar' };
export const PROJECT_PARTNER: LinkTable = { table: 'project_partner', owner: 'project_id', value: 'organisation_id', valueType: 'uuid' };

/** The linked values of one owner, sorted. */
export async function readLinks(manager: EntityManager, link: LinkTable, ownerId: string): Promise<string[]> {
  const rows: { value: string }[] = await manager.query(
    `SELECT ${link.value}::text AS value FROM ${link.table} WHERE ${link.owner} = $1`,
    [ownerId],
  );
  return rows.map((row) => row.value).sort();
}

export async function insertLinks(manager: EntityManager, link: LinkTable, ownerId: string, values: string[]): Promise<void> {
  if (!values.length) return;
  await manager.query(
    `INSERT INTO ${link.table} (${link.owner}, ${link.value}) SELECT $1, unnest($2::${link.valueType}[])`,
    [ownerId, values],
  );
}

/**
 * Replaces the owner's links as a whole, inside the caller's transaction; writes nothing when the set
 * is unchanged. Returns the values before, or null when nothing changed.
 */
export async function replaceLinks(manager: EntityManager, link: LinkTable, ownerId: string, values: string[]): Promise<string[] | null> {
  const before = await readLinks(manager, link, ownerId);
  const after = [...values].sort();
  if (before.length === after.length && before.every((value, i) => value === after[i])) return null;
  await manager.query(`DELETE FROM ${link.table} WHERE ${link.owner} = $1`, [ownerId]);
  await insertLinks(manager, link, ownerId, values);
  return before;
}
