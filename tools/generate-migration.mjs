// Runs tools/db/generate-migration.ts with ts-node and the workspace path aliases.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'tools/db/generate-migration.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.tools.json' } },
);
process.exit(result.status ?? 1);
