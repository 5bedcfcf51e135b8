import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { ExportsApi, canExport } from './exports-api';
import { ReportsApi } from './reports-api';

describe('reports data access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('downloads an export with the format and the supported filters, named by the server', async () => {
    const api = TestBed.inject(ExportsApi);
    const result = firstValueFrom(api.download('alliances', 'csv', { landCode: '03', includeArchived: true }));
    const request = http.expectOne((r) => r.url === '/api/exports/alliances');
    expect(request.request.params.get('format')).toBe('csv');
    expect(request.request.params.get('landCode')).toBe('03');
    expect(request.request.params.get('includeArchived')).toBe('true');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['a;b']), { headers: { 'Content-Disposition': 'attachment; filename="buendnisse_2026-01-05.csv"' } });
    const file = await result;
    expect(file.fileName).toBe('buendnisse_2026-01-05.csv');
    expect(file.blob.size).toBe(3);
  });

  it('limits an export to one alliance', async () => {
    const api = TestBed.inject(ExportsApi);
    const result = firstValueFrom(api.downloader('activities', () => ({ allianceId: 'a-7' }))('xlsx'));
    const request = http.expectOne((r) => r.url === '/api/exports/activities');
    expect(request.request.params.keys().sort()).toEqual(['allianceId', 'format']);
    expect(request.request.params.get('allianceId')).toBe('a-7');
    request.flush(new Blob(['PK']));
    expect((await result).fileName).toBe('activities.xlsx');
  });

  it('turns a JSON error sent as a Blob back into the API error body', async () => {
    const api = TestBed.inject(ReportsApi);
    const result = firstValueFrom(api.file({ id: '7', type: 'BUENDNIS_MONITOR' }, 'pdf'));
    const request = http.expectOne('/api/reports/runs/7/files/pdf');
    request.flush(new Blob([JSON.stringify({ code: 'REPORT_RUN_NOT_FOUND', message: 'Diesen Berichtslauf gibt es nicht.' })]), {
      status: 404,
      statusText: 'Not Found',
    });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).error).toEqual({ code: 'REPORT_RUN_NOT_FOUND', message: 'Diesen Berichtslauf gibt es nicht.' });
  });

  it('lists runs with paging and only the filters that are set; releases with the version', async () => {
    const api = TestBed.inject(ReportsApi);
    void firstValueFrom(api.list({ page: 2, pageSize: 10, type: 'MENTORING_BERICHT', status: null }));
    const list = http.expectOne((r) => r.url === '/api/reports/runs');
    expect(list.request.params.keys().sort()).toEqual(['page', 'pageSize', 'type']);
    list.flush({ items: [], total: 0, page: 2, pageSize: 10 });

    void firstValueFrom(api.release('5', 3));
    const release = http.expectOne('/api/reports/runs/5/release');
    expect(release.request.method).toBe('POST');
    expect(release.request.body).toEqual({ version: 3 });
    release.flush({});
  });

  it('knows which roles may export which list', () => {
    expect(canExport('deployments', 'MENTOR')).toBe(true);
    expect(canExport('alliances', 'MENTOR')).toBe(false);
    expect(canExport('alliances', 'MINISTERIUM')).toBe(false);
    expect(canExport('events', 'KOORDINATION')).toBe(true);
    expect(canExport('events', null)).toBe(false);
  });
});
