import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AlliancesApi } from './alliances-api';
import { ReferenceApi } from './reference-api';

describe('alliances data access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('calls the alliance routes of the API', () => {
    const api = TestBed.inject(AlliancesApi);
    api.list({ page: 1, pageSize: 25, status: 'AKTIV,RUHEND' }).subscribe();
    const list = http.expectOne((req) => req.url === '/api/alliances');
    expect(list.request.params.get('status')).toBe('AKTIV,RUHEND');
    list.flush({ items: [], total: 0, page: 1, pageSize: 25 });

    api.archive('a1', 3).subscribe();
    const archive = http.expectOne({ method: 'POST', url: '/api/alliances/a1/archive' });
    expect(archive.request.body).toEqual({ version: 3 });
    archive.flush(null);

    api.decideStatusRequest('r1', { decision: 'ANGENOMMEN', version: 1 }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/status-requests/r1/decision' }).flush({});

    api.auditHistory('a1', { page: 2, pageSize: 10 }).subscribe();
    const audit = http.expectOne((req) => req.url === '/api/audit/entities/Alliance/a1');
    expect(audit.request.params.get('page')).toBe('2');
    audit.flush({ items: [], total: 0, page: 2, pageSize: 10 });
  });

  it('loads the Länder once per session and tries again after a failure', async () => {
    const reference = TestBed.inject(ReferenceApi);
    const first = firstValueFrom(reference.laender());
    http.expectOne('/api/reference/laender').flush('Fehler', { status: 500, statusText: 'Server Error' });
    await expect(first).rejects.toBeTruthy();

    const second = firstValueFrom(reference.laender());
    http.expectOne('/api/reference/laender').flush([{ code: '01', abbreviation: 'SH', name: 'Schleswig-Holstein', latitude: 0, longitude: 0 }]);
    expect(await second).toHaveLength(1);
    expect(await firstValueFrom(reference.laender())).toHaveLength(1);
    http.expectNone('/api/reference/laender');
  });

  it('searches Gemeinden by trimmed name, within a Kreis when given', () => {
    TestBed.inject(ReferenceApi).searchGemeinden(' Nörten ', { kreisAgs: '03155' }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/reference/gemeinden');
    expect(req.request.params.get('q')).toBe('Nörten');
    expect(req.request.params.get('kreisAgs')).toBe('03155');
    expect(req.request.params.has('limit')).toBe(false);
    req.flush([]);
  });
});
