// `npm test`: lint, type-check, then every Jest project (unit, component and API tests against a real
// PostgreSQL) in one run, and a closing summary line with the counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const timings = [];

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
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
const results = [runJest('unit', unitProjects, []), runJest('api', [apiTests], ['--runInBand'])];
const sum = (key) => results.reduce((total, r) => total + (r[key] ?? 0), 0);
const summary = {
  numPassedTests: sum('numPassedTests'),
  numFailedTests: sum('numFailedTests'),
  numPendingTests: sum('numPendingTests'),
  numTotalTestSuites: sum('numTotalTestSuites'),
  numFailedTestSuites: sum('numFailedTestSuites'),
};
const jestStatus = results.some((r) => r.status !== 0) ? 1 : 0;
console.log(`\nTimings: ${timings.join(', ')}`);
console.log(`Test suites: ${summary.numTotalTestSuites} (${summary.numFailedTestSuites} failed)`);
console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
process.exit(jestStatus === 0 && summary.numFailedTests === 0 && summary.numPassedTests > 0 ? 0 : 1);
