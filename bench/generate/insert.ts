import type { Client } from 'pg';

/** Values accepted as query parameters by the generator (arrays become PostgreSQL arrays). */
export type Cell = string | number | boolean | null | string[];
export type Row = Cell[];

const BATCH_ROWS = 1000;
const MAX_PARAMS = 60_000;

/**
 * Inserts rows with multi-row INSERT statements of about 1,000 rows each, all inside one transaction
 * per table. Returns the number of rows written.
 */
export async function insertRows(client: Client, table: string, columns: readonly string[], rows: readonly Row[]): Promise<number> {
  if (rows.length === 0) return 0;
  const perBatch = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMS / columns.length)));
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  await client.query('BEGIN');
  try {
    for (let start = 0; start < rows.length; start += perBatch) {
      const batch = rows.slice(start, start + perBatch);
      const params: Cell[] = [];
      const tuples: string[] = [];
      for (const row of batch) {
        if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} cells, expected ${columns.length}`);
        const slots: string[] = [];
        for (const cell of row) {
          params.push(cell);
          slots.push(`$${params.length}`);
        }
        tuples.push(`(${slots.join(',')})`);
      }
      await client.query(head + tuples.join(','), params);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return rows.length;
}
