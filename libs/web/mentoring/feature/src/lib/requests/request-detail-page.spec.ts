import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MentoringRequestDetailDto, MentoringRequestOfferDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ConfirmService } from '@bn/web/ui';
import { RequestDetailPage } from './request-detail-page';

function fakeSession(role: Role) {
  return {
    role: signal<Role | null>(role),
    user: signal({ id: 'u1', email: 'x@example.org', displayName: 'Test', role, allianceIds: [], mentorProfileId: null, totpEnabled: true }),
    hasRole: (...roles: Role[]) => roles.includes(role),
  };
}

const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

const DETAIL: MentoringRequestDetailDto = {
  id: 'r1',
  allianceId: 'a1',
  requesterId: null,
  channel: 'EMAIL',
  receivedOn: '2025-10-14',
  occasion: 'GRUENDUNG',
  desiredMode: 'VOR_ORT',
  desiredFrom: null,
  desiredUntil: null,
  description: 'Begleitung bei Leitbild und gemeinsamer Erklärung.',
  owner: null,
  status: 'MENTOR_ANGEFRAGT',
  closingReason: null,
  predecessorId: null,
  relatedEventId: null,
  version: 2,
  createdAt: '2025-10-14T08:00:00.000Z',
  updatedAt: '2025-10-14T08:00:00.000Z',
  archivedAt: null,
  fachgebietCodes: ['FG01'],
  handlungsfeldIds: [],
  alliance: { id: 'a1', name: 'Lokales Bündnis für Familie Merzig', status: 'IN_GRUENDUNG', landCode: '10' },
  requester: null,
  relatedEvent: null,
  specialties: [{ code: 'FG01', name: 'Gründung' }],
  topics: [],
  proposals: [
    {
      id: 'p1',
      requestId: 'r1',
      mentorId: 'm1',
      mentorName: 'Max Muster',
      rank: 1,
      score: 72.5,
      explanation: [{ criterion: 'Fachgebiet-Fit', points: 30, text: 'beherrscht FG01 (Expertise)' }],
      proposedBy: null,
      response: 'ANGEFRAGT',
      responseReason: null,
      respondedAt: null,
      version: 1,
      createdAt: '2025-10-14T08:00:00.000Z',
      updatedAt: '2025-10-14T08:00:00.000Z',
    },
  ],
  deployments: [],
  predecessor: null,
  followUps: [],
};

async function setup(role: Role) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'anfragen/:id', component: RequestDetailPage },
        { path: 'anfragen', children: [] },
      ]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: SessionStore, useValue: fakeSession(role) },
      { provide: ConfirmService, useValue: confirmService },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/anfragen/r1', RequestDetailPage);
  return { http, harness, loader: TestbedHarnessEnvironment.loader(harness.fixture) };
}

jest.setTimeout(30_000);

describe('RequestDetailPage', () => {
  beforeEach(() => jest.clearAllMocks());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the Fachberatung the request with its proposals and archives it after confirmation', async () => {
    confirmService.confirm.mockResolvedValue(true);
    const { http, harness, loader } = await setup('FACHBERATUNG');
    http.expectOne('/api/requests/r1').flush(DETAIL);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toContain('Anfrage vom 14.10.2025');
    expect(page.querySelector('a[href="/buendnisse/a1"]')?.textContent).toContain('Merzig');
    expect(page.textContent).toContain('Mentor:in angefragt');
    const proposals = await (await loader.getHarness(MatTableHarness.with({ selector: '[aria-label="Matching-Vorschläge"]' }))).getCellTextByColumnName();
    expect(proposals['mentor']?.text).toEqual(['Max Muster']);
    expect(proposals['explanation']?.text[0]).toContain('Fachgebiet-Fit: +30 – beherrscht FG01 (Expertise)');
    expect(proposals['response']?.text[0]).toContain('Angefragt');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    expect(confirmService.confirm).toHaveBeenCalledWith(expect.objectContaining({ isDestructive: true }));
    const archive = http.expectOne({ method: 'POST', url: '/api/requests/r1/archive' });
    expect(archive.request.body).toEqual({ version: 2 });
    archive.flush(null, { status: 204, statusText: 'No Content' });
  });

  it('shows a coordinator no proposals and no edit actions', async () => {
    const { http, harness, loader } = await setup('KOORDINATION');
    http.expectOne('/api/requests/r1').flush({ ...DETAIL, proposals: [] });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).not.toContain('Matching-Vorschläge');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Archivieren|Bearbeiten/ }))).toHaveLength(0);
  });

  it('shows a mentor the offer without the alliance before they accept', async () => {
    const { http, harness } = await setup('MENTOR');
    const offer: MentoringRequestOfferDto = {
      id: 'r1',
      receivedOn: '2025-10-14',
      occasion: 'GRUENDUNG',
      desiredMode: 'VOR_ORT',
      desiredFrom: null,
      desiredUntil: null,
      description: 'Begleitung bei Leitbild und gemeinsamer Erklärung.',
      status: 'MENTOR_ANGEFRAGT',
      landCode: '10',
      landName: 'Saarland',
      specialties: [],
      topics: [],
      allianceVisible: false,
      alliance: null,
      requester: null,
      offer: { id: 'p1', response: 'ANGEFRAGT', responseReason: null, respondedAt: null, version: 1 },
      deployments: [],
      version: 2,
      updatedAt: '2025-10-14T08:00:00.000Z',
      archivedAt: null,
    };
    http.expectOne('/api/requests/r1').flush(offer);
    await harness.fixture.whenStable();
    const text = harness.routeNativeElement?.textContent ?? '';
    expect(text).toContain('Saarland');
    expect(text).toContain('sobald Sie die Anfrage angenommen haben');
    expect(harness.routeNativeElement?.querySelector('a[href^="/buendnisse"]')).toBeNull();
  });
});
