import { ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Support for the drills that need the API as a real, separate process (R3 graceful shutdown, R10
 * database restart): it runs the TypeScript entry point apps/api/src/main.ts with ts-node (transpile
 * only) and tsconfig-paths, so the drill needs no build.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and the time of exit. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  output(): string;
  /** SIGKILL if still running (cleanup after a failed drill). */
  kill(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Starts the API (`main.ts` without a command: migrate, then serve) and waits until /api/health answers. */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(ROOT, 'apps/api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      TS_NODE_PROJECT: join(ROOT, 'tsconfig.tools.json'),
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 200));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const api: ApiProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    exited,
    output: () => lines.join('\n'),
    kill: () => {
      if (!hasExited) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + 90000;
  while (Date.now() < deadline && !hasExited) {
    const answer = await get(api.baseUrl, '/api/health', '', new Agent()).catch(() => null);
    if (answer?.status === 200) return api;
    await sleep(200);
  }
  api.kill();
  throw new Error(`the API did not start:\n${api.output()}`);
}

/** Inserts a user of the role with a live session (the login flow has tests of its own); returns the cookie. */
export async function insertSession(databaseUrl: string, role: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const tag = randomBytes(5).toString('hex');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO user_account (email, display_name, role, totp_enabled_at) VALUES ($1, $2, $3, now()) RETURNING id`,
      [`drill-${tag}@example.org`, `Drill ${tag}`, role],
    );
    const token = randomBytes(32).toString('base64url');
    await client.query(`INSERT INTO user_session (user_id, token_hash, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 hour')`, [
      rows[0].id,
      createHash('sha256').update(token).digest('hex'),
    ]);
    return `bn_session=${token}`;
  } finally {
    await client.end();
  }
}

/** The outcome of one HTTP request of a drill. */
export interface Outcome {
  path: string;
  sentAt: number;
  doneAt: number;
  status: number | null;
  /** Socket error code (ECONNREFUSED, ECONNRESET …) or message. */
  error: string | null;
  body: string;
}

/** One request over the given agent; never rejects (errors become outcomes). */
export function send(baseUrl: string, path: string, cookie: string, agent: Agent, method: 'GET' | 'POST' = 'GET', body?: unknown): Promise<Outcome> {
  const sentAt = Date.now();
  return new Promise((resolve) => {
    const url = new URL(path, baseUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method,
        headers: { cookie, accept: 'application/json', ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ path, sentAt, doneAt: Date.now(), status: res.statusCode ?? null, error: null, body: text }));
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ path, sentAt, doneAt: Date.now(), status: null, error: error.code ?? error.message, body: text }));
      },
    );
    req.setTimeout(20000, () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ path, sentAt, doneAt: Date.now(), status: null, error: error.code ?? error.message, body: '' }));
    req.end(payload);
  });
}

export async function get(baseUrl: string, path: string, cookie: string, agent: Agent): Promise<Outcome> {
  return send(baseUrl, path, cookie, agent);
}
