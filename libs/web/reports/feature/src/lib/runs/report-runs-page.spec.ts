import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { provideGermanDates } from '@bn/web/util';
import { LAENDER, page, run, sessionWith } from '../testing/fixtures';
import { POLL_INTERVAL_MS, ReportRunsPage } from './report-runs-page';

describe('ReportRunsPage', () => {
  let http: HttpTestingController;
  let clicked: HTMLAnchorElement[];

  function configure(role: Role) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'berichte', component: ReportRunsPage }]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith(role),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }

  async function open(role: Role, url = '/berichte') {
    configure(role);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, ReportRunsPage);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    const documentLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    return { harness, loader, documentLoader, element: harness.routeNativeElement as HTMLElement };
  }

  function expectList(): TestRequest {
    return http.expectOne((request) => request.url === '/api/reports/runs' && request.method === 'GET');
  }

  function paramsOf(request: TestRequest): Record<string, string> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
  }

  beforeEach(() => {
    clicked = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
  });

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('lists the runs with parameters, author, status, job state and the short checksum; filters and pages via the URL', async () => {
    const { harness, loader, element } = await open('FACHBERATUNG', '/berichte?type=BUENDNIS_MONITOR&page=2');
    const request = expectList();
    expect(paramsOf(request)).toEqual({ page: '2', pageSize: '25', type: 'BUENDNIS_MONITOR' });
    request.flush({
      ...page([
        run({ parameters: { periodFrom: '2025-01-01', periodTo: '2025-06-30', referenceDate: '2025-06-30', laender: ['03', '09'] } }),
        run({ id: 'r2', status: 'FREIGEGEBEN', releasedAt: '2026-01-06T10:00:00.000Z', releasedByName: 'Lea Leitung' }),
        run({ id: 'r3', jobState: 'FEHLER', progress: 30, checksum: null, error: 'Die Berechnung des Berichts ist fehlgeschlagen.' }),
      ], 28),
      page: 2,
    });
    await harness.fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();
    expect(cells['type'].text[0]).toBe('Bündnis-Monitor');
    expect(cells['period'].text[0]).toBe('01.01.2025 – 30.06.2025');
    expect(cells['referenceDate'].text[0]).toBe('30.06.2025');
    expect(cells['laender'].text).toEqual(['Niedersachsen, Bayern', 'Alle Länder', 'Alle Länder']);
    expect(cells['author'].text[0]).toBe('Frieda Fachberatung');
    expect(cells['status'].text[0]).toContain('Entwurf');
    expect(cells['status'].text[1]).toContain('Freigegeben');
    expect(cells['status'].text[1]).toContain('Lea Leitung');
    expect(cells['job'].text[0]).toContain('Fertig');
    expect(cells['job'].text[0]).toContain('100 %');
    expect(cells['job'].text[2]).toContain('Fehler');
    expect(cells['job'].text[2]).toContain('fehlgeschlagen');
    expect(cells['checksum'].text).toEqual(['3f2a9c1b', '3f2a9c1b', '–']);
    expect(element.textContent).toContain('28 Berichte');
    // No release for the Fachberatung; downloads only for finished runs.
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Freigeben/ }))).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /PDF/ }))).toHaveLength(2);

    const status = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="status"]' }));
    await status.open();
    await status.clickOptions({ text: 'Freigegeben' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/berichte?type=BUENDNIS_MONITOR&status=FREIGEGEBEN');
    const filtered = expectList();
    expect(paramsOf(filtered)).toEqual({ page: '1', pageSize: '25', type: 'BUENDNIS_MONITOR', status: 'FREIGEGEBEN' });
    filtered.flush(page([]));
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Keine Berichte gefunden, die zu den Filtern passen.');
  });

  it('downloads a file under the name the server gives and shows a failed download', async () => {
    const { harness, loader, element } = await open('FACHBERATUNG');
    expectList().flush(page([run()]));
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonHarness.with({ text: /XLSX/ }))).click();
    const file = http.expectOne('/api/reports/runs/r1/files/xlsx');
    file.flush(new Blob(['PK']), { headers: { 'Content-Disposition': 'attachment; filename="Buendnis-Monitor_2025-12-31_3f2a9c1b.xlsx"' } });
    await harness.fixture.whenStable();
    expect(clicked.map((link) => link.download)).toEqual(['Buendnis-Monitor_2025-12-31_3f2a9c1b.xlsx']);

    await (await loader.getHarness(MatButtonHarness.with({ text: /PDF/ }))).click();
    http
      .expectOne('/api/reports/runs/r1/files/pdf')
      .flush(new Blob([JSON.stringify({ code: 'REPORT_RUN_NOT_FOUND', message: 'Diesen Berichtslauf gibt es nicht.' })]), {
        status: 404,
        statusText: 'Not Found',
      });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await harness.fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Diesen Berichtslauf gibt es nicht.');
  });

  it('creates a run from the dialog and shows it on top with a progress bar', async () => {
    const { harness, loader, documentLoader } = await open('FACHBERATUNG');
    expectList().flush(page([run({ id: 'old' })]));
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonHarness.with({ text: /Bericht erstellen/ }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Bericht erstellen');
    // The Länder come from the page's shared (cached) request.
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Bericht erstellen' }))).click();
    const create = http.expectOne((request) => request.url === '/api/reports/runs' && request.method === 'POST');
    const year = new Date().getFullYear() - 1;
    expect(create.request.body).toEqual({
      type: 'BUENDNIS_MONITOR', periodFrom: `${year}-01-01`, periodTo: `${year}-12-31`, referenceDate: `${year}-12-31`,
    });
    create.flush(run({ id: 'new', jobState: 'WARTEND', progress: 0, checksum: null, finishedAt: null }), { status: 202, statusText: 'Accepted' });
    await harness.fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    const cells = await table.getCellTextByColumnName();
    expect(cells['job'].text[0]).toContain('0 %');
    expect(cells['job'].text[0]).toContain('Wartend');
    const bar = await loader.getHarness(MatProgressBarHarness);
    expect(await bar.getValue()).toBe(0);
    // Leave the page: its polling stops with it.
    harness.fixture.destroy();
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS + 200));
    http.expectNone('/api/reports/runs/new');
  });

  it('releases a finished draft for the Leitung after confirmation', async () => {
    const { harness, loader, documentLoader } = await open('LEITUNG');
    expectList().flush(page([run({ version: 4 })]));
    await harness.fixture.whenStable();

    const release = await loader.getHarness(MatButtonHarness.with({ text: /Freigeben/ }));
    await release.click();
    let dialog = await documentLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Bericht freigeben?');
    expect(await dialog.getContentText()).toContain('Bündnis-Monitor zum Stichtag 31.12.2025');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Abbrechen' }))).click();
    await harness.fixture.whenStable();
    http.expectNone('/api/reports/runs/r1/release');

    await release.click();
    dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Freigeben' }))).click();
    await harness.fixture.whenStable();
    const request = http.expectOne('/api/reports/runs/r1/release');
    expect(request.request.body).toEqual({ version: 4 });
    request.flush(run({ status: 'FREIGEGEBEN', version: 5, releasedByName: 'Lea Leitung', releasedAt: '2026-01-06T10:00:00.000Z' }));
    await harness.fixture.whenStable();

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['status'].text[0]).toContain('Freigegeben');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Freigeben/ }))).toHaveLength(0);
  });

  it('offers a reload when the run changed meanwhile (409)', async () => {
    const { harness, loader, documentLoader } = await open('LEITUNG');
    expectList().flush(page([run({ version: 4 })]));
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonHarness.with({ text: /Freigeben/ }))).click();
    await (await (await documentLoader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Freigeben' }))).click();
    await harness.fixture.whenStable();
    http.expectOne('/api/reports/runs/r1/release').flush(
      { code: 'VERSION_CONFLICT', message: 'Der Datensatz wurde inzwischen geändert.' },
      { status: 409, statusText: 'Conflict' },
    );
    const conflict = await documentLoader.getHarness(MatDialogHarness.with({ selector: '[role="alertdialog"]' }));
    expect(await conflict.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await conflict.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await harness.fixture.whenStable();
    http.expectOne('/api/reports/runs/r1').flush(run({ status: 'FREIGEGEBEN', version: 5 }));
    await harness.fixture.whenStable();
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['status'].text[0]).toContain('Freigegeben');
  });

  it('shows the ministry released runs and downloads, without creation, status filter or release', async () => {
    const { harness, loader, element } = await open('MINISTERIUM');
    expectList().flush(page([run({ status: 'FREIGEGEBEN', releasedByName: 'Lea Leitung', releasedAt: '2026-01-06T10:00:00.000Z' })]));
    await harness.fixture.whenStable();

    expect(element.textContent).toContain('Vom Servicebüro freigegebene Berichte');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Bericht erstellen/ }))).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Freigeben/ }))).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatSelectHarness.with({ selector: '[formControlName="status"]' }))).toHaveLength(0);
    const downloads = await loader.getAllHarnesses(MatButtonHarness.with({ text: /XLSX|CSV \(ZIP\)|PDF/ }));
    const texts = await Promise.all(downloads.map((button) => button.getText()));
    expect(texts.map((text) => text.replace(/^download\s*/, ''))).toEqual(['XLSX', 'CSV (ZIP)', 'PDF']);
    const host = await downloads[1].host();
    expect(await host.getAttribute('aria-label')).toBe('Bündnis-Monitor zum Stichtag 31.12.2025 als CSV-Dateien (ZIP) herunterladen');
  });

  it('tells the ministry when nothing is released yet', async () => {
    const { harness, element } = await open('MINISTERIUM');
    expectList().flush(page([]));
    await harness.fixture.whenStable();
    expect(element.textContent).toContain('Es liegen noch keine freigegebenen Berichte vor.');
  });
});

describe('ReportRunsPage progress polling', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith('FACHBERATUNG'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  function render() {
    const fixture = TestBed.createComponent(ReportRunsPage);
    fixture.detectChanges();
    http.expectOne('/api/reference/laender').flush(LAENDER);
    return fixture;
  }

  it('polls an unfinished run every second, shows its progress and offers the files when done', () => {
    const fixture = render();
    http.expectOne((r) => r.url === '/api/reports/runs').flush(page([run({ jobState: 'LAEUFT', progress: 10, checksum: null })]));
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const bar = () => element.querySelector('mat-progress-bar[mode="determinate"]');
    expect(bar()?.getAttribute('aria-valuenow')).toBe('10');
    expect(element.textContent).toContain('10 %');

    jest.advanceTimersByTime(POLL_INTERVAL_MS - 1);
    http.expectNone('/api/reports/runs/r1');
    jest.advanceTimersByTime(1);
    http.expectOne('/api/reports/runs/r1').flush(run({ jobState: 'LAEUFT', progress: 42, checksum: null }));
    fixture.detectChanges();
    expect(bar()?.getAttribute('aria-valuenow')).toBe('42');
    expect(bar()?.getAttribute('aria-label')).toBe('Fortschritt: Bündnis-Monitor zum Stichtag 31.12.2025');
    expect(element.textContent).toContain('42 %');
    expect(element.querySelector('button[aria-label*="XLSX"]')).toBeNull();

    jest.advanceTimersByTime(POLL_INTERVAL_MS);
    http.expectOne('/api/reports/runs/r1').flush(run());
    fixture.detectChanges();
    expect(bar()).toBeNull();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('ist fertig');
    expect(element.querySelector('button[aria-label*="XLSX"]')).not.toBeNull();

    // Finished: no more requests.
    jest.advanceTimersByTime(POLL_INTERVAL_MS * 5);
    http.expectNone('/api/reports/runs/r1');
  });

  it('stops polling when the page is destroyed', () => {
    const fixture = render();
    http.expectOne((r) => r.url === '/api/reports/runs').flush(page([run({ jobState: 'WARTEND', progress: 0, checksum: null })]));
    fixture.detectChanges();
    jest.advanceTimersByTime(POLL_INTERVAL_MS);
    http.expectOne('/api/reports/runs/r1').flush(run({ jobState: 'LAEUFT', progress: 5, checksum: null }));
    fixture.destroy();
    jest.advanceTimersByTime(POLL_INTERVAL_MS * 3);
    http.expectNone('/api/reports/runs/r1');
  });

  it('shows a failed run with its message and stops polling', () => {
    const fixture = render();
    http.expectOne((r) => r.url === '/api/reports/runs').flush(page([run({ jobState: 'LAEUFT', progress: 60, checksum: null })]));
    fixture.detectChanges();
    jest.advanceTimersByTime(POLL_INTERVAL_MS);
    http
      .expectOne('/api/reports/runs/r1')
      .flush(run({ jobState: 'FEHLER', progress: 60, checksum: null, error: 'Die Berechnung des Berichts ist fehlgeschlagen.' }));
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.textContent).toContain('Fehler');
    expect(element.textContent).toContain('Die Berechnung des Berichts ist fehlgeschlagen.');
    expect(element.querySelector('button[aria-label*="XLSX"]')).toBeNull();
    jest.advanceTimersByTime(POLL_INTERVAL_MS * 3);
    http.expectNone('/api/reports/runs/r1');
  });
});
