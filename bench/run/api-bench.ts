import { Client } from 'pg';
import type { BenchLogin } from './accounts';
import { assertAnswers, LoadResult, median, runLoad } from './load';
import { runPaced } from './paced';

export type ServerName = 'app' | 'baseline';
export type ScenarioId = 'S1' | 'S1K' | 'S2' | 'S3' | 'S4';

export interface Scenario {
  id: ScenarioId;
  label: string;
  path: string;
  role: BenchLogin['role'];
}

export interface LoadSettings {
  rounds: number;
  connections: number;
  throughputSeconds: number;
  /** G2: S1 at a fixed 100 req/s (three times the expected peak). */
  rate: number;
  rateSeconds: number;
  /** G3/G4: every scenario at a light fixed rate, so that the ratios compare service times, not queues. */
  lightRate: number;
  lightSeconds: number;
  warmupSeconds: number;
}

interface ServerRuns {
  throughput: LoadResult[];
  /** At `rate` (S1 scenarios only). */
  fixedRate: LoadResult[];
  /** At `lightRate`. */
  light: LoadResult[];
}

/** Per scenario and server, one entry per round. */
export type RoundResults = Record<ScenarioId, Record<ServerName, ServerRuns>>;

export interface Latency {
  p50: number;
  p975: number;
  p99: number;
  /** 2xx answers per second ÷ the requested rate. */
  rateReached: number;
}

/** The medians over the rounds. */
export interface ScenarioFigures {
  requestsPerSecond: number;
  /** At `rate`; null for the scenarios not run at it. */
  atRate: Latency | null;
  atLightRate: Latency;
  /** Non-2xx answers and socket errors over all runs (should be 0). */
  failures: number;
}

export type MedianResults = Record<ScenarioId, Record<ServerName, ScenarioFigures>>;

/** The scenarios G2 measures at 100 req/s. */
const G2_SCENARIOS: ReadonlySet<ScenarioId> = new Set(['S1', 'S1K']);

const PAGE_SIZE = 25;
/** S2: the deep page starts around row 90,000, or at the last full page of a shorter list. */
const DEEP_ROW = 90_000;

/** The activity list is the longest list (80,000 activities in the full data set); S4 a typical alliance. */
export async function defineScenarios(databaseUrl: string): Promise<{ scenarios: Scenario[]; deepRow: number; activityTotal: number }> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const total = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM activity WHERE archived_at IS NULL')).rows[0].n);
    // the alliance with the median number of current partners among active alliances
    const alliance = await client.query<{ id: string; partners: string }>(
      `WITH counted AS (
         SELECT a.id, (SELECT count(*) FROM partnership p WHERE p.alliance_id = a.id AND p.archived_at IS NULL) AS partners
           FROM alliance a WHERE a.status = 'AKTIV' AND a.archived_at IS NULL)
       SELECT id, partners FROM counted ORDER BY partners, id OFFSET (SELECT count(*) / 2 FROM counted) LIMIT 1`,
    );
    const firstRow = Math.max(1, Math.min(DEEP_ROW, total - PAGE_SIZE + 1));
    const deepPage = Math.floor((firstRow - 1) / PAGE_SIZE) + 1;
    const deepRow = (deepPage - 1) * PAGE_SIZE + 1;
    // The client reaches a deep page by paging on with the previous page's nextCursor (keyset); the
    // cursor of the row just before the deep page is built here exactly as the API builds it.
    const before = await client.query<{ occurred_on: string; id: string }>(
      `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, id FROM activity WHERE archived_at IS NULL
        ORDER BY occurred_on DESC NULLS LAST, id DESC OFFSET $1 LIMIT 1`,
      [deepRow - 2],
    );
    const cursor = Buffer.from(JSON.stringify([before.rows[0].occurred_on, before.rows[0].id]), 'utf8').toString('base64url');
    return {
      activityTotal: total,
      deepRow,
      scenarios: [
        { id: 'S1', label: 'S1 activity list page 1 (Fachberatung)', path: `/api/activities?page=1&pageSize=${PAGE_SIZE}`, role: 'FACHBERATUNG' },
        { id: 'S1K', label: 'S1 activity list page 1 (coordinator)', path: `/api/activities?page=1&pageSize=${PAGE_SIZE}`, role: 'KOORDINATION' },
        {
          id: 'S2',
          label: `S2 activity list page ${deepPage} (rows ${deepRow}–${deepRow + PAGE_SIZE - 1}, keyset cursor)`,
          path: `/api/activities?page=${deepPage}&pageSize=${PAGE_SIZE}&after=${cursor}`,
          role: 'FACHBERATUNG',
        },
        { id: 'S3', label: 'S3 search q=mueller (organisations)', path: '/api/search?q=mueller&types=organisation', role: 'FACHBERATUNG' },
        { id: 'S4', label: `S4 alliance detail (${alliance.rows[0].partners} partners)`, path: `/api/alliances/${alliance.rows[0].id}`, role: 'FACHBERATUNG' },
      ],
    };
  } finally {
    await client.end();
  }
}

/** What must be the same in both answers for the comparison to be fair. */
function essence(id: ScenarioId, body: unknown): unknown {
  const value = body as { items?: { id: string }[]; total?: number; groups?: { items: { id: string }[] }[]; partners?: unknown[]; contacts?: unknown[] };
  if (id === 'S3') return value.groups?.[0]?.items.map((item) => item.id);
  if (id === 'S4') return [value.partners?.length, value.contacts?.length];
  return [value.total, value.items?.map((item) => item.id)];
}

/** Both servers answer every scenario with 200 and the same rows. */
export async function verifyScenarios(servers: Record<ServerName, string>, scenarios: Scenario[], cookies: Record<BenchLogin['role'], string>): Promise<void> {
  for (const scenario of scenarios) {
    const app = essence(scenario.id, await assertAnswers(servers.app, scenario.path, cookies[scenario.role]));
    const baseline = essence(scenario.id, await assertAnswers(servers.baseline, scenario.path, cookies[scenario.role]));
    if (JSON.stringify(app) !== JSON.stringify(baseline)) {
      throw new Error(`${scenario.id}: app and baseline disagree: ${JSON.stringify(app).slice(0, 200)} vs ${JSON.stringify(baseline).slice(0, 200)}`);
    }
  }
}

/**
 * Loads app and baseline alternately (the order flips every round), per scenario: as fast as they
 * answer (throughput), at the G2 rate (S1 only) and at the light rate.
 */
export async function runRounds(
  servers: Record<ServerName, string>,
  scenarios: Scenario[],
  cookies: Record<BenchLogin['role'], string>,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<RoundResults> {
  const empty = (): ServerRuns => ({ throughput: [], fixedRate: [], light: [] });
  const results = Object.fromEntries(scenarios.map((s) => [s.id, { app: empty(), baseline: empty() }])) as RoundResults;
  for (const server of ['app', 'baseline'] as const) {
    for (const scenario of scenarios) {
      await runLoad({ baseUrl: servers[server], path: scenario.path, cookie: cookies[scenario.role], connections: 4, seconds: settings.warmupSeconds });
    }
  }
  const describe = (r: LoadResult) => `p50 ${r.p50.toFixed(1)} p97.5 ${r.p975.toFixed(1)} p99 ${r.p99.toFixed(1)} ms, ${r.non2xx + r.errors} failed`;
  for (let round = 1; round <= settings.rounds; round++) {
    const order: ServerName[] = round % 2 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const scenario of scenarios) {
      const spec = { path: scenario.path, cookie: cookies[scenario.role] };
      for (const server of order) {
        const result = await runLoad({ ...spec, baseUrl: servers[server], connections: settings.connections, seconds: settings.throughputSeconds });
        results[scenario.id][server].throughput.push(result);
        log(`round ${round} ${scenario.id.padEnd(3)} ${server.padEnd(8)} throughput ${result.requestsPerSecond.toFixed(0)} req/s`);
      }
      if (G2_SCENARIOS.has(scenario.id)) {
        for (const server of order) {
          const result = await runPaced({ ...spec, baseUrl: servers[server], seconds: settings.rateSeconds, rate: settings.rate });
          results[scenario.id][server].fixedRate.push(result);
          log(`round ${round} ${scenario.id.padEnd(3)} ${server.padEnd(8)} @${settings.rate}/s ${describe(result)}`);
        }
      }
      for (const server of order) {
        const result = await runPaced({ ...spec, baseUrl: servers[server], seconds: settings.lightSeconds, rate: settings.lightRate });
        results[scenario.id][server].light.push(result);
        log(`round ${round} ${scenario.id.padEnd(3)} ${server.padEnd(8)} @${settings.lightRate}/s ${describe(result)}`);
      }
    }
  }
  return results;
}

function latency(runs: LoadResult[]): Latency {
  return {
    p50: median(runs.map((r) => r.p50)),
    p975: median(runs.map((r) => r.p975)),
    p99: median(runs.map((r) => r.p99)),
    rateReached: median(runs.map((r) => r.rateAchieved ?? Number.NaN)),
  };
}

export function medians(results: RoundResults): MedianResults {
  const figures = (runs: ServerRuns): ScenarioFigures => ({
    requestsPerSecond: median(runs.throughput.map((r) => r.requestsPerSecond)),
    atRate: runs.fixedRate.length ? latency(runs.fixedRate) : null,
    atLightRate: latency(runs.light),
    failures: [...runs.throughput, ...runs.fixedRate, ...runs.light].reduce((sum, r) => sum + r.non2xx + r.errors, 0),
  });
  return Object.fromEntries(
    Object.entries(results).map(([id, servers]) => [id, { app: figures(servers.app), baseline: figures(servers.baseline) }]),
  ) as MedianResults;
}
