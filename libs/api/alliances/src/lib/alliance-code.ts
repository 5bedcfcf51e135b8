import { EntityManager } from 'typeorm';
import { landNotFound } from './alliance.errors';

/**
 * The next free code of a Land, e.g. LBF-NI-0042. A transaction-scoped advisory lock per Land serialises
 * concurrent creations, so two requests never compute the same number; the lock ends with the transaction.
 */
export async function nextAllianceCode(manager: EntityManager, landCode: string): Promise<string> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('alliance_code:' || $1))`, [landCode]);
  const rows: { abbreviation: string; next: number }[] = await manager.query(
    `SELECT l.abbreviation AS abbreviation,
            coalesce(max(substring(a.code from '^LBF-[A-Z]{2}-(\\d+)$')::int), 0) + 1 AS next
       FROM land l
       LEFT JOIN alliance a ON a.code LIKE 'LBF-' || l.abbreviation || '-%'
      WHERE l.code = $1
      GROUP BY l.abbreviation`,
    [landCode],
  );
  if (rows.length === 0) throw landNotFound();
  const { abbreviation, next } = rows[0];
  return `LBF-${abbreviation.trim()}-${String(next).padStart(4, '0')}`;
}
