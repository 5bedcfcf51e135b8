import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditWriter } from '@bn/api/core';
import { buildDataSourceOptions } from '@bn/api/data-access-db';
import { createTestDatabase } from '@bn/api/data-access-db/testing';
import type { ExportFormat } from '@bn/shared/contracts';
import { ListExporter } from '../../libs/api/reports/src/lib/exports/list-exporter';

/**
 * Time and memory of the raw activity export (issue 6 / QUALITY.md E1, E2): a fresh migrated database
 * gets 700 alliances and 10,000, then 100,000 activities; each size is exported as CSV and XLSX through
 * the real ListExporter (PostgreSQL cursor → formatter → file bytes, counted and dropped; no HTTP).
 * RSS is sampled every 10 ms; "growth" is peak RSS minus RSS right before the export.
 *
 * Usage: TS_NODE_PROJECT=tsconfig.tools.json node --expose-gc -r ts-node/register -r tsconfig-paths/register \
 *          bench/exports/measure-export.ts
 */
interface Measurement {
  rows: number;
  format: ExportFormat;
  seconds: number;
  /** CPU time of this process (user + system): less noisy than wall time on a shared machine. */
  cpuSeconds: number;
  bytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  growthMb: number;
}

const MB = 1024 * 1024;

async function insertData(db: DataSource, activities: number, offset: number): Promise<void> {
  if (offset === 0) {
    await db.query(`
      INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
      SELECT 'M-' || lpad(n::text, 5, '0'), 'Lokales Bündnis für Familie ' || g.name, 'AKTIV', g.land_code, g.kreis_ags, g.ags, 'GEMEINDE'
        FROM (SELECT row_number() OVER (ORDER BY ags) AS n, * FROM gemeinde) g WHERE g.n <= 700`);
  }
  await db.query(
    `INSERT INTO activity (alliance_id, activity_type, occurred_on, title, reach, is_public)
     SELECT a.id, (ARRAY['NETZWERKTREFFEN','PROJEKTARBEIT','VERANSTALTUNG','PRESSE'])[1 + i % 4],
            date '2011-01-01' + (i % 5000), 'Aktivität Nr. ' || i || ' – Familienfreundlichkeit in ' || a.name, i % 500, i % 3 = 0
       FROM generate_series($1::int + 1, $1::int + $2::int) i
       JOIN (SELECT id, name, row_number() OVER (ORDER BY code) - 1 AS k FROM alliance) a ON a.k = i % 700`,
    [offset, activities],
  );
  await db.query('ANALYZE activity');
}

async function measure(exporter: ListExporter, format: ExportFormat): Promise<Omit<Measurement, 'rows'>> {
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  let bytes = 0;
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      callback();
    },
  });
  const started = process.hrtime.bigint();
  const cpuStarted = process.cpuUsage();
  const done = new Promise<void>((resolve, reject) => {
    sink.once('finish', resolve);
    sink.once('error', reject);
  });
  await exporter.export({ list: 'activities', query: { format }, scope: { kind: 'all' } }, sink);
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { format, seconds, cpuSeconds, bytes, rssBeforeMb: rssBefore / MB, rssPeakMb: peak / MB, growthMb: (peak - rssBefore) / MB };
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bn_export_measure');
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url, poolSize: 4 }));
  await dataSource.initialize();
  const exporter = new ListExporter(dataSource, new AuditWriter());
  const results: Measurement[] = [];
  try {
    await insertData(dataSource, 10_000, 0);
    for (const format of ['csv', 'xlsx', 'csv', 'xlsx'] as const) results.push({ rows: 10_000, ...(await measure(exporter, format)) });
    await insertData(dataSource, 90_000, 10_000);
    for (const format of ['csv', 'xlsx', 'csv', 'xlsx'] as const) results.push({ rows: 100_000, ...(await measure(exporter, format)) });
  } finally {
    await dataSource.destroy();
    await database.dispose();
  }
  console.log('rows     format  seconds  cpu s   MB file  RSS before  RSS peak  growth (MB)');
  for (const r of results) {
    console.log(
      `${String(r.rows).padStart(7)}  ${r.format.padEnd(6)} ${r.seconds.toFixed(2).padStart(8)} ${r.cpuSeconds.toFixed(2).padStart(6)} ${(r.bytes / MB).toFixed(1).padStart(9)} ` +
        `${r.rssBeforeMb.toFixed(0).padStart(11)} ${r.rssPeakMb.toFixed(0).padStart(9)} ${r.growthMb.toFixed(1).padStart(12)}`,
    );
  }
  // The second run of each size (warm caches) is the figure to report.
  const pick = (rows: number, format: ExportFormat): Measurement => results.filter((r) => r.rows === rows && r.format === format)[1];
  const x100 = pick(100_000, 'xlsx');
  const x10 = pick(10_000, 'xlsx');
  const c100 = pick(100_000, 'csv');
  console.log(`E2 memory growth (XLSX): 100k ${x100.growthMb.toFixed(1)} MB, 10k ${x10.growthMb.toFixed(1)} MB; peak RSS 100k ${x100.rssPeakMb.toFixed(0)} MB`);
  console.log(`E2 XLSX ÷ CSV (100k): wall ${(x100.seconds / c100.seconds).toFixed(2)}, CPU ${(x100.cpuSeconds / c100.cpuSeconds).toFixed(2)}`);
  console.log(`E1 CSV memory growth (100k): ${c100.growthMb.toFixed(1)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
