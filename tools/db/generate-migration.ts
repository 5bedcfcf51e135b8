/**
 * Generates a migration from the difference between the entities and a scratch database migrated
 * to the latest state: `npm run db:migration:generate -- AddSomething`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase } from '@bn/api/data-access-db/testing';

const MIGRATIONS_DIR = 'libs/api/data-access-db/src/lib/migrations';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run db:migration:generate -- <PascalCaseName>');
  }
  const database = await createTestDatabase('bn_migration_gen');
  const before = new Set(readdirSync(MIGRATIONS_DIR));
  try {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'node_modules/typeorm/cli.js', 'migration:generate',
        '-d', 'libs/api/data-access-db/src/lib/typeorm-cli.config.ts', join(MIGRATIONS_DIR, name)],
      { stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url, TS_NODE_PROJECT: 'tsconfig.tools.json' } },
    );
    if (result.status !== 0) process.exitCode = result.status ?? 1;
    // Generated-column metadata names the scratch database; make it name the migrated one instead.
    const dbName = new URL(database.url).pathname.slice(1);
    for (const file of readdirSync(MIGRATIONS_DIR).filter((f) => !before.has(f))) {
      const path = join(MIGRATIONS_DIR, file);
      const source = readFileSync(path, 'utf8').split(`"${dbName}"`).join('(await queryRunner.query(`SELECT current_database() AS db`))[0].db');
      writeFileSync(path, source);
      console.log(`Created ${path}: add its class to ALL_MIGRATIONS in ${MIGRATIONS_DIR}/index.ts, review it, and run npm test.`);
    }
  } finally {
    await database.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
