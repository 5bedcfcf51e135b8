import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';

/**
 * Robustness drill R6 (QUALITY.md): backups restore.
 * `pg_dump -Fc` of the test database, `pg_restore --no-owner` into a fresh database, then every table in
 * `public` must have the same row count and the same content checksum, and the schema (indexes,
 * constraints, sequences) must be the same. The source side is read in the very snapshot pg_dump uses,
 * so concurrent writes of the running app cannot make the comparison flaky.
 */
const run = promisify(execFile);

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

interface TableFingerprint {
  table: string;
  rows: number;
  checksum: string | null;
}

interface Fingerprint {
  tables: TableFingerprint[];
  schema: Record<'indexes' | 'constraints' | 'sequences' | 'extensions', string[]>;
}

/** Same text rendering of timestamps, dates and floats on both sides. */
const SESSION_SETTINGS = ["SET LOCAL TimeZone = 'UTC'", "SET LOCAL DateStyle = 'ISO, YMD'", 'SET LOCAL extra_float_digits = 3'];

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Fails with a clear message when a PostgreSQL client tool is not on PATH; returns its version line. */
async function requireTool(tool: 'pg_dump' | 'pg_restore'): Promise<string> {
  try {
    const { stdout } = await run(tool, ['--version']);
    return stdout.trim();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not found on PATH' : String(error);
    throw new Error(`Drill R6 needs ${tool} (PostgreSQL client, e.g. Debian package postgresql-client-15): ${reason}.`);
  }
}

/**
 * PostgreSQL does not deparse every CHECK expression the same way after a dump/restore round trip:
 * `varchar_col IN ('A', 'B')` is stored as `(col)::text = ANY ((ARRAY['A'::character varying, …])::text[])`
 * and comes back as `(col)::text = ANY (ARRAY[('A'::character varying)::text, …])`, which means the same.
 * CHECK definitions are therefore compared without these casts and without parentheses; all other
 * constraint kinds (primary, unique, foreign keys, exclusion) are compared verbatim.
 */
function comparableDefinition(type: string, definition: string): string {
  if (type !== 'c') return definition;
  return definition
    .replace(/::character varying(\[\])?/g, '')
    .replace(/::text(\[\])?/g, '')
    .replace(/[()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function fingerprint(query: Query): Promise<Fingerprint> {
  const tableRows = await query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const tables: TableFingerprint[] = [];
  for (const { table_name } of tableRows) {
    const table = String(table_name);
    const [row] = await query(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS checksum FROM public.${quoteIdent(table)} t`,
    );
    tables.push({ table, rows: Number(row['rows']), checksum: row['checksum'] === null ? null : String(row['checksum']) });
  }
  // Schema objects as readable lists, so a failure names the index or constraint that differs.
  const list = async (sql: string): Promise<string[]> => (await query(sql)).map((row) => String(row['item']));
  return {
    tables,
    schema: {
      indexes: await list(`SELECT indexdef AS item FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname`),
      constraints: (
        await query(
          `SELECT c.conrelid::regclass::text || '.' || c.conname AS name, c.contype::text AS type, pg_get_constraintdef(c.oid) AS definition
             FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' ORDER BY 1`,
        )
      ).map((row) => `${String(row['name'])} [${String(row['type'])}]: ${comparableDefinition(String(row['type']), String(row['definition']))}`),
      sequences: await list(
        `SELECT sequencename || ' = ' || coalesce(last_value::text, '-') AS item FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
      ),
      extensions: await list(`SELECT extname || ' ' || extversion AS item FROM pg_extension ORDER BY 1`),
    },
  };
}

describe('Drill R6: Sicherung lässt sich vollständig wiederherstellen', () => {
  let app: TestApp;
  const sourceUrl = process.env['BN_TEST_DATABASE_URL'] ?? '';
  const workDir = mkdtempSync(join(tmpdir(), 'bn-drill-r6-'));
  const dumpFile = join(workDir, 'backup.dump');
  const sourceDb = new URL(sourceUrl || 'postgres://localhost/unknown').pathname.slice(1);
  const restoredDb = `${sourceDb}_restore_${randomBytes(4).toString('hex')}`.slice(0, 63);
  const restoredUrl = (() => {
    const url = new URL(sourceUrl || 'postgres://localhost/unknown');
    url.pathname = `/${restoredDb}`;
    return url.toString();
  })();

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.dataSource.query(`DROP DATABASE IF EXISTS ${quoteIdent(restoredDb)} WITH (FORCE)`);
    await app.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('restores a pg_dump -Fc backup with identical row counts, checksums and schema', async () => {
    const [dumpVersion, restoreVersion] = [await requireTool('pg_dump'), await requireTool('pg_restore')];
    const started = Date.now();

    // Some data of our own on top of the reference data: varied text, NULLs, updates, archive, audit entries.
    const tag = uniqueSuffix();
    const organisation = await app.http
      .post('/api/organisations')
      .send({ name: `Drill R6 Bäckerei „Müller“ & Söhne ${tag}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'KLEIN', gemeindeAgs: '03155010' });
    expect(organisation.status).toBe(201);
    const updated = await app.http
      .put(`/api/organisations/${organisation.body.id}`)
      .send({ name: `Drill R6 Straße 'O''Brien' 🌻\n${tag}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', version: 1 });
    expect(updated.status).toBe(200);
    const archivable = await app.http.post('/api/organisations').send({ name: `Drill R6 Verein ${tag}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
    expect(archivable.status).toBe(201);
    expect((await app.http.post(`/api/organisations/${archivable.body.id}/archive`).send({ version: 1 })).status).toBe(204);
    for (const [name, gemeindeAgs] of [
      [`Drill R6 Bündnis Haldensleben ${tag}`, '15083270'],
      [`Drill R6 Bündnis Wetzlar ${tag}`, '06532023'],
    ]) {
      const alliance = await app.http.post('/api/alliances').send({ name, territorialLevel: 'GEMEINDE', gemeindeAgs });
      expect(alliance.status).toBe(201);
    }

    const seeded = Date.now();

    // Source fingerprint and dump from one exported snapshot.
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    let source: Fingerprint;
    try {
      await runner.startTransaction('REPEATABLE READ');
      for (const setting of SESSION_SETTINGS) await runner.query(setting);
      const [{ snapshot }]: { snapshot: string }[] = await runner.query('SELECT pg_export_snapshot() AS snapshot');
      await run('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${dumpFile}`, `--dbname=${sourceUrl}`], { maxBuffer: 16 * 1024 * 1024 });
      source = await fingerprint((sql) => runner.query(sql));
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    const dumped = Date.now();
    const dumpBytes = statSync(dumpFile).size;
    expect(dumpBytes).toBeGreaterThan(0);

    await app.dataSource.query(`CREATE DATABASE ${quoteIdent(restoredDb)}`);
    const restore = await run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restoredUrl}`, dumpFile], { maxBuffer: 16 * 1024 * 1024 });
    expect(restore.stderr.trim()).toBe('');
    const restored = Date.now();

    const client = new Client({ connectionString: restoredUrl });
    await client.connect();
    let target: Fingerprint;
    try {
      await client.query('BEGIN');
      for (const setting of SESSION_SETTINGS) await client.query(setting);
      target = await fingerprint(async (sql) => (await client.query<Record<string, unknown>>(sql)).rows);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }

    // Our own rows are in the backup, and the reference data is there (a dump of an empty schema proves nothing).
    const totalRows = source.tables.reduce((sum, t) => sum + t.rows, 0);
    expect(totalRows).toBeGreaterThan(10_000);
    expect(source.tables.find((t) => t.table === 'organisation')?.rows).toBeGreaterThanOrEqual(2);

    expect(target.tables.map((t) => t.table)).toEqual(source.tables.map((t) => t.table));
    const targetByTable = new Map(target.tables.map((t) => [t.table, t]));
    const differences = source.tables
      .map((s) => ({ source: s, restored: targetByTable.get(s.table) }))
      .filter(({ source: s, restored: r }) => !r || r.rows !== s.rows || r.checksum !== s.checksum);
    expect(differences).toEqual([]);
    expect(target.schema).toEqual(source.schema);

    const finished = Date.now();
    process.stdout.write(
      `Drill R6: tables=${source.tables.length} rows=${totalRows} dump=${Math.round(dumpBytes / 1024)}KiB ` +
        `seed=${seeded - started}ms dump+checksums=${dumped - seeded}ms restore=${restored - dumped}ms verify=${finished - restored}ms total=${finished - started}ms ` +
        `(${dumpVersion}; ${restoreVersion})\n`,
    );
  }, 120_000);
});
