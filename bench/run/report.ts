import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadSettings, MedianResults, RoundResults, Scenario } from './api-bench';
import type { ExportFigures } from './exports';
import type { FrontendFigures } from './frontend';
import type { GoalRow } from './goals';
import type { RecallFigures } from './recall';
import type { StatementCount } from './statements';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  postgres: string;
  os: string;
  /** 1-minute load average when the run started and when the load runs ended (other processes share the machine). */
  loadAverage: { start: number; end: number };
}

export interface BenchReport {
  date: string;
  mode: 'full' | 'quick';
  machine: Machine;
  durationSeconds: number;
  dataSet: Record<string, number>;
  dataLoadSeconds: number;
  settings: LoadSettings & { poolSize: number };
  scenarios: Scenario[];
  goals: { api: GoalRow[]; exports: GoalRow[]; frontend: GoalRow[] };
  medians: MedianResults;
  rounds: RoundResults;
  statements: StatementCount[];
  recall: RecallFigures;
  /** null when the export measurement failed (the goal rows give the reason). */
  exports: ExportFigures | null;
  frontend: FrontendFigures;
}

const met = (value: boolean | null) => (value === null ? '–' : value ? 'yes' : '**no**');
const cell = (text: string) => text.replace(/\|/g, '\\|');

function goalTable(rows: GoalRow[]): string[] {
  return [
    '| id | goal | measured | ratio | met |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.id} | ${cell(r.goal)} | ${cell(r.measured)} | ${cell(r.ratio)} | ${met(r.met)} |`),
  ];
}

/** The summary tables (goals only), also used for the README. */
export function summaryMarkdown(report: BenchReport): string {
  const m = report.machine;
  return [
    `Run ${report.date.slice(0, 16).replace('T', ' ')} UTC, ${report.mode} mode, on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB RAM, Node ${m.node}, ${m.postgres} (load average ${m.loadAverage.start.toFixed(1)} / ${m.loadAverage.end.toFixed(1)} at start / end).`,
    '',
    '**API** (medians of ' + `${report.settings.rounds} round${report.settings.rounds > 1 ? 's' : ''})`,
    '',
    ...goalTable(report.goals.api),
    '',
    '**Exports**',
    '',
    ...goalTable(report.goals.exports),
    '',
    '**Front end**',
    '',
    ...goalTable(report.goals.frontend),
  ].join('\n');
}

function scenarioTable(report: BenchReport): string[] {
  const { connections, rate, lightRate } = report.settings;
  const fixed = (value: number) => `${value.toFixed(1)} ms`;
  const lines = [
    `| scenario | server | throughput, ${connections} connections | p50 / p97.5 / p99 at ${lightRate} req/s | p97.5 / p99 at ${rate} req/s | answered at ${rate} req/s | failed requests |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const scenario of report.scenarios) {
    for (const server of ['app', 'baseline'] as const) {
      const f = report.medians[scenario.id][server];
      const light = f.atLightRate;
      const atRate = f.atRate ? `${fixed(f.atRate.p975)} / ${fixed(f.atRate.p99)}` : '–';
      const reached = f.atRate ? `${(f.atRate.rateReached * 100).toFixed(0)} %` : '–';
      lines.push(
        `| ${scenario.label} | ${server} | ${f.requestsPerSecond.toFixed(0)} req/s | ${fixed(light.p50)} / ${fixed(light.p975)} / ${fixed(light.p99)} | ${atRate} | ${reached} | ${f.failures} |`,
      );
    }
  }
  return lines;
}

function statementTable(rows: StatementCount[]): string[] {
  return [
    '| role | list | statements, pageSize 10 | statements, pageSize 100 | session lookup | rows (10 / 100) |',
    '|---|---|---|---|---|---|',
    ...rows.map((s) => `| ${s.role} | \`${s.path}\` | ${s.small} | ${s.large} | ${s.session} | ${s.rowsSmall} / ${s.rowsLarge} |`),
  ];
}

function recallTable(recall: RecallFigures): string[] {
  return [
    '| query | expected organisations | found by the list filter | global search, expected among top 20 |',
    '|---|---|---|---|',
    ...recall.queries.map((q) => `| ${q.query} | ${q.expected} | ${q.foundByList} | ${(q.searchRecallAt20 * 100).toFixed(0)} % |`),
  ];
}

export function fullMarkdown(report: BenchReport): string {
  const s = report.settings;
  const data = Object.entries(report.dataSet).map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`).join(', ');
  return [
    '# Bündnisnetz benchmark report',
    '',
    `- date: ${report.date}`,
    `- mode: ${report.mode} (${s.rounds} round${s.rounds > 1 ? 's' : ''}; per scenario and server: ${s.throughputSeconds} s throughput with ${s.connections} connections, ${s.lightSeconds} s at ${s.lightRate} req/s, and for S1 ${s.rateSeconds} s at ${s.rate} req/s; app and baseline alternate, the order flips each round)`,
    `- machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GB RAM, ${report.machine.os}, Node ${report.machine.node}, ${report.machine.postgres}; load average ${report.machine.loadAverage.start.toFixed(1)} at the start, ${report.machine.loadAverage.end.toFixed(1)} after the load runs`,
    `- data set (${report.dataLoadSeconds.toFixed(0)} s to load): ${data}`,
    `- app: \`node dist/apps/api/main.js\` (production build, LOG_LEVEL=warn, DB_POOL_SIZE=${s.poolSize}); baseline: \`bench/baseline\` (node:http + pg, pool ${s.poolSize}, the app's SQL for S1–S4 including the session lookup)`,
    `- total duration: ${report.durationSeconds.toFixed(0)} s`,
    '',
    '## API',
    '',
    ...goalTable(report.goals.api),
    '',
    '### Scenarios (medians)',
    '',
    ...scenarioTable(report),
    '',
    `Throughput: autocannon, closed loop. Latency: requests evenly paced at a fixed rate and sent on schedule (open loop, bench/run/paced.ts), each latency counted from the moment the request was due, 2xx answers only; autocannon's \`overallRate\` is not used for it because it sends each connection's share of a second in one burst. G2 uses S1 at ${s.rate} req/s; G3 and G4 compare the scenarios at ${s.lightRate} req/s, where no server queues up. "Answered": 2xx answers per second ÷ ${s.rate}; below 100 % the server could not keep up and the latencies are queueing times.`,
    '',
    '### G5: SQL statements per list request',
    '',
    ...statementTable(report.statements),
    '',
    '### G4: recall on German spellings',
    '',
    `Expected rows: organisations whose name contains any spelling of the group (derived in the benchmark, independent of \`bn_fold\`).${report.recall.emptyGroups.length ? ` Groups without any organisation in the data set: ${report.recall.emptyGroups.join(', ')}.` : ''}`,
    '',
    ...recallTable(report.recall),
    '',
    '## Exports',
    '',
    ...goalTable(report.goals.exports),
    '',
    ...exportNotes(report.exports),
    '## Front end',
    '',
    ...goalTable(report.goals.frontend),
    '',
    `Initial files of the web app: ${report.frontend.web.initialFiles.join(', ')}. The scaffold (bench/scaffold) was built in this run in ${report.frontend.scaffoldBuildSeconds.toFixed(0)} s.`,
    '',
    '## Reliability',
    '',
    'R1–R10 are tests, not benchmark figures: `npm test` runs them (drills in `apps/api-e2e/src/drills/`).',
    '',
  ].join('\n');
}

function exportNotes(e: ExportFigures | null): string[] {
  if (!e) return [];
  const run = (label: string, d: ExportFigures['csv']) =>
    `| ${label} | ${d.rows.toLocaleString('en-US')} | ${(d.bytes / 2 ** 20).toFixed(1)} MB | ${d.runs.map((r) => r.seconds.toFixed(2)).join(' / ')} s | ${d.runs.map((r) => r.growthMb.toFixed(1)).join(' / ')} MB | ${d.rssBeforeMb.toFixed(0)} → ${d.rssPeakMb.toFixed(0)} MB |`;
  return [
    `Over HTTP against the running app (Fachberatung, \`GET /api/exports/activities\`), ${e.activities.total.toLocaleString('en-US')} current activities (${e.activities.generated.toLocaleString('en-US')} generated + ${e.activities.added.toLocaleString('en-US')} copies added after the API rounds). The "10k" set (about a tenth) is the export's own \`landCode\` filter for the Land nearest to a tenth (${e.small.landCode} ${e.small.land}). Memory: VmRSS of the app process sampled every 10 ms, growth = peak − RSS before the request, the largest over the runs; times: median. psql: \`psql -c "\\copy (…) to stdout with (format csv, header)"\` of the SQL ListExporter builds (${e.psql.runs.map((t) => t.toFixed(2)).join(' / ')} s, ${(e.psql.bytes / 2 ** 20).toFixed(1)} MB). E3: \`POST /api/reports/runs\` for the year ${e.reports[0]?.year}, polling the run every 25 ms until FERTIG, then \`GET …/files/pdf\` to the last byte. E4: S1 at ${e.s1Rate} req/s (open loop) idle, then while XLSX exports of all activities run back to back.`,
    '',
    '| download | rows | size | wall time per run | RSS growth per run | RSS (largest growth) |',
    '|---|---|---|---|---|---|',
    run('CSV', e.csv),
    run('XLSX', e.xlsx),
    run(`XLSX, Land ${e.small.landCode}`, e.xlsxSmall),
    '',
  ];
}

export function writeReport(report: BenchReport, dir: string): { markdown: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const markdown = join(dir, 'report.md');
  const json = join(dir, 'report.json');
  writeFileSync(markdown, fullMarkdown(report));
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  return { markdown, json };
}
