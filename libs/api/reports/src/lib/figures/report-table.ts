import type { ReportCell, ReportTable } from '../document/report-document';
import { protectLine } from './suppression';

export type Column = ReportTable['columns'][number];

export const text = (key: string, label: string): Column => ({ key, label, kind: 'text' });
export const integer = (key: string, label: string): Column => ({ key, label, kind: 'integer' });
export const decimal = (key: string, label: string): Column => ({ key, label, kind: 'decimal' });
export const percent = (key: string, label: string): Column => ({ key, label, kind: 'percent' });

export const TOTAL_LABEL = 'Insgesamt';

/** Percentage points with one decimal place; null when the base is 0. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** A number rounded to `places` decimal places (figures are rounded before they are checksummed). */
export function round(value: number | string | null | undefined, places = 1): number | null {
  if (value === null || value === undefined) return null;
  const factor = 10 ** places;
  return Math.round(Number(value) * factor) / factor;
}

export interface CountTableSpec {
  key: string;
  title: string;
  description: string;
  columns: Column[];
  /** Label cells (text columns) followed by numbers; the number columns start at `labelColumns`. */
  rows: (string | number | null)[][];
  labelColumns?: number;
  /**
   * The total row: true = sum of every number column; an object overrides single cells (e.g. a
   * distinct count or a share, which do not add up). Omitted: no total row.
   */
  total?: boolean | { overrides: Record<number, ReportCell> };
  /** Columns (indexes) that count persons: small counts are protected (see suppression.ts). */
  personColumns?: number[];
  /** Which rows of the person columns count persons (default: all). */
  isPersonRow?: (row: (string | number | null)[]) => boolean;
  chart?: ReportTable['chart'];
}

/**
 * Builds a table of counts: adds the total row and protects the person columns line by line. A
 * column without a total row gets primary suppression only; totals of shares or distinct counts
 * (overrides) are not sums of the column and are protected as single figures.
 */
export function countTable(spec: CountTableSpec): ReportTable {
  const labels = spec.labelColumns ?? 1;
  const rows: ReportCell[][] = spec.rows.map((row) => [...row]);
  const overrides = typeof spec.total === 'object' ? spec.total.overrides : {};
  const totalRow: ReportCell[] | null = spec.total
    ? spec.columns.map((_, c) => {
        if (c === 0) return TOTAL_LABEL;
        if (c < labels) return null;
        if (c in overrides) return overrides[c];
        return spec.rows.reduce((sum, row) => sum + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0);
      })
    : null;
  for (const c of spec.personColumns ?? []) {
    const cells = spec.rows.map((row) => ({ value: Number(row[c] ?? 0), isPerson: spec.isPersonRow ? spec.isPersonRow(row) : true }));
    const additive = totalRow && !(c in overrides);
    const line = protectLine(cells, additive ? { value: Number(totalRow[c]), isPerson: true } : null);
    line.cells.forEach((cell, r) => {
      if (rows[r][c] !== null) rows[r][c] = cell;
    });
    if (totalRow && additive) totalRow[c] = line.total;
    if (totalRow && !additive && typeof totalRow[c] === 'number') {
      totalRow[c] = protectLine([{ value: totalRow[c] as number, isPerson: true }], null).cells[0];
    }
  }
  return {
    key: spec.key,
    title: spec.title,
    description: spec.description,
    columns: spec.columns,
    rows: totalRow ? [...rows, totalRow] : rows,
    ...(spec.chart ? { chart: spec.chart } : {}),
  };
}
