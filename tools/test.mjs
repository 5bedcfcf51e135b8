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
const projects = [...findJestConfigs('apps'), ...findJestConfigs('libs')].sort();
const jestStatus = step('jest', 'npx', [
  'jest',
  '--ci',
  '--json',
  '--outputFile=tmp/jest-results.json',
  ...projects.flatMap((p) => ['--projects', p]),
]);

let summary = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTotalTestSuites: 0, numFailedTestSuites: 0 };
try {
  summary = JSON.parse(readFileSync('tmp/jest-results.json', 'utf8'));
} catch {
  console.error('No Jest results were written.');
}
console.log(`\nTimings: ${timings.join(', ')}`);
console.log(`Test suites: ${summary.numTotalTestSuites} (${summary.numFailedTestSuites} failed)`);
console.log(`${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
process.exit(jestStatus === 0 && summary.numFailedTests === 0 && summary.numPassedTests > 0 ? 0 : 1);
