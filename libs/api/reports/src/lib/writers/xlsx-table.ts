import type { Row, Style, Workbook, Worksheet } from 'exceljs';
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
 *
 * exceljs gives every cell its own style object and, when the row is written, renders that object to
 * XML to find its style id (a WeakMap remembers ids per object only). So cells of the same column, value
 * type and alignment share the first such cell's style object: the same style ids in the file, without
 * rendering a style per cell (the largest cost of a 100,000-row export, see bench/README).
 */
export function appendTableRow(sheet: Worksheet, columns: readonly SheetColumn[], cells: readonly ReportCell[]): Row {
  const values = cells.map((cell, index) => excelValue(cell, columns[index]?.kind ?? 'text'));
  const row = sheet.addRow(values);
  const shared = sharedStyles(sheet);
  values.forEach((value, index) => {
    const kind = columns[index]?.kind ?? 'text';
    const isRightAligned = typeof value === 'string' && isNumericKind(kind);
    const key = `${index}:${valueType(value)}:${isRightAligned ? 'r' : ''}`;
    const cell = row.getCell(index + 1);
    const style = shared.get(key);
    if (style) {
      cell.style = style;
      return;
    }
    if (isRightAligned) cell.alignment = { horizontal: 'right' };
    shared.set(key, cell.style);
  });
  row.commit();
  return row;
}

/** Per sheet: the style object of the first cell per column, value type and alignment. */
const SHARED_STYLES = new WeakMap<Worksheet, Map<string, Partial<Style>>>();

function sharedStyles(sheet: Worksheet): Map<string, Partial<Style>> {
  let styles = SHARED_STYLES.get(sheet);
  if (!styles) {
    styles = new Map();
    SHARED_STYLES.set(sheet, styles);
  }
  return styles;
}

function valueType(value: string | number | Date | null): string {
  if (value === null) return 'null';
  return value instanceof Date ? 'date' : typeof value;
}

function excelValue(cell: ReportCell, kind: ColumnKind): string | number | Date | null {
  if (cell === null) return null;
  if (kind === 'date' && typeof cell === 'string') {
    const match = ISO_DATE.exec(cell);
    if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  }
  return cell;
}
