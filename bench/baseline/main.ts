import { createBaseline } from './server';

/** Starts the baseline server: DATABASE_URL, PORT, DB_POOL_SIZE (default 10, like the app). */
function main(): void {
  const databaseUrl = process.env['DATABASE_URL'];
  const port = Number(process.env['PORT'] ?? 3100);
  const poolSize = Number(process.env['DB_POOL_SIZE'] ?? 10);
  if (!databaseUrl) {
    console.error('DATABASE_URL is required');
    process.exit(2);
  }
  const baseline = createBaseline({ databaseUrl, poolSize });
  baseline.server.keepAliveTimeout = 5000;
  baseline.server.listen(port, '127.0.0.1', () => console.log(`baseline listening on http://127.0.0.1:${port}/`));
  const stop = (): void => {
    baseline.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main();
