import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { DeploymentsApi } from './deployments-api';

describe('DeploymentsApi: sessions, report, feedback', () => {
  let api: DeploymentsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(DeploymentsApi);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('sends each call to its route with its method and body', async () => {
    const calls: [Promise<unknown>, string, string, unknown][] = [
      [firstValueFrom(api.createSession('d1', { heldOn: '2026-01-02', mode: 'ONLINE' })), 'POST', '/api/deployments/d1/sessions', { heldOn: '2026-01-02', mode: 'ONLINE' }],
      [firstValueFrom(api.updateSession('d1', 's1', { heldOn: '2026-01-02', mode: 'ONLINE', version: 2 })), 'PUT', '/api/deployments/d1/sessions/s1', { heldOn: '2026-01-02', mode: 'ONLINE', version: 2 }],
      [firstValueFrom(api.deleteSession('d1', 's1')), 'DELETE', '/api/deployments/d1/sessions/s1', null],
      [firstValueFrom(api.reportRevisions('d1')), 'GET', '/api/deployments/d1/report/revisions', null],
      [firstValueFrom(api.saveReport('d1', { summary: 'S', version: 3 })), 'PUT', '/api/deployments/d1/report', { summary: 'S', version: 3 }],
      [firstValueFrom(api.submitReport('d1', 4)), 'POST', '/api/deployments/d1/report/submit', { version: 4 }],
      [firstValueFrom(api.reviewReport('d1', { decision: 'FREIGEGEBEN', version: 5 })), 'POST', '/api/deployments/d1/report/review', { decision: 'FREIGEGEBEN', version: 5 }],
      [
        firstValueFrom(api.createFeedback('d1', { source: 'KOORDINATION', satisfaction: 4, usefulness: 5, receivedOn: '2026-01-03' })),
        'POST',
        '/api/deployments/d1/feedback',
        { source: 'KOORDINATION', satisfaction: 4, usefulness: 5, receivedOn: '2026-01-03' },
      ],
      [firstValueFrom(api.myFeedbackSummary()), 'GET', '/api/mentors/me/feedback-summary', null],
    ];
    for (const [, method, url, body] of calls) {
      const request = http.expectOne({ method, url });
      expect(request.request.body).toEqual(body);
      request.flush({});
    }
    await Promise.all(calls.map(([promise]) => promise));
  });
});
