import type { TestDatabase } from '@bn/api/data-access-db/testing';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __BN_TEST_DB__?: TestDatabase }).__BN_TEST_DB__;
  await database?.dispose();
}
