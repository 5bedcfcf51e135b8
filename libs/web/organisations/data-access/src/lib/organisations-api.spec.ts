import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { OrganisationsApi } from './organisations-api';
import { ReferenceGeographyApi } from './reference-geography-api';

describe('organisations data access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('lists with the list query and archives with the version read', async () => {
    const api = TestBed.inject(OrganisationsApi);
    const list = firstValueFrom(api.list({ q: 'mueller', sector: 'WIRTSCHAFT', page: '2' }));
    const request = http.expectOne((r) => r.url === '/api/organisations');
    expect(request.request.params.toString()).toBe('q=mueller&sector=WIRTSCHAFT&page=2');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
    await expect(list).resolves.toEqual({ items: [], total: 0, page: 2, pageSize: 25 });

    const archive = firstValueFrom(api.archive('o-1', 4));
    const archiveRequest = http.expectOne({ method: 'POST', url: '/api/organisations/o-1/archive' });
    expect(archiveRequest.request.body).toEqual({ version: 4 });
    archiveRequest.flush(null);
    await archive;
  });

  it('loads the Länder once and searches Gemeinden by name', async () => {
    const geography = TestBed.inject(ReferenceGeographyApi);
    const first = firstValueFrom(geography.laender());
    const second = firstValueFrom(geography.laender());
    http.expectOne('/api/reference/laender').flush([{ code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 }]);
    expect((await first)[0].name).toBe('Niedersachsen');
    expect((await second)[0].name).toBe('Niedersachsen');

    const gemeinden = firstValueFrom(geography.gemeinden('noerten'));
    const request = http.expectOne((r) => r.url === '/api/reference/gemeinden');
    expect(request.request.params.get('q')).toBe('noerten');
    expect(request.request.params.get('limit')).toBe('20');
    request.flush([]);
    await gemeinden;
  });
});
