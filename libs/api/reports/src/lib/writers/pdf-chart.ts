import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportTable } from '../document/report-document';
import { germanText } from './cell-format';

const BAR_WIDTH = 260;
const BAR_HEIGHT = 9;
const BAR_COLOR = '#1f5f8b';
/** Rows whose category reads like a total are not drawn: one long bar would flatten all others. */
const TOTAL_ROW = /^(gesamt|insgesamt|summe|alle)\b/i;

/**
 * A horizontal bar chart of a table's chart columns as vector drawing (pdfmake canvas): one line per
 * category with its label, a bar scaled to the largest value and the value as text. Suppressed ("< 3")
 * and empty values get no bar but keep their text, so the chart never reveals a hidden figure.
 */
export function barChart(table: ReportTable): Content | null {
  if (!table.chart) return null;
  const categoryIndex = table.columns.findIndex((column) => column.key === table.chart?.categoryColumn);
  const valueIndex = table.columns.findIndex((column) => column.key === table.chart?.valueColumn);
  if (categoryIndex < 0 || valueIndex < 0) return null;
  const valueColumn = table.columns[valueIndex];
  const bars = table.rows
    .map((row) => ({ category: String(row[categoryIndex] ?? ''), value: row[valueIndex] ?? null }))
    .filter((bar) => !TOTAL_ROW.test(bar.category));
  if (!bars.length) return null;
  const max = Math.max(0, ...bars.map((bar) => (typeof bar.value === 'number' ? bar.value : 0)));
  const body: TableCell[][] = bars.map((bar) => {
    const width = typeof bar.value === 'number' && max > 0 ? Math.max(0.5, (bar.value / max) * BAR_WIDTH) : 0;
    return [
      { text: bar.category, style: 'chartLabel' },
      width > 0 ? { canvas: [{ type: 'rect', x: 0, y: 1, w: width, h: BAR_HEIGHT, color: BAR_COLOR }] } : { text: '' },
      { text: germanText(bar.value, valueColumn.kind), style: 'chartLabel', alignment: 'right' },
    ];
  });
  return {
    stack: [
      { text: `Diagramm: ${valueColumn.label} je ${table.columns[categoryIndex].label}`, style: 'chartTitle' },
      { table: { widths: [150, BAR_WIDTH, 'auto'], body, dontBreakRows: true }, layout: 'noBorders' },
    ],
    margin: [0, 6, 0, 10],
  };
}
