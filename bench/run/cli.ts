import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from '@bn/api/data-access-db';
import { generateBenchData } from '../generate/generate';
import { signInBenchUsers } from './accounts';
import { defineScenarios, LoadSettings, medians, runRounds, verifyScenarios } from './api-bench';
import { buildScaffold, measureFrontend } from './frontend';
import { ExportFigures, measureExports } from './exports';
import { apiGoals, exportGoals, exportGoalsNotMeasured, frontendGoals } from './goals';
import { freePort, runNode, ServerProcess, startServer } from './processes';
import { measureRecall } from './recall';
import { BenchReport, Machine, summaryMarkdown, writeReport } from './report';
import { countListStatements } from './statements';

/**
 * `npm run bench [-- --quick] [-- --build]`: a fresh database with the generated data set, the built app
 * and the raw baseline side by side, G1–G5, E1–E4 (after the API rounds), F1/F2; writes report.md and report.json (full: bench/,
 * quick: tmp/bench-quick/) and removes everything it started, also on failure.
 */
const ROOT = resolve(__dirname, '..', '..');
const POOL_SIZE = 10;
const SETTINGS: Record<'full' | 'quick', LoadSettings> = {
  full: { rounds: 3, connections: 10, throughputSeconds: 10, rate: 100, rateSeconds: 10, lightRate: 10, lightSeconds: 15, warmupSeconds: 3 },
  quick: { rounds: 1, connections: 10, throughputSeconds: 2, rate: 100, rateSeconds: 3, lightRate: 10, lightSeconds: 3, warmupSeconds: 1 },
};

const started = Date.now();
function log(line: string): void {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}

function buildIfNeeded(force: boolean): void {
  const built = existsSync(join(ROOT, 'dist/apps/api/main.js')) && existsSync(join(ROOT, 'dist/apps/web/browser/index.html'));
  if (built && !force) return log('using the existing production build in dist/');
  log('production build of api and web');
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static'], {
    cwd: ROOT,
    stdio: 'inherit',
    // the bench itself runs under ts-node; its TS_NODE_PROJECT must not reach webpack's tsconfig-paths plugin
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TS_NODE_'))), NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
  });
  if (result.status !== 0) throw new Error('the production build failed');
}

async function describeMachine(serverUrl: string): Promise<Omit<Machine, 'loadAverage'>> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
    return {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.versions.node,
      postgres: `PostgreSQL ${version.split(' ')[0]}`,
      os: `${process.platform} ${release()}`,
    };
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const mode = args.includes('--quick') ? 'quick' : 'full';
  const settings = SETTINGS[mode];
  const outDir = join(ROOT, mode === 'full' ? 'bench' : 'tmp/bench-quick');
  const serverUrl = withDatabase(process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
  const database = `bn_bench_${process.pid}`;
  const databaseUrl = withDatabase(serverUrl, database);
  const scaffoldDir = join(ROOT, 'tmp', `bench-scaffold-${process.pid}`);
  const servers: ServerProcess[] = [];
  let databaseCreated = false;
  const cleanup = async () => {
    for (const server of servers.splice(0)) await server.stop().catch(() => undefined);
    if (databaseCreated) await dropDatabase(serverUrl, database).catch((error: unknown) => log(`could not drop ${database}: ${String(error)}`));
    databaseCreated = false;
    rmSync(scaffoldDir, { recursive: true, force: true });
  };
  const interrupt = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  try {
    log(`mode ${mode}, database ${database}`);
    buildIfNeeded(args.includes('--build'));
    const machine = await describeMachine(serverUrl);
    const loadAtStart = loadavg()[0];
    await ensureDatabase(serverUrl, database);
    databaseCreated = true;
    // the scaffold builds while the database fills (nothing is measured meanwhile)
    const scaffold = buildScaffold(scaffoldDir);
    scaffold.catch(() => undefined);
    await runNode([join(ROOT, 'dist/apps/api/main.js'), 'migrate'], { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
    log('migrated; generating the data set');
    const loadStarted = Date.now();
    const dataSet = await generateBenchData(databaseUrl, mode);
    const dataLoadSeconds = (Date.now() - loadStarted) / 1000;
    log(`data set loaded in ${dataLoadSeconds.toFixed(1)} s; waiting for the scaffold build`);
    const frontend = measureFrontend(await scaffold);

    const appPort = await freePort();
    servers.push(
      await startServer({
        name: 'app',
        args: [join(ROOT, 'dist/apps/api/main.js')],
        env: { DATABASE_URL: databaseUrl, PORT: String(appPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', SEED_DEMO: 'false', DB_POOL_SIZE: String(POOL_SIZE) },
        port: appPort,
        readyPath: '/api/health/ready',
      }),
    );
    const baselinePort = await freePort();
    servers.push(
      await startServer({
        name: 'baseline',
        args: ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', join(ROOT, 'bench/baseline/main.ts')],
        env: { TS_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json'), DATABASE_URL: databaseUrl, PORT: String(baselinePort), DB_POOL_SIZE: String(POOL_SIZE), NODE_ENV: 'production' },
        port: baselinePort,
        readyPath: '/api/health',
      }),
    );
    const urls = { app: servers[0].baseUrl, baseline: servers[1].baseUrl };
    const logins = await signInBenchUsers(databaseUrl, urls.app);
    const cookies = { FACHBERATUNG: logins.fachberatung.cookie, KOORDINATION: logins.coordinator.cookie };
    const { scenarios } = await defineScenarios(databaseUrl);
    await verifyScenarios(urls, scenarios, cookies);
    log('app and baseline answer every scenario with the same rows; counting SQL statements (G5)');
    const statements = await countListStatements(databaseUrl, [logins.fachberatung, logins.coordinator]);
    log('measuring recall (G4)');
    const recall = await measureRecall(databaseUrl, urls.app, cookies.FACHBERATUNG);
    const rounds = await runRounds(urls, scenarios, cookies, settings, log);
    const summary = medians(rounds);
    log('measuring exports and report runs (E1–E4)');
    let exportFigures: ExportFigures | null = null;
    let exportFailure = '';
    try {
      exportFigures = await measureExports({
        mode,
        databaseUrl,
        baseUrl: urls.app,
        pid: servers[0].child.pid as number,
        cookie: cookies.FACHBERATUNG,
        s1Path: scenarios.find((s) => s.id === 'S1')?.path as string,
        rate: settings.lightRate,
        seconds: settings.lightSeconds,
        repeats: settings.rounds,
        log,
      });
    } catch (error) {
      // the API figures are still worth a report; the export rows say what went wrong
      exportFailure = error instanceof Error ? error.message : String(error);
      log(`export measurement failed: ${exportFailure}`);
    }
    const loadAtEnd = loadavg()[0];
    const report: BenchReport = {
      date: new Date().toISOString(),
      mode,
      machine: { ...machine, loadAverage: { start: loadAtStart, end: loadAtEnd } },
      durationSeconds: (Date.now() - started) / 1000,
      dataSet,
      dataLoadSeconds,
      settings: { ...settings, poolSize: POOL_SIZE },
      scenarios,
      goals: { api: apiGoals(summary, recall, statements, settings.rate, settings.lightRate), exports: exportFigures ? exportGoals(exportFigures) : exportGoalsNotMeasured(exportFailure.split('\n')[0].slice(0, 200)), frontend: frontendGoals(frontend) },
      medians: summary,
      rounds,
      statements,
      recall,
      exports: exportFigures,
      frontend,
    };
    const written = writeReport(report, outDir);
    process.stdout.write(`${summaryMarkdown(report)}\n\nreport: ${written.markdown}\n        ${written.json}\n`);
  } finally {
    await cleanup();
  }
  log('done');
}

main().catch((error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
