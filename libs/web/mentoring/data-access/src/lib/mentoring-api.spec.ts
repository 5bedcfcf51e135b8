import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DeploymentsApi } from './deployments-api';
import { MentoringLookups } from './mentoring-lookups';
import { MentoringRequestsApi } from './mentoring-requests-api';

describe('mentoring API clients', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('lists requests with the given query and archives with the version read', async () => {
    const api = TestBed.inject(MentoringRequestsApi);
    const list = firstValueFrom(api.list({ status: 'EINGEGANGEN', page: '2' }));
    const request = http.expectOne((r) => r.url === '/api/requests');
    expect(request.request.params.get('status')).toBe('EINGEGANGEN');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
    await expect(list).resolves.toEqual({ items: [], total: 0, page: 2, pageSize: 25 });

    const archived = firstValueFrom(api.archive('r 1', 7));
    const archive = http.expectOne({ method: 'POST', url: '/api/requests/r%201/archive' });
    expect(archive.request.body).toEqual({ version: 7 });
    archive.flush(null);
    await archived;
  });

  it('reads a deployment report from its own endpoint', async () => {
    const report = firstValueFrom(TestBed.inject(DeploymentsApi).report('d1'));
    http.expectOne({ method: 'GET', url: '/api/deployments/d1/report' }).flush({ id: 'rep1', reviewStatus: 'EINGEREICHT' });
    await expect(report).resolves.toMatchObject({ reviewStatus: 'EINGEREICHT' });
  });

  it('fetches the Länder once per session and searches alliances, Gemeinden and mentors', async () => {
    const lookups = TestBed.inject(MentoringLookups);
    const first = firstValueFrom(lookups.laender$);
    http.expectOne('/api/reference/laender').flush([{ code: '03', name: 'Niedersachsen' }]);
    await first;
    await expect(firstValueFrom(lookups.laender$)).resolves.toEqual([{ code: '03', name: 'Niedersachsen' }]);

    const alliances = firstValueFrom(lookups.searchAlliances('wolfs'));
    const search = http.expectOne((r) => r.url === '/api/alliances');
    expect(search.request.params.get('q')).toBe('wolfs');
    search.flush({ items: [{ id: 'a1', code: 'LBF-NI-0001', name: 'Wolfsburg', landName: 'Niedersachsen', status: 'AKTIV' }], total: 1 });
    await expect(alliances).resolves.toEqual([{ id: 'a1', code: 'LBF-NI-0001', name: 'Wolfsburg', landName: 'Niedersachsen' }]);

    const gemeinden = firstValueFrom(lookups.searchGemeinden(' Haldens '));
    const gemeindeSearch = http.expectOne((r) => r.url === '/api/reference/gemeinden');
    expect(gemeindeSearch.request.params.get('q')).toBe('Haldens');
    gemeindeSearch.flush([{ ags: '15083270', name: 'Haldensleben', label: 'Haldensleben (Landkreis Börde, ST)' }]);
    await expect(gemeinden).resolves.toEqual([{ ags: '15083270', name: 'Haldensleben', label: 'Haldensleben (Landkreis Börde, ST)' }]);

    const mentors = firstValueFrom(lookups.mentors());
    http.expectOne((r) => r.url === '/api/mentors').flush({ items: [{ id: 'm1', firstName: 'Max', lastName: 'Muster' }], total: 1 });
    await expect(mentors).resolves.toEqual([{ id: 'm1', name: 'Max Muster' }]);
  });
});
