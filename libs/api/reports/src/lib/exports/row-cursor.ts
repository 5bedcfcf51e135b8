import { DataSource } from 'typeorm';

/** Rows fetched per round trip: large enough to be fast, small enough to keep memory flat. */
export const FETCH_SIZE = 1000;

/**
 * Runs `sql` as a server-side cursor in a read-only, repeatable-read transaction (one consistent
 * snapshot) and hands the rows to `consume` batch by batch, awaiting it before fetching the next batch;
 * so at most one batch is in memory, whatever the table size. The connection is always released.
 */
export async function forEachBatch(
  dataSource: DataSource,
  sql: string,
  params: unknown[],
  consume: (rows: Record<string, unknown>[]) => Promise<void>,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    try {
      await runner.query('SET TRANSACTION READ ONLY');
      await runner.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const rows = (await runner.query(`FETCH ${FETCH_SIZE} FROM export_cursor`)) as Record<string, unknown>[];
        if (rows.length) await consume(rows);
        if (rows.length < FETCH_SIZE) break;
      }
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
}
