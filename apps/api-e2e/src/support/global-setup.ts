import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { register } from 'tsconfig-paths';

/**
 * One fresh database per test run, migrated from zero; its URL goes to the workers.
 * Global setup runs outside Jest's module resolver, so the workspace path aliases are registered here.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..', '..', '..');
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  register({ baseUrl: root, paths: base.compilerOptions.paths });
  const { createTestDatabase } = await import('@bn/api/data-access-db/testing');
  const database = await createTestDatabase('bn_e2e');
  process.env['BN_TEST_DATABASE_URL'] = database.url;
  (globalThis as { __BN_TEST_DB__?: typeof database }).__BN_TEST_DB__ = database;
}
