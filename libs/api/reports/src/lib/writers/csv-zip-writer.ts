import { ZipFile } from 'yazl';
import type { ReportDocument, ReportTable } from '../document/report-document';
import { BOM, csvLine } from './csv-format';
import { collect } from './collect';
import { displayedParameters } from './cell-format';

export const ZIP_CONTENT_TYPE = 'application/zip';
export const README_NAME = 'README.txt';

/** File name of a table's CSV inside the ZIP. */
export function csvFileName(table: ReportTable): string {
  return `${table.key}.csv`;
}

/** One table as CSV text: BOM, header line with the German labels, one line per row. */
export function tableCsv(table: ReportTable): string {
  let text = BOM + csvLine(table.columns.map((column) => column.label));
  for (const row of table.rows) text += csvLine(row);
  return text;
}

/**
 * The report as a ZIP (yazl, streamed): a German README.txt with the report, its parameters, notes and
 * what each file counts, then one UTF-8 CSV file per table.
 */
export async function writeCsvZip(doc: ReportDocument): Promise<Buffer> {
  const zip = new ZipFile();
  const done = collect(zip.outputStream);
  const mtime = new Date();
  zip.addBuffer(Buffer.from(readme(doc), 'utf8'), README_NAME, { mtime });
  for (const table of doc.tables) zip.addBuffer(Buffer.from(tableCsv(table), 'utf8'), csvFileName(table), { mtime });
  zip.end();
  return done;
}

/** The README of the ZIP (CRLF line ends, so every Windows editor shows it properly). */
export function readme(doc: ReportDocument): string {
  const lines = [
    doc.title,
    doc.subtitle,
    '',
    'Parameter',
    ...displayedParameters(doc).map((parameter) => `  ${parameter.label}: ${parameter.value}`),
  ];
  if (doc.notes.length) lines.push('', 'Hinweise', ...doc.notes.map((note) => `  - ${note}`));
  lines.push(
    '',
    'Dateiformat',
    '  Eine CSV-Datei je Tabelle, UTF-8 mit BOM, Trennzeichen Semikolon (;), erste Zeile mit den Spaltennamen.',
    '  Zahlen ohne Tausendertrennzeichen mit Punkt als Dezimaltrennzeichen; Anteile in Prozentpunkten (12.5 = 12,5 %).',
    '  Datumsangaben im Format JJJJ-MM-TT. "< 3" steht für eine unterdrückte Zahl unter 3 (Datenschutz).',
    '  In Excel mit deutschen Einstellungen: Daten > Aus Text/CSV, Dezimaltrennzeichen Punkt wählen.',
    '',
    'Tabellen',
  );
  for (const table of doc.tables) lines.push('', `${csvFileName(table)}: ${table.title}`, `  ${table.description}`);
  return lines.join('\r\n') + '\r\n';
}
