import { generateBenchData } from './generate';

/** Usage: node -r ts-node/register -r tsconfig-paths/register bench/generate/cli.ts <DATABASE_URL> [full|quick] [seed] */
async function main(): Promise<void> {
  const [url, scaleArg = 'full', seedArg] = process.argv.slice(2);
  if (!url || (scaleArg !== 'full' && scaleArg !== 'quick')) {
    console.error('usage: cli.ts <DATABASE_URL> [full|quick] [seed]');
    process.exit(2);
  }
  const started = process.hrtime.bigint();
  const counts = await generateBenchData(url, scaleArg, seedArg ? Number(seedArg) : undefined);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  for (const [table, n] of Object.entries(counts)) console.log(`${table.padEnd(20)} ${String(n).padStart(8)}`);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`${'total'.padEnd(20)} ${String(total).padStart(8)}`);
  console.log(`scale=${scaleArg} duration=${seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
