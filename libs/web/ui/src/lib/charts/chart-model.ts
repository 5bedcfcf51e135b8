/** One row of a chart: a category (Land, year, Handlungsfeld) and one value per series. */
export interface ChartRow {
  label: string;
  values: number[];
}

/** A series (a status, a mode, a measure). `percent` values are shares 0…1. */
export interface ChartSeries {
  label: string;
  format?: 'number' | 'percent';
}

/**
 * Series colours, each with a contrast of at least 3:1 against white (WCAG 1.4.11); neighbouring
 * colours differ in lightness as well as hue, and every chart has a legend and a table, so no
 * information depends on colour alone (1.4.1).
 */
export const CHART_COLORS: readonly string[] = ['#1f5fa8', '#b35c00', '#2e7d32', '#8e24aa', '#c62828', '#00796b', '#5d4037', '#546e7a'];

export function chartColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length];
}

const NUMBER = new Intl.NumberFormat('de-DE');
const PERCENT = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 });

/** German number formatting: 1.234 and 12,5 %. */
export function formatChartValue(value: number, format: ChartSeries['format'] = 'number'): string {
  return format === 'percent' ? PERCENT.format(value) : NUMBER.format(value);
}

/** Shortens a label for the drawing (the table shows it in full). */
export function shortLabel(label: string, max = 30): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** A round upper bound for an axis: 1, 2, 5 × 10^n. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((m) => m * magnitude >= value) ?? 10;
  return step * magnitude;
}
