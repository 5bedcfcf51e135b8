import { mkdirSync, rmSync } from 'node:fs';
import { AXE_RECORDS_FILE, BASE_URL_VARIABLE, RUN_DIR } from './paths';
import { writeAxeSummary } from './axe-summary';
import { assertBuildExists, createDatabase, dropDatabase, freePort, startServer, stopServer, waitUntilReady } from './e2e-server';

/**
 * Creates a fresh database `bn_e2e_<pid>`, starts the production build on a free port (it migrates
 * and loads the demo data itself) and hands its URL to the workers through the environment.
 * Returns the teardown: stop the API, drop the database, write the accessibility summary.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  assertBuildExists();
  mkdirSync(RUN_DIR, { recursive: true });
  rmSync(AXE_RECORDS_FILE, { force: true });
  const started = Date.now();
  const database = createDatabase();
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child = startServer(database.url, port);
  const stopAndDrop = async () => {
    await stopServer(child);
    dropDatabase(database.name);
  };
  try {
    await waitUntilReady(child, baseUrl);
  } catch (error) {
    await stopAndDrop();
    throw error;
  }
  process.env[BASE_URL_VARIABLE] = baseUrl;
  console.log(`API ready at ${baseUrl} (database ${database.name}) after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  return async () => {
    await stopAndDrop();
    const summary = writeAxeSummary();
    console.log(
      `Accessibility: ${summary.checks} axe checks (pages × states) on ${summary.pages} pages, ` +
        `${summary.violations} violations; details in tmp/axe-summary.json`,
    );
    for (const exception of summary.exceptions.filter((e) => e.seen > 0)) {
      console.log(`  known exception, seen in ${exception.seen} checks: ${exception.rule} on ${exception.target} (${exception.reason})`);
    }
  };
}
