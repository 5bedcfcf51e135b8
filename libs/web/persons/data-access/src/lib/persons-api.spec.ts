import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { FunctionTargetsApi } from './function-targets-api';
import { PersonDetailStore } from './person-detail-store';
import { PersonsApi } from './persons-api';

describe('persons data access', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), PersonDetailStore] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('calls the routes of functions, consents and the Art. 14 notice', async () => {
    const api = TestBed.inject(PersonsApi);
    const calls = [
      firstValueFrom(api.recordPrivacyNotice('p-1', { sentOn: '2025-03-01', version: 2 })),
      firstValueFrom(api.endFunction('p-1', 'f-1', { validUntil: '2025-03-31', version: 1 })),
      firstValueFrom(api.withdrawConsent('p-1', 'c-1', { withdrawnOn: '2025-04-01' })),
    ];
    http.expectOne({ method: 'POST', url: '/api/persons/p-1/privacy-notice' }).flush({});
    http.expectOne({ method: 'POST', url: '/api/persons/p-1/functions/f-1/end' }).flush({});
    http.expectOne({ method: 'POST', url: '/api/persons/p-1/consents/c-1/withdraw' }).flush({});
    await Promise.all(calls);
  });

  it('finds function targets of one type through the search', async () => {
    const targets = firstValueFrom(TestBed.inject(FunctionTargetsApi).organisations('awo'));
    const request = http.expectOne((r) => r.url === '/api/search');
    expect(request.request.params.get('types')).toBe('organisation');
    request.flush({
      query: 'awo',
      groups: [{ type: 'organisation', label: 'Organisationen', total: 1, items: [{ id: 'o-1', type: 'organisation', title: 'AWO Kreisverband', subtitle: 'Zivilgesellschaft', score: 3 }] }],
    });
    await expect(targets).resolves.toEqual([{ id: 'o-1', label: 'AWO Kreisverband', hint: 'Zivilgesellschaft' }]);
  });

  it('keeps the person while reloading and reports a failed load as an API error', async () => {
    const store = TestBed.inject(PersonDetailStore);
    const load = store.load('p-1');
    expect(store.isLoading()).toBe(true);
    http.expectOne('/api/persons/p-1').flush({ id: 'p-1', version: 1 });
    await load;
    expect(store.person()?.id).toBe('p-1');

    const reload = store.reload();
    expect(store.person()?.id).toBe('p-1');
    http.expectOne('/api/persons/p-1').flush({ code: 'PERSON_NOT_FOUND', message: 'Die Person wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await reload;
    expect(store.person()).toBeNull();
    expect(store.error()).toEqual(expect.objectContaining({ status: 404, code: 'PERSON_NOT_FOUND' }));
  });
});
