// `npm test`: lint, type-check, then every Jest project (unit, component and API tests against a real
// PostgreSQL) in one run, then the browser tests (Playwright) against the production build, and a
// closing summary line with the counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const timings = [];

function step(name, command, args, extraEnv = {}) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = (Date.now() - started) / 1000;
  timings.push(`${name} ${seconds.toFixed(1)} s`);
  return result.status ?? 1;
}

function findJestConfigs(dir, found = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findJestConfigs(path, found);
    else if (entry === 'jest.config.cts') found.push(path);
  }
  return found;
}

if (step('lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']) !== 0) process.exit(1);
if (step('typecheck', 'node', ['tools/typecheck.mjs']) !== 0) process.exit(1);

mkdirSync('tmp', { recursive: true });
const configs = [...findJestConfigs('apps'), ...findJestConfigs('libs')].sort();
const apiTests = 'apps/api-e2e/jest.config.cts';
const unitProjects = configs.filter((c) => c !== apiTests);

/** Runs Jest over the given projects and returns its exit status and result counts. */
function runJest(name, projects, extraArgs) {
  const outputFile = `tmp/jest-${name}.json`;
  const status = step(`jest (${name})`, 'npx', [
    'jest',
    '--ci',
    '--json',
    `--outputFile=${outputFile}`,
    ...extraArgs,
    ...projects.flatMap((p) => ['--projects', p]),
  ]);
  try {
    return { status, ...JSON.parse(readFileSync(outputFile, 'utf8')) };
  } catch {
    console.error(`No Jest results were written for ${name}.`);
    return { status: status || 1, numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTotalTestSuites: 0, numFailedTestSuites: 0 };
  }
}

// Unit and component tests in parallel; the API test files one after another (they share one
// database and check that rejected requests leave table row counts unchanged).
// Two workers on two cores: Jest's default (cores − 1) leaves one idle while the parent process waits.
const results = [runJest('unit', unitProjects, ['--maxWorkers=2']), runJest('api', [apiTests], ['--runInBand'])];

// --- Browser tests --------------------------------------------------------------------------------
// Playwright in Debian's Chromium (/usr/bin/chromium; nothing is downloaded) against the production
// build served by the API with a fresh, seeded database (apps/web-e2e). BN_SKIP_BUILD=1 reuses dist/.
/** Builds both apps, runs the browser tests and returns their exit status and counts. */
function runBrowserTests() {
  const noResults = { status: 1, passed: 0, failed: 1, skipped: 0 };
  if (process.env.BN_SKIP_BUILD !== '1') {
    const build = step('build (api, web)', 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static']);
    if (build !== 0) return noResults;
  }
  // Absolute: Playwright resolves a relative name against the config's folder.
  const outputFile = resolve('tmp/playwright.json');
  rmSync(outputFile, { force: true });
  const status = step('browser', 'npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile,
  });
  try {
    const { stats } = JSON.parse(readFileSync(outputFile, 'utf8'));
    if (status !== 0 && stats.unexpected === 0) console.error(`Playwright exited with ${status} without a failed test (global setup or configuration).`);
    return { status, passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
  } catch {
    console.error('No Playwright results were written.');
    return { ...noResults, status: status || 1 };
  }
}
const browser = runBrowserTests();

const sum = (key) => results.reduce((total, r) => total + (r[key] ?? 0), 0);
const summary = {
  numPassedTests: sum('numPassedTests') + browser.passed,
  numFailedTests: sum('numFailedTests') + browser.failed,
  numPendingTests: sum('numPendingTests') + browser.skipped,
  numTotalTestSuites: sum('numTotalTestSuites'),
  numFailedTestSuites: sum('numFailedTestSuites'),
};
const jestStatus = results.some((r) => r.status !== 0) ? 1 : 0;
console.log(`\nTimings: ${timings.join(', ')}`);
console.log(`Test suites: ${summary.numTotalTestSuites} (${summary.numFailedTestSuites} failed)`);
console.log(`Browser tests: ${browser.passed} passed, ${browser.failed} failed, ${browser.skipped} skipped (tmp/playwright.json, tmp/axe-summary.json)`);
console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
const isGreen = jestStatus === 0 && browser.status === 0 && summary.numFailedTests === 0 && summary.numPassedTests > 0;
process.exit(isGreen ? 0 : 1);
