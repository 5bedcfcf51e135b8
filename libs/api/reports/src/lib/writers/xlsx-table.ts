import type { Row, Workbook, Worksheet } from 'exceljs';
import type { ReportCell } from '../document/report-document';
import { ColumnKind, isNumericKind, numberFormat } from './cell-format';

/** A column of a table sheet: header text, kind (number format) and width in characters. */
export interface SheetColumn {
  label: string;
  kind: ColumnKind;
  width?: number;
  /** Decimal places of decimal and percent columns (default 1). */
  places?: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMAT = 'yyyy-mm-dd';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/** Column width in characters that fits the header and the given sample texts. */
export function fittingWidth(texts: Iterable<string>): number {
  let longest = 0;
  for (const text of texts) longest = Math.max(longest, ...text.split('\n').map((line) => line.length));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/**
 * Adds a sheet with one bold, frozen header row and no merged cells. Works on a normal workbook and on
 * exceljs' streaming WorkbookWriter (whose widths and styles must be set before the first row).
 */
export function addTableSheet(workbook: Workbook, name: string, columns: readonly SheetColumn[]): Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2' }] });
  sheet.columns = columns.map((column, index) => {
    const format = column.kind === 'date' ? DATE_FORMAT : numberFormat(column.kind, column.places);
    return {
      header: column.label,
      key: `c${index}`,
      width: column.width ?? fittingWidth([column.label]),
      ...(format ? { style: { numFmt: format } } : {}),
    };
  });
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.commit();
  return sheet;
}

/**
 * Appends one data row: numbers stay numbers, ISO dates in date columns become Excel dates (shown as
 * YYYY-MM-DD), every other string (such as "< 3") is text, right-aligned in number columns. The row is
 * committed, which lets a streaming writer flush it.
 */
export function appendTableRow(sheet: Worksheet, columns: readonly SheetColumn[], cells: readonly ReportCell[]): Row {
  const values = cells.map((cell, index) => excelValue(cell, columns[index]?.kind ?? 'text'));
  const row = sheet.addRow(values);
  cells.forEach((cell, index) => {
    const kind = columns[index]?.kind ?? 'text';
    if (typeof cell === 'string' && isNumericKind(kind)) row.getCell(index + 1).alignment = { horizontal: 'right' };
  });
  row.commit();
  return row;
}

function excelValue(cell: ReportCell, kind: ColumnKind): string | number | Date | null {
  if (cell === null) return null;
  if (kind === 'date' && typeof cell === 'string') {
    const match = ISO_DATE.exec(cell);
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  return cell;
}
