import { PassThrough, Writable } from 'node:stream';
import { stream as excelStream, Worksheet } from 'exceljs';
import type { ReportDocument, ReportTable } from '../document/report-document';
import { decimalPlaces, displayedParameters, germanText, isNumericKind } from './cell-format';
import { EXPLANATION_SHEET, sheetNames } from './sheet-names';
import { addTableSheet, appendTableRow, fittingWidth, SheetColumn } from './xlsx-table';
import { collect } from './collect';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PRODUCT_NAME = 'Bündnisnetz';

/** A streaming workbook writer with the document properties every file of the product carries. */
export function newWorkbookWriter(output: Writable, title: string, subject = ''): excelStream.xlsx.WorkbookWriter {
  const workbook = new excelStream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  workbook.creator = PRODUCT_NAME;
  workbook.lastModifiedBy = PRODUCT_NAME;
  workbook.title = title;
  workbook.subject = subject;
  // exceljs writes dc:language from the workbook model but does not declare the property.
  Object.assign(workbook, { language: 'de-DE' });
  return workbook;
}

/**
 * The report as an XLSX workbook: the sheet "Erläuterungen" (report, parameters, notes and one line per
 * table with its sheet name, title and description), then one sheet per table with a bold, frozen
 * header row, numbers as numbers and "< 3" as text. Written with exceljs' streaming writer.
 */
export async function writeXlsx(doc: ReportDocument): Promise<Buffer> {
  const output = new PassThrough();
  const done = collect(output);
  await writeXlsxTo(doc, output);
  return done;
}

export async function writeXlsxTo(doc: ReportDocument, output: Writable): Promise<void> {
  const workbook = newWorkbookWriter(output, doc.title, doc.subtitle);
  const names = sheetNames(doc.tables.map((table) => table.title));
  writeExplanation(workbook.addWorksheet(EXPLANATION_SHEET), doc, names);
  doc.tables.forEach((table, index) => {
    const columns = sheetColumns(table);
    const sheet = addTableSheet(workbook, names[index], columns);
    for (const row of table.rows) appendTableRow(sheet, columns, row);
    sheet.commit();
  });
  await workbook.commit();
}

/** Columns of a table sheet, sized to fit their header and their (German display) values. */
export function sheetColumns(table: ReportTable): SheetColumn[] {
  return table.columns.map((column, index) => {
    const places = isNumericKind(column.kind) ? decimalPlaces(table.rows, index) : undefined;
    const texts = [column.label, ...table.rows.map((row) => germanText(row[index] ?? null, column.kind, places))];
    return { label: column.label, kind: column.kind, places, width: fittingWidth(texts) };
  });
}

function writeExplanation(sheet: Worksheet, doc: ReportDocument, names: readonly string[]): void {
  sheet.columns = [{ width: 32 }, { width: 48 }, { width: 90 }];
  const line = (values: string[], bold = false): void => {
    const row = sheet.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    if (bold) row.font = { bold: true };
    row.commit();
  };
  line([doc.title], true);
  line([doc.subtitle]);
  line([]);
  line(['Parameter', 'Wert'], true);
  for (const parameter of displayedParameters(doc)) line([parameter.label, parameter.value]);
  if (doc.notes.length) {
    line([]);
    line(['Hinweise'], true);
    doc.notes.forEach((note, index) => line([`Hinweis ${index + 1}`, note]));
  }
  line([]);
  line(['Tabellenblatt', 'Titel', 'Beschreibung'], true);
  doc.tables.forEach((table, index) => line([names[index], table.title, table.description]));
  sheet.commit();
}
