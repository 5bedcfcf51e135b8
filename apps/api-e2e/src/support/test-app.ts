import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Role } from '@bn/shared/contracts';
import { loadConfig } from '@bn/api/core';
import { createApp } from '@bn/api/app';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** supertest with the session cookie of one signed-in user on every request. */
export type SessionHttp = Record<Method, (path: string) => request.Test>;

export interface TestUser {
  userId: string;
  displayName: string;
  cookie: string;
  role: Role;
}

export interface TestApp {
  app: INestApplication;
  /** Requests as the default user (a Fachberatung account unless startTestApp was told otherwise). */
  http: SessionHttp;
  /** Requests without any session. */
  anonymous: ReturnType<typeof request>;
  user: TestUser;
  dataSource: DataSource;
  /** Creates another user with a live session and returns requests made as that user. */
  signIn(role: Role, options?: { allianceIds?: string[]; mentorProfileId?: string | null }): Promise<SessionHttp & { user: TestUser }>;
  close(): Promise<void>;
}

/** Inserts an account and a live session directly (the login flow has tests of its own). */
export async function createUserWithSession(
  dataSource: DataSource,
  role: Role,
  options: { allianceIds?: string[]; mentorProfileId?: string | null } = {},
): Promise<TestUser> {
  const tag = randomBytes(5).toString('hex');
  const displayName = `Test ${role} ${tag}`;
  const [user] = await dataSource.query(
    `INSERT INTO user_account (email, display_name, role, mentor_profile_id, totp_enabled_at)
     VALUES ($1, $2, $3::varchar, $4::uuid, CASE WHEN $3::varchar IN ('FACHBERATUNG', 'LEITUNG', 'ADMINISTRATION') THEN now() END) RETURNING id`,
    [`test-${tag}@example.org`, displayName, role, options.mentorProfileId ?? null],
  );
  for (const allianceId of options.allianceIds ?? []) {
    await dataSource.query(`INSERT INTO user_alliance (user_id, alliance_id) VALUES ($1, $2)`, [user.id, allianceId]);
  }
  const token = randomBytes(32).toString('base64url');
  await dataSource.query(
    `INSERT INTO user_session (user_id, token_hash, last_seen_at, expires_at) VALUES ($1, $2, now(), now() + interval '10 hours')`,
    [user.id, createHash('sha256').update(token).digest('hex')],
  );
  return { userId: user.id as string, displayName, cookie: `bn_session=${token}`, role };
}

function sessionHttp(server: Parameters<typeof request>[0], cookie: string): SessionHttp {
  const agent = request(server);
  return {
    get: (path) => agent.get(path).set('Cookie', cookie),
    post: (path) => agent.post(path).set('Cookie', cookie),
    put: (path) => agent.put(path).set('Cookie', cookie),
    patch: (path) => agent.patch(path).set('Cookie', cookie),
    delete: (path) => agent.delete(path).set('Cookie', cookie),
  };
}

/**
 * Boots the real app (validation, filters, guard, all modules) against the run's test database.
 * `env` adds or overrides configuration variables (e.g. SMTP_HOST/SMTP_PORT of a test mail server).
 */
export async function startTestApp(role: Role = 'FACHBERATUNG', env: Record<string, string> = {}): Promise<TestApp> {
  const url = process.env['BN_TEST_DATABASE_URL'];
  if (!url) throw new Error('BN_TEST_DATABASE_URL is not set; run through the api-e2e jest config.');
  const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'error', NODE_ENV: 'test', ...env });
  const app = await createApp(config, url);
  await app.init();
  const dataSource = app.get(DataSource);
  const server = app.getHttpServer();
  const user = await createUserWithSession(dataSource, role);
  return {
    app,
    http: sessionHttp(server, user.cookie),
    anonymous: request(server),
    user,
    dataSource,
    signIn: async (otherRole, options) => {
      const other = await createUserWithSession(dataSource, otherRole, options);
      return { ...sessionHttp(server, other.cookie), user: other };
    },
    close: () => app.close(),
  };
}

/** A short unique suffix so tests never depend on each other's rows. */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Counts rows of a table (to prove that rejected requests wrote nothing). */
export async function countRows(dataSource: DataSource, table: string): Promise<number> {
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM "${table}"`);
  return count as number;
}
