import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuditWriter } from '@bn/api/core';
import { EXPORT_LISTS } from '../../libs/api/reports/src/lib/exports/export-lists';
import { ListExporter } from '../../libs/api/reports/src/lib/exports/list-exporter';
import type { LoadResult } from './load';
import { runPaced } from './paced';

/**
 * E1–E4 (QUALITY.md "Exports"), over HTTP against the running production build:
 * - the activity list is topped up to 100,000 activities (full; quick: 5,000) by copying existing ones
 *   (after the API rounds, so G1–G5 see the generated data set unchanged);
 * - E1: `GET /api/exports/activities?format=csv` (all activities, Fachberatung) against
 *   `psql -c "\copy (<the SQL the app runs>) to stdout csv"`, and the growth of the app's RSS;
 * - E2: XLSX of the same 100,000 rows, and XLSX of about 10,000 rows (the Land whose activity count is
 *   nearest to a tenth, through the export's own `landCode` filter): RSS growth 100k ÷ 10k, XLSX ÷ CSV time;
 * - E3: both ministry reports for the last full year of the data set (2025), from POST /api/reports/runs
 *   to the last byte of its PDF, and the RSS growth meanwhile;
 * - E4: S1 at the light rate while XLSX exports of all activities run back to back, against S1 idle.
 * RSS is read from /proc/<pid>/status (VmRSS) of the app process every 10 ms; growth = peak − RSS right
 * before the request. Every download runs `repeats` times: median time, largest growth.
 */
export interface DownloadFigures {
  rows: number;
  bytes: number;
  /** Median wall time from request to last byte. */
  seconds: number;
  /** Largest RSS growth of the app process over the repeats. */
  growthMb: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  runs: { seconds: number; growthMb: number }[];
}

export interface ReportFigures {
  type: 'BUENDNIS_MONITOR' | 'MENTORING_BERICHT';
  year: number;
  /** POST until the last PDF byte (median). */
  seconds: number;
  /** POST until the run was FERTIG (the rest is the PDF download). */
  computeSeconds: number;
  pdfBytes: number;
  growthMb: number;
}

export interface ExportFigures {
  activities: { generated: number; added: number; total: number };
  small: { landCode: string; land: string; rows: number };
  sql: string;
  psql: { seconds: number; bytes: number; runs: number[] };
  csv: DownloadFigures;
  /** Lines in the downloaded CSV (header included); rows + 1 when the file is complete. */
  csvLines: number;
  xlsx: DownloadFigures;
  xlsxSmall: DownloadFigures;
  reports: ReportFigures[];
  /** E4: S1 requests per second (the light rate of G3/G4). */
  s1Rate: number;
  s1Idle: LoadResult;
  s1DuringXlsx: LoadResult;
  /** XLSX exports started while S1 was measured (back to back). */
  exportsDuringS1: number;
}

export interface ExportBenchOptions {
  mode: 'full' | 'quick';
  databaseUrl: string;
  baseUrl: string;
  /** The app's process id (RSS sampling). */
  pid: number;
  cookie: string;
  /** S1 path (activity list, page 1) for E4. */
  s1Path: string;
  rate: number;
  seconds: number;
  repeats: number;
  log: (line: string) => void;
}

const MB = 1024 * 1024;
const TARGET_ROWS = { full: 100_000, quick: 5_000 } as const;
const REPORT_YEAR = 2025; // the generator's "today" is 2026-06-30 (bench/generate)

/** VmRSS of a process in bytes. */
function rss(pid: number): number {
  const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/** Samples the RSS of `pid` every 10 ms while `work` runs. */
async function withRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  const before = rss(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss(pid))), 10);
  try {
    const result = await work();
    peak = Math.max(peak, rss(pid));
    return { result, before, peak };
  } finally {
    clearInterval(sampler);
  }
}

/** Downloads `path` to the end, counting bytes (and CRLF line ends); throws unless 200. */
async function download(baseUrl: string, path: string, cookie: string, signal?: AbortSignal): Promise<{ bytes: number; lines: number; head: string }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, signal });
  if (response.status !== 200 || !response.body) throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  let bytes = 0;
  let lines = 0;
  let head = '';
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!head) head = Buffer.from(value.subarray(0, 4)).toString('latin1');
    bytes += value.length;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) lines++;
  }
  return { bytes, lines, head };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function measureDownload(options: ExportBenchOptions, path: string, rows: number, expectHead: string): Promise<DownloadFigures & { lines: number }> {
  const runs: { seconds: number; growthMb: number; before: number; peak: number; bytes: number; lines: number }[] = [];
  for (let i = 0; i < options.repeats; i++) {
    const started = performance.now();
    const { result, before, peak } = await withRss(options.pid, () => download(options.baseUrl, path, options.cookie));
    const seconds = (performance.now() - started) / 1000;
    if (!result.head.startsWith(expectHead)) throw new Error(`GET ${path}: unexpected file start ${JSON.stringify(result.head)}`);
    runs.push({ seconds, growthMb: (peak - before) / MB, before, peak, bytes: result.bytes, lines: result.lines });
    options.log(`  ${path}: ${seconds.toFixed(2)} s, ${(result.bytes / MB).toFixed(1)} MB, RSS ${(before / MB).toFixed(0)} → ${(peak / MB).toFixed(0)} MB`);
  }
  const worst = runs.reduce((a, b) => (b.growthMb > a.growthMb ? b : a));
  return {
    rows,
    bytes: runs[runs.length - 1].bytes,
    lines: runs[runs.length - 1].lines,
    seconds: median(runs.map((r) => r.seconds)),
    growthMb: worst.growthMb,
    rssBeforeMb: worst.before / MB,
    rssPeakMb: worst.peak / MB,
    runs: runs.map((r) => ({ seconds: r.seconds, growthMb: r.growthMb })),
  };
}

/** The activity export's SQL exactly as ListExporter builds it for Fachberatung without filters. */
function exportSql(): string {
  const noParameters = {
    driver: {
      escapeQueryWithParameters: (sql: string, named: Record<string, unknown>) => {
        if (Object.keys(named).length) throw new Error('the psql comparison expects the unfiltered query');
        return [sql, []];
      },
    },
  } as unknown as DataSource;
  const exporter = new ListExporter(noParameters, {} as AuditWriter);
  return exporter.buildQuery(EXPORT_LISTS.activities, { list: 'activities', query: { format: 'csv' }, scope: { kind: 'all' } }).sql;
}

/** `psql \copy (sql) to stdout csv`, output counted and dropped. */
async function psqlCopy(databaseUrl: string, sql: string): Promise<{ seconds: number; bytes: number }> {
  const started = performance.now();
  const child = spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', databaseUrl, '-c', `\\copy (${sql.replace(/\s+/g, ' ')}) to stdout with (format csv, header)`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let bytes = 0;
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length));
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`psql \\copy failed (${code}): ${errors}`);
  return { seconds: (performance.now() - started) / 1000, bytes };
}

async function reportRun(options: ExportBenchOptions, type: ReportFigures['type']): Promise<ReportFigures> {
  const json = { 'content-type': 'application/json', accept: 'application/json', cookie: options.cookie };
  let computeSeconds = 0;
  let pdfBytes = 0;
  const started = performance.now();
  const { before, peak } = await withRss(options.pid, async () => {
    const created = await fetch(`${options.baseUrl}/api/reports/runs`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ type, periodFrom: `${REPORT_YEAR}-01-01`, periodTo: `${REPORT_YEAR}-12-31`, referenceDate: `${REPORT_YEAR}-12-31` }),
    });
    if (created.status !== 202) throw new Error(`POST /api/reports/runs answered ${created.status}: ${await created.text()}`);
    const { id } = (await created.json()) as { id: string };
    for (;;) {
      const run = (await (await fetch(`${options.baseUrl}/api/reports/runs/${id}`, { headers: json })).json()) as { jobState: string; error: string | null };
      if (run.jobState === 'FERTIG') break;
      if (run.jobState === 'FEHLER') throw new Error(`report run ${type} failed: ${run.error}`);
      if (performance.now() - started > 120_000) throw new Error(`report run ${type} not finished after 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    computeSeconds = (performance.now() - started) / 1000;
    const pdf = await download(options.baseUrl, `/api/reports/runs/${id}/files/pdf`, options.cookie);
    if (pdf.head !== '%PDF') throw new Error(`report ${type}: not a PDF (${JSON.stringify(pdf.head)})`);
    pdfBytes = pdf.bytes;
  });
  return { type, year: REPORT_YEAR, seconds: (performance.now() - started) / 1000, computeSeconds, pdfBytes, growthMb: (peak - before) / MB };
}

/** Adds copies of existing activities (new ids, a day earlier) until the list has the target count. */
async function topUpActivities(client: Client, target: number): Promise<{ generated: number; added: number; total: number }> {
  const count = async () => Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM activity WHERE archived_at IS NULL')).rows[0].n);
  const generated = await count();
  const missing = Math.max(0, target - generated);
  if (missing) {
    await client.query(
      `INSERT INTO activity (alliance_id, activity_type, occurred_on, title, description, reach, is_public, created_at)
       SELECT alliance_id, activity_type, occurred_on - 1, title, description, reach, is_public, created_at
         FROM activity WHERE archived_at IS NULL ORDER BY id LIMIT $1`,
      [missing],
    );
    await client.query('ANALYZE activity');
  }
  return { generated, added: missing, total: await count() };
}

/** The Land whose current activity count is nearest to a tenth of all (the "10k" export). */
async function tenthByLand(client: Client, total: number): Promise<ExportFigures['small']> {
  const lands = await client.query<{ code: string; name: string; n: string }>(
    `SELECT l.code, l.name, count(*) AS n FROM activity act JOIN alliance a ON a.id = act.alliance_id JOIN land l ON l.code = a.land_code
      WHERE act.archived_at IS NULL GROUP BY l.code, l.name`,
  );
  const best = lands.rows.reduce((a, b) => (Math.abs(Number(b.n) - total / 10) < Math.abs(Number(a.n) - total / 10) ? b : a));
  return { landCode: best.code, land: best.name, rows: Number(best.n) };
}

export async function measureExports(options: ExportBenchOptions): Promise<ExportFigures> {
  const client = new Client({ connectionString: options.databaseUrl });
  await client.connect();
  let activities: ExportFigures['activities'];
  let small: ExportFigures['small'];
  try {
    activities = await topUpActivities(client, TARGET_ROWS[options.mode]);
    small = await tenthByLand(client, activities.total);
  } finally {
    await client.end();
  }
  options.log(`exports: ${activities.total} activities (${activities.added} copied), 10 % set: Land ${small.landCode} ${small.land} with ${small.rows}`);
  const sql = exportSql();
  // warm-up: caches of the table and the app's code paths
  await download(options.baseUrl, '/api/exports/activities?format=csv', options.cookie);
  await download(options.baseUrl, `/api/exports/activities?format=xlsx&landCode=${small.landCode}`, options.cookie);

  const psqlRuns: { seconds: number; bytes: number }[] = [];
  for (let i = 0; i < options.repeats; i++) {
    psqlRuns.push(await psqlCopy(options.databaseUrl, sql));
    options.log(`  psql \\copy: ${psqlRuns[i].seconds.toFixed(2)} s, ${(psqlRuns[i].bytes / MB).toFixed(1)} MB`);
  }
  const csv = await measureDownload(options, '/api/exports/activities?format=csv', activities.total, '\u00ef\u00bb\u00bf'); // UTF-8 BOM read as latin1
  const xlsx = await measureDownload(options, '/api/exports/activities?format=xlsx', activities.total, 'PK');
  const xlsxSmall = await measureDownload(options, `/api/exports/activities?format=xlsx&landCode=${small.landCode}`, small.rows, 'PK');

  const reports: ReportFigures[] = [];
  for (const type of ['BUENDNIS_MONITOR', 'MENTORING_BERICHT'] as const) {
    const runs: ReportFigures[] = [];
    for (let i = 0; i < options.repeats; i++) runs.push(await reportRun(options, type));
    const figures = { ...runs.find((r) => r.seconds === median(runs.map((x) => x.seconds))) as ReportFigures, growthMb: Math.max(...runs.map((r) => r.growthMb)) };
    options.log(`  ${type} ${REPORT_YEAR}: ${figures.seconds.toFixed(2)} s (computed after ${figures.computeSeconds.toFixed(2)} s), PDF ${(figures.pdfBytes / 1000).toFixed(0)} kB, RSS growth ${figures.growthMb.toFixed(1)} MB`);
    reports.push(figures);
  }

  // E4: S1 idle, then S1 while XLSX exports of everything run back to back
  const s1 = { baseUrl: options.baseUrl, path: options.s1Path, cookie: options.cookie, rate: options.rate, seconds: options.seconds };
  const s1Idle = await runPaced(s1);
  const abort = new AbortController();
  let exportsDuringS1 = 0;
  const exporting = (async () => {
    while (!abort.signal.aborted) {
      exportsDuringS1++;
      await download(options.baseUrl, '/api/exports/activities?format=xlsx', options.cookie, abort.signal).catch((error: unknown) => {
        if (!abort.signal.aborted) throw error;
      });
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 300)); // the export is under way
  const s1DuringXlsx = await runPaced(s1).finally(() => abort.abort());
  await exporting;
  options.log(`  E4 S1 p97.5 idle ${s1Idle.p975.toFixed(1)} ms, during XLSX ${s1DuringXlsx.p975.toFixed(1)} ms (${exportsDuringS1} exports started)`);

  return {
    activities,
    small,
    sql,
    psql: { seconds: median(psqlRuns.map((r) => r.seconds)), bytes: psqlRuns[0].bytes, runs: psqlRuns.map((r) => r.seconds) },
    csv,
    csvLines: csv.lines,
    xlsx,
    xlsxSmall,
    reports,
    s1Rate: options.rate,
    s1Idle,
    s1DuringXlsx,
    exportsDuringS1,
  };
}
