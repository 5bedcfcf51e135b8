import { INestApplication, Logger } from '@nestjs/common';
import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@bn/api/core';
import { createApp } from '@bn/api/app';
import { createUserWithSession, TestUser, uniqueSuffix } from '../support/test-app';
import { CapturedLine, StdoutCapture } from './log-capture';
import { describeRoute, listRoutes } from './route-inventory';

const ACCESS_FIELDS = ['time', 'level', 'context', 'message', 'requestId', 'userId', 'method', 'path', 'status', 'durationMs', 'aborted'];

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** The session token from a Set-Cookie header (bn_session or __Host-bn_session). */
function sessionTokenFrom(setCookie: string[] | string | undefined): string | null {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  for (const cookie of cookies) {
    const match = /^(?:__Host-)?bn_session=([^;]+)/.exec(cookie);
    if (match && match[1]) return match[1];
  }
  return null;
}

describe('Structured JSON logs: request ids and no secrets', () => {
  const capture = new StdoutCapture();
  let nest: INestApplication;
  let server: ReturnType<INestApplication['getHttpServer']>;
  let dataSource: DataSource;
  let session: TestUser;
  /** Every value that must never appear in a log line. */
  const secrets: string[] = [];

  beforeAll(async () => {
    const url = process.env['BN_TEST_DATABASE_URL'];
    if (!url) throw new Error('BN_TEST_DATABASE_URL is not set; run through the api-e2e jest config.');
    capture.start();
    nest = await createApp(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'log', NODE_ENV: 'test' }), url);
    await nest.init();
    server = nest.getHttpServer();
    dataSource = nest.get(DataSource);
    session = await createUserWithSession(dataSource, 'FACHBERATUNG');
    const token = session.cookie.slice(session.cookie.indexOf('=') + 1);
    secrets.push(token, sha256(token));
  });

  afterAll(async () => {
    capture.stop();
    await nest.close();
  });

  it('writes only JSON lines, from the boot messages on', () => {
    const lines = capture.lines();
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((line) => line.context === 'RoutesResolver' || line.context === 'RouterExplorer')).toBe(true);
    for (const line of lines) {
      expect(line).toMatchObject({ time: expect.any(String), level: expect.any(String) });
    }
  });

  it('logs a login with a password, a failed login and requests with the session cookie without any secret', async () => {
    const password = `Geheimes-Kennwort-${randomBytes(6).toString('hex')}`;
    const wrongPassword = `Falsches-Kennwort-${randomBytes(6).toString('hex')}`;
    const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    secrets.push(password, wrongPassword, hash, hash.slice(hash.lastIndexOf('$') + 1));
    const email = `log-test-${uniqueSuffix()}${uniqueSuffix()}@example.org`;
    await dataSource.query(
      `INSERT INTO user_account (email, display_name, role, password_hash, password_changed_at) VALUES ($1, 'Log Test', 'KOORDINATION', $2, now())`,
      [email, hash],
    );
    // A client address of its own, so that other test files' failed logins do not throttle this one.
    const clientIp = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;

    expect(listRoutes(nest).map(describeRoute)).toContain('POST /api/auth/login');
    const failed = await request(server).post('/api/auth/login').set('X-Forwarded-For', clientIp).send({ email, password: wrongPassword });
    expect(failed.status).toBe(401);
    const login = await request(server).post('/api/auth/login').set('X-Forwarded-For', clientIp).send({ email, password });
    expect(login.status).toBe(200);
    const loginToken = sessionTokenFrom(login.headers['set-cookie']);
    expect(loginToken).toEqual(expect.any(String));
    secrets.push(String(loginToken), sha256(String(loginToken)));
    const me = await request(server).get('/api/auth/me').set('Cookie', `bn_session=${String(loginToken)}`);
    expect(me.status).toBe(200);

    // Requests that carry the session cookie, a password in the body and tokens in headers and query.
    const withCookie = await request(server).get('/api/organisations?pageSize=1').set('Cookie', session.cookie);
    expect(withCookie.status).toBe(200);
    const withPasswordBody = await request(server)
      .post('/api/organisations')
      .set('Cookie', `theme=dark; ${session.cookie}`)
      .send({ name: `Log-Test ${uniqueSuffix()}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', password, token: secrets[0] });
    expect(withPasswordBody.status).toBe(400);
    const hostCookie = await request(server).get('/api/audit?pageSize=1').set('Cookie', `__Host-${session.cookie}`);
    expect(hostCookie.status).toBe(200);
    const bearer = await request(server).get(`/api/organisations?token=${secrets[0]}&password=${password}`).set('Authorization', `Bearer ${secrets[0]}`);
    expect(bearer.status).toBe(401);
    const invitationToken = randomBytes(32).toString('base64url');
    secrets.push(invitationToken);
    await request(server).get(`/einladung/${invitationToken}`);
    const anonymousLogin = await request(server).post('/api/auth/login').set('X-Forwarded-For', clientIp).send({ email: 'niemand@example.org', password: wrongPassword });
    expect(anonymousLogin.status).toBeGreaterThanOrEqual(400);

    // Application code that logs a secret by mistake is redacted as well.
    const logger = new Logger('LeakTest');
    logger.log(`Cookie: ${session.cookie}; Authorization: Bearer ${secrets[0]}; Hash ${hash}; Digest ${sha256(secrets[0])}`);
    logger.log({ user: email, password, nested: { sessionToken: secrets[0], list: [{ passwordHash: hash }] } });
    logger.warn(`Anmeldung mit {"password":"${password}"} fehlgeschlagen`);
    logger.error(new Error(`Fehler mit __Host-bn_session=${secrets[0]}`));
    await new Promise((resolve) => setImmediate(resolve));

    const text = capture.text;
    expect(text).toContain('LeakTest');
    expect(text).toContain('[REDACTED]');
    const leaked = secrets.filter((secret) => text.includes(secret)).map((secret) => `${secret.slice(0, 6)}…`);
    expect(leaked).toEqual([]);
    expect(text).not.toMatch(/\$argon2id\$/);
    expect(text).not.toMatch(/bn_session=(?!\[REDACTED\])/);
    expect(text).not.toContain('theme=dark');
  });

  it('writes one access line per request with method, path, status, duration, request id and user, never headers or query', async () => {
    const requestId = `log-test-${uniqueSuffix()}`;
    const echoed = await request(server).get('/api/organisations?pageSize=1&q=geheim').set('Cookie', session.cookie).set('X-Request-Id', requestId);
    expect(echoed.status).toBe(200);
    expect(echoed.headers['x-request-id']).toBe(requestId);
    const assigned = await request(server).get('/api/health');
    expect(assigned.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const invalidId = await request(server).get('/api/health').set('X-Request-Id', 'nicht erlaubt; <script>');
    expect(invalidId.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setImmediate(resolve));

    const access = capture.accessLines();
    expect(access.length).toBeGreaterThanOrEqual(8);
    for (const line of access) {
      expect(line).toMatchObject({
        level: 'log',
        requestId: expect.any(String),
        method: expect.any(String),
        path: expect.stringMatching(/^\/[^?]*$/),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      });
      expect(Object.keys(line).filter((key) => !ACCESS_FIELDS.includes(key))).toEqual([]);
    }
    const byId = (id: string): CapturedLine | undefined => access.find((line) => line.requestId === id);
    expect(byId(requestId)).toMatchObject({ method: 'GET', path: '/api/organisations', status: 200, userId: session.userId });
    const health = byId(String(assigned.headers['x-request-id']));
    expect(health).toMatchObject({ path: '/api/health', status: 200 });
    expect(health).not.toHaveProperty('userId');
    expect(byId(String(invalidId.headers['x-request-id']))).toBeDefined();
    expect(capture.text).not.toContain('q=geheim');
    expect(access.find((line) => String(line.path).startsWith('/einladung/'))).toMatchObject({ path: '/einladung/[REDACTED]' });
  });
});
