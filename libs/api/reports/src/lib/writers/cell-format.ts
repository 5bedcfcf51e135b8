import type { ReportCell, ReportDocument, ReportTable } from '../document/report-document';

export type ColumnKind = ReportTable['columns'][number]['kind'];

/** The marker of a suppressed figure (persons below 3), kept as text in every format. */
export const SUPPRESSED = '< 3';

/**
 * Number text for CSV: the value as stored, with a dot as decimal separator, no thousands separator
 * and no exponent, i.e. exactly what LibreOffice writes for the same XLSX cell when it exports raw
 * values (see README "CSV number format"). Percent cells hold percentage points (12.5 = 12,5 %).
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  if (Number.isInteger(value)) return BigInt(value).toString();
  const text = String(value);
  return /e/i.test(text) ? value.toFixed(10).replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** Decimal places shown for a decimal or percent column: the most any of its values has, 1 to 3. */
export function decimalPlaces(rows: readonly ReportCell[][], columnIndex: number): number {
  let places = 1;
  for (const row of rows) {
    const value = row[columnIndex];
    if (typeof value !== 'number' || Number.isInteger(value)) continue;
    const fraction = plainNumber(value).split('.')[1] ?? '';
    places = Math.max(places, Math.min(3, fraction.length));
  }
  return places;
}

/** Excel number format of a column kind (dates are written as ISO text, see README). */
export function numberFormat(kind: ColumnKind, places = 1): string | undefined {
  const fraction = '0'.repeat(places);
  switch (kind) {
    case 'integer':
      return '#,##0';
    case 'decimal':
      return `#,##0.${fraction}`;
    case 'percent':
      return `0.${fraction}" %"`;
    default:
      return undefined;
  }
}

export function isNumericKind(kind: ColumnKind): boolean {
  return kind === 'integer' || kind === 'decimal' || kind === 'percent';
}

const GERMAN_INTEGER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0, useGrouping: true });

/** A cell as German display text (PDF): 1.234 · 12,5 · 12,5 % · 31.01.2025 · "< 3" unchanged. */
export function germanText(cell: ReportCell, kind: ColumnKind, places = 1): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return kind === 'date' ? germanDate(cell) : cell;
  switch (kind) {
    case 'integer':
      return GERMAN_INTEGER.format(cell);
    case 'decimal':
      return germanDecimal(cell, places);
    case 'percent':
      return `${germanDecimal(cell, places)} %`;
    default:
      return plainNumber(cell);
  }
}

function germanDecimal(value: number, places: number): string {
  return new Intl.NumberFormat('de-DE', { minimumFractionDigits: places, maximumFractionDigits: places }).format(value);
}

/** ISO date (YYYY-MM-DD) as TT.MM.JJJJ; anything else unchanged. */
export function germanDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/** The parameters shown in every format, followed by the run's time and checksum when the document has them. */
export function displayedParameters(doc: ReportDocument): { label: string; value: string }[] {
  const shown = [...doc.parameters];
  if (doc.generatedAt) shown.push({ label: 'Berechnet am', value: doc.generatedAt });
  if (doc.checksum) shown.push({ label: 'Prüfsumme (SHA-256)', value: doc.checksum });
  return shown;
}
