import { fileNameFromDisposition, readBlobErrorBody, saveFile } from './file-download';

describe('fileNameFromDisposition', () => {
  it('reads the quoted, the bare and the UTF-8 form', () => {
    expect(fileNameFromDisposition('attachment; filename="Buendnis-Monitor_2025-12-31_ab12cd34.xlsx"', 'x')).toBe(
      'Buendnis-Monitor_2025-12-31_ab12cd34.xlsx',
    );
    expect(fileNameFromDisposition('attachment; filename=buendnisse.csv', 'x')).toBe('buendnisse.csv');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''B%C3%BCndnisse.xlsx", 'x')).toBe('Bündnisse.xlsx');
  });

  it('falls back when the header is missing or has no name', () => {
    expect(fileNameFromDisposition(null, 'export.xlsx')).toBe('export.xlsx');
    expect(fileNameFromDisposition('attachment', 'export.xlsx')).toBe('export.xlsx');
  });
});

describe('readBlobErrorBody', () => {
  it('parses a JSON error body sent as a Blob and leaves other bodies alone', async () => {
    const blob = new Blob([JSON.stringify({ code: 'REPORT_RUN_NOT_FOUND', message: 'Diesen Berichtslauf gibt es nicht.' })]);
    expect(await readBlobErrorBody(blob)).toEqual({ code: 'REPORT_RUN_NOT_FOUND', message: 'Diesen Berichtslauf gibt es nicht.' });
    expect(await readBlobErrorBody(new Blob(['Bad Gateway']))).toBe('Bad Gateway');
    expect(await readBlobErrorBody({ code: 'X', message: 'y' })).toEqual({ code: 'X', message: 'y' });
  });
});

describe('saveFile', () => {
  it('clicks a temporary link with the file name and removes it again', () => {
    const createObjectURL = jest.fn(() => 'blob:report');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked: HTMLAnchorElement[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    jest.useFakeTimers();
    try {
      saveFile({ blob: new Blob(['x']), fileName: 'buendnisse_2026-01-01.xlsx' });
      expect(clicked).toHaveLength(1);
      expect(clicked[0].download).toBe('buendnisse_2026-01-01.xlsx');
      expect(clicked[0].href).toBe('blob:report');
      expect(document.querySelector('a[download]')).toBeNull();
      jest.runAllTimers();
      expect(revokeObjectURL).toHaveBeenCalledWith('blob:report');
    } finally {
      jest.useRealTimers();
      click.mockRestore();
    }
  });
});
