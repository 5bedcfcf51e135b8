import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '@bn/api/core';
import { createApp } from '@bn/api/app';
import type { TestDatabase } from '@bn/api/data-access-db/testing';
/* eslint-disable @nx/enforce-module-boundaries -- bench/ is the benchmark, not an Nx project; this test guards its baseline */
import { generateBenchData } from '../../../../bench/generate/generate';
import { Baseline, createBaseline } from '../../../../bench/baseline/server';
import { isSessionStatement, spyOnStatements, Statement, StatementSpy } from '../../../../bench/baseline/statement-spy';
/* eslint-enable @nx/enforce-module-boundaries */

/**
 * The benchmark's raw baseline (bench/baseline) must send exactly the SQL the app sends for the
 * scenarios S1–S4, session lookup included; otherwise G1/G2 compare different work. Both run here
 * against one database with the quick benchmark data, with a spy on pg's Client#query, and the
 * statements (text and parameters) of each request must be equal. When the app's SQL changes, this
 * test fails and shows the new text for bench/baseline/sql.ts.
 */
describe('Benchmark baseline: the same SQL as the app for S1–S4', () => {
  let database: TestDatabase;
  let client: Client;
  let app: INestApplication;
  let baseline: Baseline;
  let spy: StatementSpy;
  const sessions: Record<'staff' | 'coordinator', { id: string; cookie: string }> = {
    staff: { id: '', cookie: '' },
    coordinator: { id: '', cookie: '' },
  };
  let allianceId: string;
  let coveringAllianceId: string;
  /** The nextCursor of page 149: the keyset way to page 150. */
  let deepCursor: string;

  async function startSession(userId: string): Promise<{ id: string; cookie: string }> {
    const token = randomBytes(32).toString('base64url');
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO user_session (user_id, token_hash, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '1 hour') RETURNING id`,
      [userId, createHash('sha256').update(token).digest('hex')],
    );
    return { id: rows[0].id, cookie: `bn_session=${token}` };
  }

  beforeAll(async () => {
    const { createTestDatabase } = await import('@bn/api/data-access-db/testing');
    database = await createTestDatabase('bn_bench_sql');
    await generateBenchData(database.url, 'quick');
    client = new Client({ connectionString: database.url });
    await client.connect();
    const staff = await client.query<{ id: string }>(`SELECT id FROM user_account WHERE role = 'FACHBERATUNG' ORDER BY email LIMIT 1`);
    const coordinator = await client.query<{ id: string }>(
      `SELECT u.id FROM user_account u JOIN user_alliance ua ON ua.user_id = u.id WHERE u.role = 'KOORDINATION'
        GROUP BY u.id HAVING count(*) = 1 ORDER BY u.id LIMIT 1`,
    );
    sessions.staff = await startSession(staff.rows[0].id);
    sessions.coordinator = await startSession(coordinator.rows[0].id);
    const alliances = await client.query<{ id: string }>(
      `SELECT a.id FROM alliance a WHERE EXISTS (SELECT 1 FROM partnership p WHERE p.alliance_id = a.id) ORDER BY a.code LIMIT 2`,
    );
    allianceId = alliances.rows[0].id;
    coveringAllianceId = alliances.rows[1].id;
    // the generated alliances cover no further Gemeinden; one that does exercises the detail's extra statement
    await client.query(`UPDATE alliance SET covered_ags = ARRAY(SELECT ags FROM gemeinde ORDER BY ags LIMIT 2) WHERE id = $1`, [coveringAllianceId]);

    const before = await client.query<{ occurred_on: string; id: string }>(
      `SELECT to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, id FROM activity WHERE archived_at IS NULL
        ORDER BY occurred_on DESC NULLS LAST, id DESC OFFSET ${149 * 25 - 1} LIMIT 1`,
    );
    deepCursor = Buffer.from(JSON.stringify([before.rows[0].occurred_on, before.rows[0].id]), 'utf8').toString('base64url');

    app = await createApp(loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'error', NODE_ENV: 'test', DB_POOL_SIZE: '2' }), database.url);
    await app.init();
    baseline = createBaseline({ databaseUrl: database.url, poolSize: 2 });
    spy = spyOnStatements();
  }, 120000);

  afterAll(async () => {
    spy?.restore();
    await baseline?.pool.end();
    await app?.close();
    await client?.end();
    await database?.dispose();
  });

  /** Statements of one request, in a stable order (the detail's relations are loaded side by side). */
  async function statementsOf(server: Parameters<typeof request>[0], path: string, cookie: string): Promise<{ status: number; statements: Statement[] }> {
    spy.reset();
    const response = await request(server).get(path).set('Cookie', cookie);
    const statements = [...spy.statements].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    return { status: response.status, statements };
  }

  async function setLastSeen(sessionId: string, secondsAgo: number): Promise<void> {
    await client.query(`UPDATE user_session SET last_seen_at = now() - make_interval(secs => $2) WHERE id = $1`, [sessionId, secondsAgo]);
  }

  const scenarios: [string, 'staff' | 'coordinator', () => string][] = [
    ['S1 list page 1 as Fachberatung', 'staff', () => '/api/activities?page=1&pageSize=25'],
    ['S1 list page 1 as coordinator', 'coordinator', () => '/api/activities?page=1&pageSize=25'],
    ['S2 deep page by offset', 'staff', () => '/api/activities?page=150&pageSize=25'],
    ['S2 deep page by keyset cursor', 'staff', () => `/api/activities?page=150&pageSize=25&after=${deepCursor}`],
    ['S3 search q=mueller (organisations)', 'staff', () => '/api/search?q=mueller&types=organisation'],
    ['S4 alliance detail', 'staff', () => `/api/alliances/${allianceId}`],
    ['S4 alliance detail with covered Gemeinden', 'staff', () => `/api/alliances/${coveringAllianceId}`],
  ];

  it.each(scenarios)('%s', async (_name, who, path) => {
    const session = sessions[who];
    await setLastSeen(session.id, 0);
    const ofApp = await statementsOf(app.getHttpServer(), path(), session.cookie);
    await setLastSeen(session.id, 0);
    const ofBaseline = await statementsOf(baseline.server, path(), session.cookie);
    expect(ofApp.status).toBe(200);
    expect(ofBaseline.status).toBe(200);
    expect(ofApp.statements.filter(isSessionStatement)).toHaveLength(1);
    expect(ofBaseline.statements).toEqual(ofApp.statements);
  });

  it('the keyset page is the offset page, and page 149 hands out its cursor', async () => {
    const cookie = sessions.staff.cookie;
    const byOffset = await request(app.getHttpServer()).get('/api/activities?page=150&pageSize=25').set('Cookie', cookie);
    const byCursor = await request(app.getHttpServer()).get(`/api/activities?page=150&pageSize=25&after=${deepCursor}`).set('Cookie', cookie);
    const previous = await request(app.getHttpServer()).get('/api/activities?page=149&pageSize=25').set('Cookie', cookie);
    expect(byCursor.body.items.map((item: { id: string }) => item.id)).toEqual(byOffset.body.items.map((item: { id: string }) => item.id));
    expect(previous.body.nextCursor).toBe(deepCursor);
  });

  it('touches the session like the app when it was last seen over a minute ago', async () => {
    const session = sessions.staff;
    await setLastSeen(session.id, 120);
    const ofApp = await statementsOf(app.getHttpServer(), '/api/activities?page=1&pageSize=25', session.cookie);
    await setLastSeen(session.id, 120);
    const ofBaseline = await statementsOf(baseline.server, '/api/activities?page=1&pageSize=25', session.cookie);
    expect(ofApp.statements.filter(isSessionStatement)).toHaveLength(2);
    expect(ofBaseline.statements).toEqual(ofApp.statements);
  });
});
