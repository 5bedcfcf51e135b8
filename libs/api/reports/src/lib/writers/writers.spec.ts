import { Workbook } from 'exceljs';
import { sampleDocument } from './sample-document';
import { EXPLANATION_SHEET, sheetNames, validSheetName } from './sheet-names';
import { csvField, csvLine } from './csv-format';
import { plainNumber, germanText } from './cell-format';
import { writeCsvZip, writePdf, writeXlsx } from './index';
import { readZip } from './read-zip';

async function readXlsx(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('report writers', () => {
  const doc = sampleDocument();

  describe('XLSX', () => {
    it('has the explanation sheet first, then one sheet per table with valid, unique names', async () => {
      const workbook = await readXlsx(await writeXlsx(doc));
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Erläuterungen',
        'Bündnisse nach Land und Status',
        'Gründungen Wiederbelebungen Auf',
      ]);
      const explanation = workbook.getWorksheet(EXPLANATION_SHEET);
      const texts = explanation?.getSheetValues().flat().filter((value) => typeof value === 'string') ?? [];
      expect(texts).toEqual(expect.arrayContaining(['Bündnis-Monitor', 'Zeitraum', '01.01.2025 – 31.12.2025', 'Stichtag']));
      expect(texts).toEqual(expect.arrayContaining(['Bündnisse nach Land und Status', 'Zahl der Bündnisse am Stichtag je Land und Status.']));
    });

    it('writes a bold, frozen header row, numbers as numbers, "< 3" as text, and no merged cells', async () => {
      const workbook = await readXlsx(await writeXlsx(doc));
      const sheet = workbook.worksheets[1];
      expect(sheet.getRow(1).values).toEqual([undefined, 'Land', 'Aktiv', 'Ruhend', 'Anteil aktiv']);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(2).values).toEqual([undefined, 'Baden-Württemberg', 1234, 17, 98.6]);
      expect(sheet.getRow(3).getCell(3).value).toBe('< 3');
      expect(sheet.getRow(2).getCell(2).numFmt).toBe('#,##0');
      expect(sheet.getRow(2).getCell(4).numFmt).toBe('0.0" %"');
      expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual('Baden-Württemberg'.length);
      for (const each of workbook.worksheets) expect(Object.keys((each as unknown as { _merges: object })._merges)).toEqual([]);
      const events = workbook.worksheets[2];
      expect(events.getRow(2).getCell(2).value).toEqual(new Date(Date.UTC(2025, 2, 1)));
      expect(events.getRow(2).getCell(3).numFmt).toBe('#,##0.00');
      expect(events.getRow(4).getCell(2).value).toBeNull();
    });

    it('sets title, creator and language', async () => {
      const buffer = await writeXlsx(doc);
      const core = readZip(buffer).get('docProps/core.xml')?.toString('utf8');
      expect(core).toContain('<dc:title>Bündnis-Monitor</dc:title>');
      expect(core).toContain('<dc:creator>Bündnisnetz</dc:creator>');
      expect(core).toContain('<dc:language>de-DE</dc:language>');
    });
  });

  describe('CSV ZIP', () => {
    it('holds a German README and one UTF-8 CSV with BOM and ";" per table', async () => {
      const zip = readZip(await writeCsvZip(doc));
      expect([...zip.keys()]).toEqual(['README.txt', 'buendnisse_nach_land.csv', 'gruendungen.csv']);
      const readme = zip.get('README.txt')?.toString('utf8') ?? '';
      expect(readme).toContain('Zeitraum: 01.01.2025 – 31.12.2025');
      expect(readme).toContain('buendnisse_nach_land.csv: Bündnisse nach Land und Status');
      expect(readme).toContain('Trennzeichen Semikolon');
      expect(readme).not.toContain('Prüfsumme');
      const withChecksum = readZip(await writeCsvZip({ ...doc, checksum: 'ab12' })).get('README.txt')?.toString('utf8');
      expect(withChecksum).toContain('Prüfsumme (SHA-256): ab12');
      const raw = zip.get('buendnisse_nach_land.csv') ?? Buffer.alloc(0);
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(raw.toString('utf8')).toBe(
        '\uFEFFLand;Aktiv;Ruhend;Anteil aktiv\r\nBaden-Württemberg;1234;17;98.6\r\nThüringen;12;< 3;85.7\r\nGesamt;1246;19;98.5\r\n',
      );
      const events = zip.get('gruendungen.csv')?.toString('utf8') ?? '';
      expect(events).toBe(
        '\uFEFFBündnis;Datum;Stunden\r\n"Lokales Bündnis für Familie Straße; Groß-Gerau";2025-03-01;2.25\r\n' +
          '"Bündnis ""Familie"" Köln";2025-11-30;10\r\nOhne Angabe;;\r\n',
      );
    });

    it('quotes only when needed and defuses formulas', () => {
      expect(csvLine(['a', 'b;c', ' d', null, 3])).toBe('a;"b;c";" d";;3\r\n');
      expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
      expect(csvField('-5 Punkte')).toBe("'-5 Punkte");
      expect(csvField(-5)).toBe('-5');
      expect(plainNumber(1e21)).toBe('1000000000000000000000');
      expect(plainNumber(0.0000001)).toBe('0.0000001');
    });
  });

  describe('PDF', () => {
    it('is a PDF with title, author, subject and language', async () => {
      const pdf = await writePdf(doc);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5000);
      const text = pdf.toString('latin1');
      // pdfkit writes metadata strings as UTF-16BE hex or literal strings; the language is ASCII.
      expect(text).toMatch(/\/Lang \(de-DE\)/);
      expect(text).toMatch(/\/DisplayDocTitle true/);
      expect(text).toMatch(/\/Title /);
      expect(text).toMatch(/\/Author /);
    });
  });

  describe('names and German text', () => {
    it('keeps sheet names within Excel limits and unique', () => {
      expect(validSheetName("'Quote: a/b [c]*?\\'")).toBe('Quote a b c');
      const names = sheetNames(['Erläuterungen', 'x'.repeat(40), 'X'.repeat(40), '']);
      expect(names).toEqual(['Erläuterungen (2)', 'x'.repeat(31), `${'X'.repeat(27)} (2)`, 'Tabelle 4']);
      for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    });

    it('formats German display text for the PDF', () => {
      expect(germanText(1234567, 'integer')).toBe('1.234.567');
      expect(germanText(12.5, 'percent')).toBe('12,5 %');
      expect(germanText(2.25, 'decimal', 2)).toBe('2,25');
      expect(germanText('2025-03-01', 'date')).toBe('01.03.2025');
      expect(germanText('< 3', 'integer')).toBe('< 3');
      expect(germanText(null, 'integer')).toBe('');
    });
  });
});
