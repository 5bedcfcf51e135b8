import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { RUN_DIR, WORKSPACE_ROOT } from './paths';

const API_MAIN = join(WORKSPACE_ROOT, 'dist', 'apps', 'api', 'main.js');
const WEB_INDEX = join(WORKSPACE_ROOT, 'dist', 'apps', 'web', 'browser', 'index.html');
export const SERVER_LOG = join(RUN_DIR, 'server.log');
const READY_TIMEOUT_MS = 240_000;

/** The PostgreSQL server (not database) to create the test database on: DATABASE_URL's server, or the local one. */
function serverUrl(): string {
  const configured = process.env['DATABASE_URL'];
  const url = new URL(configured ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = '/postgres';
  return url.toString();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function psql(sql: string): void {
  execFileSync('psql', [serverUrl(), '-v', 'ON_ERROR_STOP=1', '-qXc', sql], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function assertBuildExists(): void {
  for (const file of [API_MAIN, WEB_INDEX]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing. Build first: npx nx run-many -t build -p api web --configuration=production`,
      );
    }
  }
}

/** A fresh, empty database named after this process; the app migrates and seeds it at start. */
export function createDatabase(): { name: string; url: string } {
  const name = `bn_e2e_${process.pid}`;
  psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  psql(`CREATE DATABASE "${name}"`);
  return { name, url: withDatabase(serverUrl(), name) };
}

export function dropDatabase(name: string): void {
  psql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `node dist/apps/api/main.js`; its output goes to tmp/web-e2e/server.log. */
export function startServer(databaseUrl: string, port: number): ChildProcess {
  const log = openSync(SERVER_LOG, 'w');
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: WORKSPACE_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'true',
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  return child;
}

function logTail(): string {
  try {
    return readFileSync(SERVER_LOG, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** Waits until /api/health/ready answers 200 (after migrations and the demo seed). */
export async function waitUntilReady(child: ChildProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${logTail()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health/ready`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The API was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${logTail()}`);
}

/** SIGTERM, then SIGKILL when it does not stop within 15 s. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
