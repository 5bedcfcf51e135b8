import type { ReportCell } from '../document/report-document';
import type { ColumnKind } from '../writers/cell-format';

/** One row as it comes from the export query (column aliases as keys). */
export type ExportRow = Record<string, unknown>;

/** A column of a raw list export: German header, kind (number/date format), width and how to read it. */
export interface ExportColumn {
  label: string;
  kind: ColumnKind;
  width: number;
  value: (row: ExportRow) => ReportCell;
}

/** Text or null, as stored. */
export function text(label: string, key: string, width = 20): ExportColumn {
  return { label, kind: 'text', width, value: (row) => asText(row[key]) };
}

/** An ISO date (the query formats it with to_char … 'YYYY-MM-DD'). */
export function date(label: string, key: string): ExportColumn {
  return { label, kind: 'date', width: 12, value: (row) => asText(row[key]) };
}

export function integer(label: string, key: string, width = 12): ExportColumn {
  return { label, kind: 'integer', width, value: (row) => asNumber(row[key]) };
}

export function decimal(label: string, key: string, width = 12): ExportColumn {
  return { label, kind: 'decimal', width, value: (row) => asNumber(row[key]) };
}

/** An enum value shown with its German label (the code itself when no label is known). */
export function labelled(label: string, key: string, labels: Readonly<Record<string, string>>, width = 20): ExportColumn {
  return {
    label,
    kind: 'text',
    width,
    value: (row) => {
      const code = asText(row[key]);
      return code === null ? null : (labels[code] ?? code);
    },
  };
}

export function yesNo(label: string, key: string): ExportColumn {
  return { label, kind: 'text', width: 10, value: (row) => (row[key] === null || row[key] === undefined ? null : row[key] ? 'Ja' : 'Nein') };
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

function asNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : null;
}
