import {
  ALLIANCE_STATUS_LABELS,
  ALLIANCE_STATUSES,
  DEPLOYMENT_MODES,
  MODE_LABELS,
  type DashboardDto,
} from '@bn/shared/contracts';
import { ChartRow, ChartSeries, formatChartValue } from '@bn/web/ui';

/** One chart of the dashboard: its data and its one-line German summary (WCAG 1.1.1). */
export interface ChartData {
  series: ChartSeries[];
  rows: ChartRow[];
  summary: string;
}

const n = (value: number): string => formatChartValue(value);
const sum = (values: number[]): number => values.reduce((total, v) => total + v, 0);

function largest<T>(items: T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>((best, item) => (best === undefined || value(item) > value(best) ? item : best), undefined);
}

export function alliancesByLandChart(dashboard: DashboardDto): ChartData {
  const series = ALLIANCE_STATUSES.map((status) => ({ label: ALLIANCE_STATUS_LABELS[status] }));
  const rows = dashboard.alliancesByLand.map((land) => ({ label: land.landName, values: ALLIANCE_STATUSES.map((s) => land.counts[s]) }));
  const total = sum(rows.map((row) => sum(row.values)));
  const top = largest(rows, (row) => sum(row.values));
  const active = sum(dashboard.alliancesByLand.map((land) => land.counts.AKTIV));
  const summary =
    total === 0 || !top
      ? 'Es sind noch keine Bündnisse erfasst.'
      : `${n(total)} Bündnisse, davon ${n(active)} aktiv; die meisten in ${top.label} (${n(sum(top.values))}).`;
  return { series, rows, summary };
}

export function foundingsChart(dashboard: DashboardDto): ChartData {
  const rows = dashboard.foundingsByYear.map((entry) => ({ label: String(entry.year), values: [entry.count] }));
  const total = sum(dashboard.foundingsByYear.map((entry) => entry.count));
  const top = largest(dashboard.foundingsByYear, (entry) => entry.count);
  const first = dashboard.foundingsByYear[0];
  const summary =
    total === 0 || !top || !first
      ? 'Für keines der Bündnisse ist ein Gründungsjahr erfasst.'
      : `${n(total)} Gründungen von ${first.year} bis ${dashboard.year}; die meisten ${top.year} (${n(top.count)}).`;
  return { series: [{ label: 'Gründungen' }], rows, summary };
}

export function deploymentsChart(dashboard: DashboardDto): ChartData {
  const series = DEPLOYMENT_MODES.map((mode) => ({ label: MODE_LABELS[mode] }));
  const rows = dashboard.deploymentsByYear.map((entry) => ({ label: String(entry.year), values: DEPLOYMENT_MODES.map((m) => entry.counts[m]) }));
  const total = sum(rows.map((row) => sum(row.values)));
  const current = dashboard.deploymentsByYear.find((entry) => entry.year === dashboard.year);
  const topMode = current ? largest([...DEPLOYMENT_MODES], (mode) => current.counts[mode]) : undefined;
  const currentTotal = current ? sum(Object.values(current.counts)) : 0;
  let summary = 'Es sind noch keine Einsätze erfasst.';
  if (total > 0) {
    summary = `${n(total)} Einsätze seit ${dashboard.deploymentsByYear[0].year}, ${n(currentTotal)} davon ${dashboard.year}`;
    summary += current && topMode && currentTotal > 0 ? `, am häufigsten „${MODE_LABELS[topMode]}“ (${n(current.counts[topMode])}).` : '.';
  }
  return { series, rows, summary };
}

export function handlungsfelderChart(dashboard: DashboardDto): ChartData {
  const rows = dashboard.handlungsfelder.map((hf) => ({ label: hf.name, values: [hf.count, hf.share] }));
  const top = largest(dashboard.handlungsfelder, (hf) => hf.count);
  const summary =
    !top || top.count === 0
      ? 'Keines der aktiven Bündnisse hat ein Handlungsfeld angegeben.'
      : `Am häufigsten: ${top.name} (${formatChartValue(top.share, 'percent')} der aktiven Bündnisse).`;
  return { series: [{ label: 'Aktive Bündnisse' }, { label: 'Anteil', format: 'percent' }], rows, summary };
}
