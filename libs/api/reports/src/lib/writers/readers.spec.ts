import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sampleDocument } from './sample-document';
import { csvFileName, EXPLANATION_SHEET, sheetNames, writeCsvZip, writePdf, writeXlsx } from './index';
import { readZip } from './read-zip';

/**
 * The files read back by independent programs (issue 6, "Files read back by independent readers"):
 * LibreOffice converts every sheet of the XLSX to CSV, which must equal the CSV of the ZIP table by
 * table; pdftotext extracts the PDF's text, which must hold the headings and the key figures.
 * Needs `soffice` (Debian libreoffice-calc) and `pdftotext`/`pdfinfo` (poppler-utils).
 */
const run = promisify(execFile);
jest.setTimeout(120_000);

/** LibreOffice's CSV filter: `;`, `"`, UTF-8, from line 1, raw values (not "as shown"), all sheets (-1). */
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1';

/** Same content regardless of BOM and line ends (LibreOffice writes LF and no BOM). */
function normalised(csv: string): string {
  return csv.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n+$/, '');
}

describe('files read back by independent readers', () => {
  const doc = sampleDocument();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bn-readers-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('LibreOffice reads every sheet of the XLSX as exactly the CSV of the ZIP', async () => {
    await writeFile(join(dir, 'bericht.xlsx'), await writeXlsx(doc));
    const zip = readZip(await writeCsvZip(doc));
    const outDir = join(dir, 'csv');
    // A private profile, so parallel LibreOffice runs (or a desktop session) do not lock each other out.
    await run('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', CSV_FILTER, '--outdir', outDir, join(dir, 'bericht.xlsx')], {
      timeout: 100_000,
    });
    const files = await readdir(outDir);
    const names = sheetNames(doc.tables.map((table) => table.title));
    expect(files.sort()).toEqual([EXPLANATION_SHEET, ...names].map((name) => `bericht-${name}.csv`).sort());
    for (const [index, table] of doc.tables.entries()) {
      const fromLibreOffice = await readFile(join(outDir, `bericht-${names[index]}.csv`), 'utf8');
      const fromZip = zip.get(csvFileName(table))?.toString('utf8') ?? '';
      expect(normalised(fromLibreOffice)).toBe(normalised(fromZip));
    }
    const explanation = await readFile(join(outDir, `bericht-${EXPLANATION_SHEET}.csv`), 'utf8');
    for (const table of doc.tables) expect(explanation).toContain(table.description);
    expect(explanation).toContain('Stichtag;31.12.2025');
  });

  it('pdftotext finds the headings, parameters and key figures; pdfinfo the metadata', async () => {
    const path = join(dir, 'bericht.pdf');
    await writeFile(path, await writePdf(doc));
    const { stdout: text } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'], { timeout: 30_000 });
    const words = text.replace(/\s+/g, ' ');
    for (const expected of [
      'Bündnis-Monitor',
      'Parameter',
      'Stichtag',
      '31.12.2025',
      'Hinweise',
      '1. Bündnisse nach Land und Status',
      '2. Gründungen: Wiederbelebungen/Auflösungen [Zeitraum]',
      'Baden-Württemberg',
      '1.234',
      '98,6 %',
      '< 3',
      '01.03.2025',
      '2,25',
      'Diagramm: Aktiv je Land',
      'Seite 1 von',
    ]) {
      expect(words).toContain(expected);
    }
    const { stdout: info } = await run('pdfinfo', ['-enc', 'UTF-8', path], { timeout: 30_000 });
    expect(info).toMatch(/^Title:\s+Bündnis-Monitor$/m);
    expect(info).toMatch(/^Author:\s+Bündnisnetz$/m);
    expect(info).toMatch(/^Subject:\s+Bericht an das Bundesministerium/m);
  });
});
