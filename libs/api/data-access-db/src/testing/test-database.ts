import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, isServerReachable, migrateDatabase, withDatabase } from '../lib/runtime/database-admin';
import { startEmbeddedPostgres } from '../lib/runtime/embedded-postgres';

export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh database for one test run, migrated from zero. The server comes from DATABASE_URL if set,
 * otherwise from 127.0.0.1:5432 if one answers, otherwise from an embedded PostgreSQL in a temp folder.
 */
export async function createTestDatabase(prefix = 'bn_test'): Promise<TestDatabase> {
  const configured = process.env['DATABASE_URL'];
  let serverUrl: string;
  let stopServer: (() => Promise<void>) | undefined;
  if (configured) {
    serverUrl = withDatabase(configured, 'postgres');
  } else if (await isServerReachable(LOCAL_SERVER)) {
    serverUrl = LOCAL_SERVER;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'bn-test-pg-'));
    const port = 15432 + Math.floor(Math.random() * 1000);
    const server = await startEmbeddedPostgres(dataDir, port);
    serverUrl = server.serverUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const database = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await ensureDatabase(serverUrl, database);
  const url = withDatabase(serverUrl, database);
  await migrateDatabase(url);
  return {
    url,
    dispose: async () => {
      await dropDatabase(serverUrl, database);
      await stopServer?.();
    },
  };
}
