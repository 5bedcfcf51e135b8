import * as argon2 from 'argon2';
import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import request from 'supertest';
import type { Role } from '@bn/shared/contracts';
import { TestApp, uniqueSuffix } from '../support/test-app';

export const STRONG_PASSWORD = 'Fahrradkette-Sommerwiese-42';
export const OTHER_STRONG_PASSWORD = 'Leuchtturm-Apfelkuchen-17';

export interface ErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export interface AccountFixture {
  id: string;
  email: string;
  password: string;
  totpSecret: string | null;
}

let ipCounter = 0;
const ipBase = Math.floor(Math.random() * 200) + 20;

/** A fresh client address per call, so the login throttle of one test never affects another. */
export function freshIp(): string {
  ipCounter += 1;
  return `10.${ipBase}.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

/** Inserts an account with an argon2id password (and optionally an enabled TOTP secret). */
export async function createAccount(
  app: TestApp,
  role: Role,
  options: { password?: string | null; totpSecret?: string | null; allianceIds?: string[]; mentorProfileId?: string | null; recoveryCodes?: string[] } = {},
): Promise<AccountFixture> {
  const email = `konto-${role.toLowerCase()}-${uniqueSuffix()}${uniqueSuffix()}@example.org`;
  const password = options.password === undefined ? STRONG_PASSWORD : options.password;
  const hash = password ? await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 }) : null;
  let mentorProfileId = options.mentorProfileId ?? null;
  if (role === 'MENTOR' && !mentorProfileId) mentorProfileId = await createMentorProfile(app);
  const [row] = await app.dataSource.query(
    `INSERT INTO user_account (email, display_name, role, mentor_profile_id, password_hash, totp_secret, totp_enabled_at)
     VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [email, `Konto ${role} ${uniqueSuffix()}`, role, mentorProfileId, hash, options.totpSecret ?? null],
  );
  for (const allianceId of options.allianceIds ?? []) {
    await app.dataSource.query(`INSERT INTO user_alliance (user_id, alliance_id) VALUES ($1, $2)`, [row.id, allianceId]);
  }
  for (const code of options.recoveryCodes ?? []) {
    await app.dataSource.query(`INSERT INTO recovery_code (user_id, code_hash) VALUES ($1, $2)`, [
      row.id,
      createHash('sha256').update(code.toLowerCase().replace(/[\s-]/g, '')).digest('hex'),
    ]);
  }
  return { id: row.id as string, email, password: password ?? '', totpSecret: options.totpSecret ?? null };
}

export async function createAlliance(app: TestApp): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
     VALUES ($1, $2, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE') RETURNING id`,
    [`ACC-${uniqueSuffix()}`, `Kontenbündnis ${uniqueSuffix()}`],
  );
  return row.id as string;
}

export async function createMentorProfile(app: TestApp): Promise<string> {
  const [person] = await app.dataSource.query(
    `INSERT INTO person (first_name, last_name, data_source) VALUES ('Mona', $1, 'SERVICEBUERO') RETURNING id`,
    [`Kontenmentorin-${uniqueSuffix()}`],
  );
  const [profile] = await app.dataSource.query(
    `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{ONLINE}', 3) RETURNING id`,
    [person.id],
  );
  return profile.id as string;
}

export function newSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpCode(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

/** A code that is none of the accepted ones (previous, current, next step). */
export function wrongTotpCode(secret: string): string {
  const accepted = new Set([-1, 0, 1].map((step) => totpCode(secret, step)));
  for (let n = 0; ; n += 1) {
    const candidate = String(n).padStart(6, '0');
    if (!accepted.has(candidate)) return candidate;
  }
}

/** The session cookie ("name=value") of a Set-Cookie header, or null. */
export function sessionCookie(response: request.Response): string | null {
  const header = response.headers['set-cookie'] as unknown;
  const cookies = Array.isArray(header) ? (header as string[]) : typeof header === 'string' ? [header] : [];
  const cookie = cookies.find((c) => /^(__Host-)?bn_session=[^;]+/.test(c));
  return cookie ? cookie.split(';')[0] : null;
}

export function setCookieHeader(response: request.Response): string {
  const header = response.headers['set-cookie'] as unknown;
  return Array.isArray(header) ? (header as string[]).join('\n') : String(header ?? '');
}

export interface Client {
  cookie: string;
  ip: string;
  get(path: string): request.Test;
  post(path: string): request.Test;
  put(path: string): request.Test;
  delete(path: string): request.Test;
}

/** Requests with a given cookie from a given client address. */
export function clientWith(app: TestApp, cookie: string, ip: string): Client {
  const agent = request(app.app.getHttpServer());
  return {
    cookie,
    ip,
    get: (path) => agent.get(path).set('Cookie', cookie).set('X-Forwarded-For', ip),
    post: (path) => agent.post(path).set('Cookie', cookie).set('X-Forwarded-For', ip),
    put: (path) => agent.put(path).set('Cookie', cookie).set('X-Forwarded-For', ip),
    delete: (path) => agent.delete(path).set('Cookie', cookie).set('X-Forwarded-For', ip),
  };
}

export function loginRequest(app: TestApp, email: string, password: string, ip: string): request.Test {
  return app.anonymous.post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });
}

/** Logs in (password step) and returns the client with the new session cookie. */
export async function login(app: TestApp, account: { email: string; password: string }, ip = freshIp()): Promise<Client & { body: Record<string, unknown> }> {
  const response = await loginRequest(app, account.email, account.password, ip);
  expect(response.status).toBe(200);
  const cookie = sessionCookie(response);
  expect(cookie).toBeTruthy();
  return { ...clientWith(app, cookie ?? '', ip), body: response.body as Record<string, unknown> };
}

/** Logs in and completes the TOTP step. */
export async function loginWithTotp(app: TestApp, account: AccountFixture): Promise<Client> {
  const client = await login(app, account);
  const response = await client.post('/api/auth/totp').send({ code: totpCode(account.totpSecret ?? '') });
  expect(response.status).toBe(200);
  return client;
}

/** `$argon2id$v=19$m=19456,p=1,t=2$salt$hash` → its type and parameters (node-argon2 writes them in m,p,t order). */
export function argon2Parameters(hash: string): Record<string, string> {
  const [, type, version, params] = hash.split('$');
  const entries = [version, ...params.split(',')].map((pair) => pair.split('=') as [string, string]);
  return { type, ...Object.fromEntries(entries) };
}
