import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DashboardApi } from './dashboard-api';

describe('DashboardApi', () => {
  let api: DashboardApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(DashboardApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('leaves unset map filters out of the query', async () => {
    const all = firstValueFrom(api.allianceMap({ status: null, handlungsfeld: null }));
    http.expectOne('/api/map/alliances').flush({ points: [], lands: [], handlungsfelder: [] });
    await expect(all).resolves.toEqual({ points: [], lands: [], handlungsfelder: [] });

    const filtered = firstValueFrom(api.allianceMap({ status: 'AKTIV', handlungsfeld: 'hf-1' }));
    http.expectOne('/api/map/alliances?status=AKTIV&handlungsfeld=hf-1').flush({ points: [], lands: [], handlungsfelder: [] });
    await filtered;
  });
});
