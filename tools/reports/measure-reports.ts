/**
 * Time and memory to compute both ministry reports on the demo seed (issue 6 note). Creates a fresh
 * database, loads the demo seed, then builds the Bündnis-Monitor and the Mentoring-Bericht once to warm
 * up and three times measured, and writes each as XLSX, CSV-ZIP and PDF.
 *   TS_NODE_PROJECT=tsconfig.tools.json node -r ts-node/register -r tsconfig-paths/register tools/reports/measure-reports.ts
 */
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, seedDemoData } from '@bn/api/data-access-db';
import { createTestDatabase } from '@bn/api/data-access-db/testing';
import type { ReportType } from '@bn/shared/contracts';
import { ReportFiguresService } from '../../libs/api/reports/src/lib/figures/report-figures.service';
import { writeCsvZip, writePdf, writeXlsx } from '../../libs/api/reports/src/lib/writers';

async function measure<T>(work: () => Promise<T>): Promise<{ ms: number; peakRssMb: number; rssGrowthMb: number; result: T }> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = process.hrtime.bigint();
  const result = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms: Math.round(ms), peakRssMb: Math.round(peak / 1e5) / 10, rssGrowthMb: Math.round((peak - baseline) / 1e5) / 10, result };
}

async function main(): Promise<void> {
  const database = await createTestDatabase('bn_measure');
  const dataSource = new DataSource(buildDataSourceOptions({ url: database.url }));
  await dataSource.initialize();
  try {
    await seedDemoData(dataSource);
    const counts = (await dataSource.query(
      `SELECT (SELECT count(*) FROM alliance)::int AS alliances, (SELECT count(*) FROM organisation)::int AS organisations,
              (SELECT count(*) FROM activity)::int AS activities, (SELECT count(*) FROM event)::int AS events,
              (SELECT count(*) FROM mentor_profile)::int AS mentors, (SELECT count(*) FROM deployment)::int AS deployments`,
    )) as Record<string, number>[];
    console.log('demo data', JSON.stringify(counts[0]));
    const figures = new ReportFiguresService(dataSource);
    const parameters = { periodFrom: '2025-01-01', periodTo: '2025-12-31', referenceDate: '2025-12-31', laender: [] };
    for (const type of ['BUENDNIS_MONITOR', 'MENTORING_BERICHT'] as ReportType[]) {
      await figures.build(type, parameters, async () => undefined);
      for (let i = 0; i < 3; i++) {
        const built = await measure(() => figures.build(type, parameters, async () => undefined));
        const files = await measure(async () => [await writeXlsx(built.result.document), await writeCsvZip(built.result.document), await writePdf(built.result.document)]);
        console.log(
          `${type}: figures ${built.ms} ms (peak RSS ${built.peakRssMb} MB, +${built.rssGrowthMb} MB); ` +
            `XLSX+CSV+PDF ${files.ms} ms (+${files.rssGrowthMb} MB, sizes ${files.result.map((b) => b.length).join('/')} bytes); checksum ${built.result.checksum.slice(0, 12)}`,
        );
      }
    }
  } finally {
    await dataSource.destroy();
    await database.dispose();
  }
}

void main();
