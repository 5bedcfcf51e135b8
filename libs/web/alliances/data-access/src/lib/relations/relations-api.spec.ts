import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AllianceActivitiesApi } from './activities-api';
import { AllianceContactsApi } from './contacts-api';
import { AllianceDeclarationsApi } from './declarations-api';
import { PartnerOrganisationsApi } from './partner-organisations-api';
import { AlliancePartnershipsApi } from './partnerships-api';

describe('relation clients of the alliance tabs', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function paramsOf(url: string): Record<string, string | null> {
    const request = http.expectOne((req) => req.url === url);
    const params = Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
    request.flush({ items: [], total: 0, page: 1, pageSize: 10 });
    return params;
  }

  it('lists partnerships with page, sort and only the filters that are set', async () => {
    const done = firstValueFrom(
      TestBed.inject(AlliancePartnershipsApi).list('a/1', { page: 2, pageSize: 25, sort: 'since', direction: 'desc' }, { q: 'Stadt', currentOnly: undefined }),
    );
    expect(paramsOf('/api/alliances/a%2F1/partners')).toEqual({ page: '2', pageSize: '25', sort: 'since', direction: 'desc', q: 'Stadt' });
    await done;
  });

  it('sends no sort direction without a sort', async () => {
    const done = firstValueFrom(TestBed.inject(AllianceActivitiesApi).list('a1', { page: 1, pageSize: 10 }));
    expect(paramsOf('/api/activities')).toEqual({ page: '1', pageSize: '10', allianceId: 'a1' });
    await done;
  });

  it('archives with the version the client read', async () => {
    const done = firstValueFrom(TestBed.inject(AllianceDeclarationsApi).archive('a1', 'd1', 3), { defaultValue: undefined });
    const request = http.expectOne('/api/alliances/a1/declarations/d1/archive');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ version: 3 });
    request.flush(null);
    await done;
  });

  it('searches organisations among the partners of an alliance and persons by name', async () => {
    const organisations = firstValueFrom(TestBed.inject(PartnerOrganisationsApi).search({ q: 'Kita', allianceId: 'a1' }));
    expect(paramsOf('/api/organisations')).toEqual({ q: 'Kita', allianceId: 'a1', page: '1', pageSize: '10', sort: 'name', direction: 'asc' });
    await organisations;
    const persons = firstValueFrom(TestBed.inject(AllianceContactsApi).searchPersons({ q: '' }));
    expect(paramsOf('/api/persons')).toEqual({ page: '1', pageSize: '10', sort: 'lastName', direction: 'asc' });
    await persons;
  });

  it('ends a function with date and version', async () => {
    const done = firstValueFrom(TestBed.inject(AllianceContactsApi).endFunction('p1', 'f1', '2025-06-30', 4));
    const request = http.expectOne('/api/persons/p1/functions/f1/end');
    expect(request.request.body).toEqual({ validUntil: '2025-06-30', version: 4 });
    request.flush({});
    await done;
  });
});
