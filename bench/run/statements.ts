import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig } from '@bn/api/core';
import { createApp } from '@bn/api/app';
import { isSessionStatement, spyOnStatements } from '../baseline/statement-spy';
import type { BenchLogin } from './accounts';

/** G5: SQL statements of one list request, the session lookup counted apart. */
export interface StatementCount {
  role: BenchLogin['role'];
  path: string;
  /** Statements for the request's own work at pageSize 10 and 100. */
  small: number;
  large: number;
  /** The AuthGuard's session lookup (per request, the same for every route). */
  session: number;
  /** Rows returned at pageSize 10 and 100 (to show that the pages were full). */
  rowsSmall: number;
  rowsLarge: number;
}

/** The domain lists, per role that may read them. */
const LISTS: Record<BenchLogin['role'], string[]> = {
  FACHBERATUNG: [
    '/api/alliances', '/api/organisations', '/api/persons', '/api/activities', '/api/projects', '/api/events',
    '/api/mentors', '/api/requests', '/api/deployments', '/api/audit',
  ],
  KOORDINATION: ['/api/alliances', '/api/organisations', '/api/persons', '/api/activities', '/api/projects', '/api/events', '/api/requests', '/api/deployments'],
};

/**
 * Counts the statements with a spy on the pg driver in this process: the app (same code as the built
 * one, from the TypeScript sources) runs in-process against the benchmark database, one request at a
 * time, so every statement seen belongs to that request.
 */
export async function countListStatements(databaseUrl: string, logins: BenchLogin[]): Promise<StatementCount[]> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'error', NODE_ENV: 'production', DB_POOL_SIZE: '2' });
  const app = await createApp(config, databaseUrl);
  await app.listen(0, '127.0.0.1');
  const port = ((app.getHttpServer() as Server).address() as AddressInfo).port;
  const spy = spyOnStatements();
  const counts: StatementCount[] = [];
  try {
    const measure = async (path: string, cookie: string, pageSize: number) => {
      spy.reset();
      const response = await fetch(`http://127.0.0.1:${port}${path}?pageSize=${pageSize}`, { headers: { cookie } });
      const body = (await response.json()) as { items?: unknown[] };
      const statements = [...spy.statements];
      return { status: response.status, rows: body.items?.length ?? 0, own: statements.filter((s) => !isSessionStatement(s)).length, session: statements.filter(isSessionStatement).length };
    };
    for (const login of logins) {
      for (const path of LISTS[login.role]) {
        // one request first, so one-off work (metadata, prepared caches) is not counted
        await measure(path, login.cookie, 10);
        const small = await measure(path, login.cookie, 10);
        const large = await measure(path, login.cookie, 100);
        if (small.status !== 200 || large.status !== 200) throw new Error(`G5: ${path} as ${login.role} answered ${small.status}/${large.status}`);
        counts.push({ role: login.role, path, small: small.own, large: large.own, session: small.session, rowsSmall: small.rows, rowsLarge: large.rows });
      }
    }
  } finally {
    spy.restore();
    await app.close();
  }
  return counts;
}
