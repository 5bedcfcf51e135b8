import type { ReportCell } from '../document/report-document';
import { plainNumber } from './cell-format';

/** UTF-8 byte order mark: lets Excel recognise the encoding (umlauts). */
export const BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Text that a spreadsheet would run as a formula (CSV injection): it gets a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180 with `;`): numbers as plain numbers (see plainNumber), text quoted only when it
 * holds the separator, a quote, a line break or outer spaces. Text that starts like a formula is
 * prefixed with an apostrophe (OWASP "CSV injection"), so a name such as "=HYPERLINK(…)" stays text.
 */
export function csvField(cell: ReportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly ReportCell[]): string {
  return cells.map(csvField).join(CSV_SEPARATOR) + CSV_LINE_END;
}
