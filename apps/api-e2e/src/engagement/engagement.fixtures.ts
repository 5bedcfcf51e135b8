import { TestApp, uniqueSuffix } from '../support/test-app';

export const UNKNOWN_ID = '3f6c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098';

/** Alliances are written by another domain; tests insert the few they need with SQL. */
export async function insertAlliance(app: TestApp, name = `Engagement-Testbündnis ${uniqueSuffix()}`): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
     VALUES ($1, $2, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE') RETURNING id`,
    [`LBF-T-${uniqueSuffix()}`, name],
  );
  return (row as { id: string }).id;
}

export async function archiveAllianceRow(app: TestApp, id: string): Promise<void> {
  await app.dataSource.query(`UPDATE alliance SET archived_at = now() WHERE id = $1`, [id]);
}

export async function insertOrganisation(app: TestApp, name = `Engagement-Partner ${uniqueSuffix()}`): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE') RETURNING id`,
    [name],
  );
  return (row as { id: string }).id;
}

/** Id of a canonical Handlungsfeld, e.g. HF03 Kinderbetreuung. */
export async function handlungsfeldId(app: TestApp, code: string): Promise<string> {
  const [row] = await app.dataSource.query(`SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = $1`, [code]);
  return (row as { id: string }).id;
}

export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function auditActions(app: TestApp, entityId: string): Promise<string[]> {
  const rows: { action: string }[] = await app.dataSource.query(
    `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`,
    [entityId],
  );
  return rows.map((row) => row.action);
}
