import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake = require('pdfmake');
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportDocument, ReportTable } from '../document/report-document';
import { decimalPlaces, displayedParameters, germanText, isNumericKind } from './cell-format';
import { barChart } from './pdf-chart';
import { PRODUCT_NAME } from './xlsx-writer';

export const PDF_CONTENT_TYPE = 'application/pdf';

/**
 * The Roboto TTFs that ship with pdfmake; the only files the PDF writer may read. Resolved with a real
 * Node require: webpack turns a plain `require.resolve` into a module id (a number), which crashed the
 * production build at start.
 */
const FONT_DIR = join(dirname(createRequire(__filename).resolve('pdfmake/package.json')), 'fonts', 'Roboto');

let configured = false;

/** pdfmake is a process-wide singleton: fonts and access policies are set once. */
function configurePdfmake(): void {
  if (configured) return;
  pdfmake.setFonts({
    Roboto: {
      normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
      bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
      italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
      bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
    },
  });
  // No network access at all, and no file outside the font folder (document content is never a path).
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
  configured = true;
}

/**
 * The report as a readable German PDF (pdfmake, A4): title, parameters, notes, then per table a heading,
 * its description, the table (header row repeated on every page) and, where the table asks for one, a
 * bar chart drawn as vectors. Metadata: title, author, subject, keywords, document language de-DE, and
 * the title shown in the viewer's title bar. pdfmake 0.3 cannot emit structure tags (H1, Table, TH):
 * see README "PDF accessibility".
 */
export async function writePdf(doc: ReportDocument): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}

export function pdfDefinition(doc: ReportDocument): TDocumentDefinitions {
  const content: Content[] = [
    { text: doc.title, style: 'title' },
    { text: doc.subtitle, style: 'subtitle' },
    { text: 'Parameter', style: 'h2' },
    {
      table: {
        widths: [140, '*'],
        body: displayedParameters(doc).map((parameter): TableCell[] => [{ text: parameter.label, bold: true }, parameter.value]),
      },
      layout: 'lightHorizontalLines',
    },
  ];
  if (doc.notes.length) content.push({ text: 'Hinweise', style: 'h2' }, { ul: doc.notes, margin: [0, 0, 0, 6] });
  doc.tables.forEach((table, index) => content.push(...tableSection(table, index + 1)));
  return {
    info: {
      title: doc.title,
      author: PRODUCT_NAME,
      subject: doc.subtitle,
      keywords: doc.tables.map((table) => table.title).join(', '),
      creator: PRODUCT_NAME,
      producer: `${PRODUCT_NAME} (pdfmake)`,
    },
    language: 'de-DE',
    displayTitle: true,
    version: '1.7',
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    footer: (currentPage, pageCount) => ({
      text: `${doc.title} · Seite ${currentPage} von ${pageCount}`,
      style: 'footer',
      margin: [40, 16, 40, 0],
    }),
    content,
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 12, margin: [0, 0, 0, 12] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      description: { fontSize: 9, italics: true, margin: [0, 0, 0, 6] },
      tableHeader: { bold: true, fillColor: '#e8eef3' },
      chartTitle: { fontSize: 9, bold: true, margin: [0, 0, 0, 4] },
      chartLabel: { fontSize: 8 },
      footer: { fontSize: 8, color: '#555555' },
    },
  };
}

function tableSection(table: ReportTable, number: number): Content[] {
  const places = table.columns.map((column, index) => (isNumericKind(column.kind) ? decimalPlaces(table.rows, index) : 1));
  const alignment = (index: number): 'left' | 'right' => (isNumericKind(table.columns[index].kind) ? 'right' : 'left');
  const header: TableCell[] = table.columns.map((column, index) => ({ text: column.label, style: 'tableHeader', alignment: alignment(index) }));
  const body: TableCell[][] = table.rows.map((row) =>
    table.columns.map((column, index) => ({ text: germanText(row[index] ?? null, column.kind, places[index]), alignment: alignment(index) })),
  );
  const section: Content[] = [
    { text: `${number}. ${table.title}`, style: 'h2', headlineLevel: 1 },
    { text: table.description, style: 'description' },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: table.columns.map((_, index) => (index === 0 ? '*' : 'auto')),
        body: [header, ...(body.length ? body : [emptyRow(table)])],
      },
      layout: 'lightHorizontalLines',
      fontSize: table.columns.length > 6 ? 7 : 8.5,
    },
  ];
  const chart = barChart(table);
  if (chart) section.push(chart);
  return section;
}

function emptyRow(table: ReportTable): TableCell[] {
  return table.columns.map((_, index) => (index === 0 ? { text: 'Keine Daten im Zeitraum.', italics: true } : ''));
}
