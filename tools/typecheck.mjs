// Type-checks the whole workspace: the Node side (API, libraries, tests) in one pass, the Angular
// client with its own configurations. Exits non-zero on the first failing configuration.
import { spawnSync } from 'node:child_process';

const configs = ['tsconfig.typecheck.json', 'apps/web/tsconfig.app.json', 'tsconfig.web-typecheck.json', 'apps/web-e2e/tsconfig.json'];
for (const config of configs) {
  const started = Date.now();
  const result = spawnSync('npx', ['tsc', '-p', config, '--noEmit'], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`typecheck failed: ${config}`);
    process.exit(result.status ?? 1);
  }
  console.log(`typecheck ok: ${config} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
