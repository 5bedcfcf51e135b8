// `npm start`: builds API and web client when needed (Nx cache makes an unchanged build instant),
// then starts the API, which serves the web client on the same port. Without DATABASE_URL the API
// starts an embedded PostgreSQL under .embedded-pg/, migrates it and loads the demo data once.
import { spawn, spawnSync } from 'node:child_process';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false' };
const started = Date.now();
console.log('Bündnisnetz: baue API und Web-Client (falls nötig) …');
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--configuration=production', '--outputStyle=static'],
  { stdio: ['ignore', 'pipe', 'pipe'], env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
if (build.status !== 0) {
  process.stderr.write(build.stdout + build.stderr);
  console.error('Build fehlgeschlagen.');
  process.exit(build.status ?? 1);
}
console.log(`Build fertig nach ${((Date.now() - started) / 1000).toFixed(1)} s.`);

const server = spawn(process.execPath, ['dist/apps/api/main.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
