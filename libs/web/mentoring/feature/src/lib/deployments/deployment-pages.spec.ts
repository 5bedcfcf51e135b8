import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DeploymentDetailDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ConfirmService } from '@bn/web/ui';
import { provideGermanDates } from '@bn/web/util';
import { DeploymentDetailPage } from './deployment-detail-page';
import { DeploymentListPage } from './deployment-list-page';

function fakeSession(role: Role) {
  return {
    role: signal<Role | null>(role),
    user: signal({ id: 'u1', email: 'x@example.org', displayName: 'Test', role, allianceIds: [], mentorProfileId: null, totpEnabled: true }),
    hasRole: (...roles: Role[]) => roles.includes(role),
  };
}

jest.setTimeout(30_000);

const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

async function setup(role: Role, url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'einsaetze', component: DeploymentListPage },
        { path: 'einsaetze/:id', component: DeploymentDetailPage },
      ]),
      provideGermanDates(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: SessionStore, useValue: fakeSession(role) },
      { provide: ConfirmService, useValue: confirmService },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url);
  return { http, harness, loader: TestbedHarnessEnvironment.loader(harness.fixture) };
}

const DETAIL: DeploymentDetailDto = {
  id: 'd1',
  requestId: 'r1',
  allianceId: 'a1',
  deploymentType: 'GRUENDUNGSBEGLEITUNG',
  mode: 'HYBRID',
  status: 'BERICHT_EINGEREICHT',
  eventId: null,
  followUpNeeded: false,
  followUpNote: null,
  closingReason: null,
  version: 3,
  createdAt: '2025-09-01T08:00:00.000Z',
  updatedAt: '2025-11-10T08:00:00.000Z',
  archivedAt: null,
  alliance: { id: 'a1', name: 'Lokales Bündnis für Familie Rostock', status: 'IN_GRUENDUNG', landCode: '13' },
  request: { id: 'r1', receivedOn: '2025-08-20', occasion: 'GRUENDUNG', status: 'ZUGEWIESEN' },
  event: null,
  mentors: [{ mentorId: 'm1', isLead: true, name: 'Max Muster', email: 'max@example.org', phone: null }],
  specialties: [{ code: 'FG01', name: 'Gründung' }],
  sessions: [
    {
      id: 's1',
      deploymentId: 'd1',
      heldOn: '2025-10-02',
      startTime: '10:00',
      endTime: '13:00',
      mode: 'VOR_ORT',
      gemeindeAgs: '13003000',
      gemeindeName: 'Rostock',
      place: 'Rathaus',
      topic: 'Struktur der Lenkungsgruppe',
      hours: 3,
      prepHours: 1.5,
      travelKm: 212.5,
      travelHours: 2.5,
      participantsCount: 9,
      version: 1,
      createdAt: '2025-10-02T08:00:00.000Z',
      updatedAt: '2025-10-02T08:00:00.000Z',
    },
    {
      id: 's2',
      deploymentId: 'd1',
      heldOn: '2025-10-20',
      startTime: null,
      endTime: null,
      mode: 'ONLINE',
      gemeindeAgs: null,
      gemeindeName: null,
      place: null,
      topic: null,
      hours: 2,
      prepHours: 0,
      travelKm: 0,
      travelHours: 0,
      participantsCount: null,
      version: 1,
      createdAt: '2025-10-20T08:00:00.000Z',
      updatedAt: '2025-10-20T08:00:00.000Z',
    },
  ],
  totals: { sessionCount: 2, hours: 5, prepHours: 1.5, travelKm: 212.5, travelHours: 2.5 },
  report: {
    id: 'rep1',
    deploymentId: 'd1',
    revision: 1,
    summary: 'Zwei Termine zur Struktur des künftigen Bündnisses.',
    results: null,
    nextSteps: null,
    recommendation: null,
    reviewStatus: 'EINGEREICHT',
    submittedAt: '2025-11-10T08:00:00.000Z',
    submittedBy: 'u2',
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    version: 2,
    createdAt: '2025-11-01T08:00:00.000Z',
    updatedAt: '2025-11-10T08:00:00.000Z',
  },
  earlierRevisions: [],
  releasedReport: null,
  feedback: [],
};

describe('DeploymentListPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks the API with the URL filters and lets the Fachberatung filter by mentor', async () => {
    const { http, harness, loader } = await setup('FACHBERATUNG', '/einsaetze?hasReport=false&dateTo=2025-11-21&mode=ONLINE&sort=firstSessionOn&direction=asc');
    http.expectOne('/api/reference/laender').flush([{ code: '13', abbreviation: 'MV', name: 'Mecklenburg-Vorpommern', latitude: 0, longitude: 0 }]);
    http.expectOne((r) => r.url === '/api/mentors').flush({ items: [{ id: 'm1', firstName: 'Max', lastName: 'Muster' }], total: 1, page: 1, pageSize: 100 });
    const list = http.expectOne((r) => r.url === '/api/deployments');
    expect(list.request.params.get('hasReport')).toBe('false');
    expect(list.request.params.get('dateTo')).toBe('2025-11-21');
    expect(list.request.params.get('mode')).toBe('ONLINE');
    expect(list.request.params.get('sort')).toBe('firstSessionOn');
    list.flush({
      items: [
        {
          ...DETAIL,
          allianceName: 'Lokales Bündnis für Familie Rostock',
          landCode: '13',
          mentors: [
            { mentorId: 'm1', isLead: true, name: 'Max Muster' },
            { mentorId: 'm2', isLead: false, name: 'Eva Beispiel' },
          ],
          sessionCount: 2,
          totalHours: 5,
          firstSessionOn: '2025-10-02',
          lastSessionOn: '2025-10-20',
          reportStatus: null,
        },
      ],
      total: 1,
      page: 1,
      pageSize: 25,
    });
    await harness.fixture.whenStable();

    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['land']?.text).toEqual(['Mecklenburg-Vorpommern']);
    expect(rows['mentors']?.text).toEqual(['Max Muster (Leitung), Eva Beispiel']);
    expect(rows['firstSessionOn']?.text).toEqual(['02.10.2025']);
    expect(rows['report']?.text).toEqual(['kein Bericht']);

    const mentor = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="mentorId"]' }));
    await mentor.open();
    await mentor.clickOptions({ text: 'Max Muster' });
    await harness.fixture.whenStable();
    const again = http.expectOne((r) => r.url === '/api/deployments');
    expect(again.request.params.get('mentorId')).toBe('m1');
    expect(again.request.params.get('hasReport')).toBe('false');
    again.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('shows mentors their own aggregated feedback above the list', async () => {
    const { http, harness } = await setup('MENTOR', '/einsaetze');
    http.expectOne('/api/reference/laender').flush([]);
    http.expectOne((r) => r.url === '/api/deployments').flush({ items: [], total: 0, page: 1, pageSize: 25 });
    http.expectOne('/api/mentors/me/feedback-summary').flush({
      answers: 1,
      minimumAnswers: 3,
      isAvailable: false,
      satisfactionAverage: null,
      usefulnessAverage: null,
      goalReached: null,
      wouldRecommendShare: null,
    });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Meine Rückmeldungen');
    expect(harness.routeNativeElement?.textContent).toContain('Noch weniger als 3 Rückmeldungen');
  });

  it('offers coordinators no mentor filter (they may not list mentor profiles)', async () => {
    const { http, harness, loader } = await setup('KOORDINATION', '/einsaetze');
    http.expectOne('/api/reference/laender').flush([]);
    http.expectOne((r) => r.url === '/api/deployments').flush({ items: [], total: 0, page: 1, pageSize: 25 });
    await harness.fixture.whenStable();
    expect(await loader.getAllHarnesses(MatSelectHarness.with({ selector: '[formControlName="mentorId"]' }))).toHaveLength(0);
    expect(harness.routeNativeElement?.textContent).toContain('Keine Einsätze gefunden.');
  });
});

describe('DeploymentDetailPage', () => {
  beforeEach(() => jest.clearAllMocks());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the sessions with place or online, the totals and the report status; the Fachberatung may archive', async () => {
    confirmService.confirm.mockResolvedValue(true);
    const { http, harness, loader } = await setup('FACHBERATUNG', '/einsaetze/d1');
    http.expectOne('/api/deployments/d1').flush(DETAIL);
    http.expectOne('/api/deployments/d1/transitions').flush([]);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toContain('Einsatz: Gründungsbegleitung');
    const sessions = await (await loader.getHarness(MatTableHarness.with({ selector: '[aria-label="Termine des Einsatzes"]' }))).getCellTextByColumnName();
    expect(sessions['heldOn']?.text).toEqual(['02.10.2025', '20.10.2025']);
    expect(sessions['time']?.text).toEqual(['10:00 – 13:00', '–']);
    expect(sessions['place']?.text).toEqual(['Rathaus, Rostock', 'Online']);
    expect(page.textContent).toContain('Summe: 2 Termine');
    expect(page.textContent).toContain('Eingereicht');
    expect(page.textContent).toContain('Zwei Termine zur Struktur');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    const archive = http.expectOne({ method: 'POST', url: '/api/deployments/d1/archive' });
    expect(archive.request.body).toEqual({ version: 3 });
    archive.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/einsaetze');
    // the list it returns to loads its own data
    for (const open of http.match(() => true)) open.flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });

  it('shows coordinators the released summary only and no edit actions', async () => {
    const { http, harness, loader } = await setup('KOORDINATION', '/einsaetze/d1');
    http.expectOne('/api/deployments/d1').flush({
      ...DETAIL,
      report: null,
      releasedReport: { revision: 1, summary: 'Gründung vorbereitet.', reviewedAt: '2025-11-20T08:00:00.000Z' },
    });
    http.expectOne('/api/deployments/d1/transitions').flush([]);
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Gründung vorbereitet.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Archivieren|Bearbeiten/ }))).toHaveLength(0);
  });

  it('explains a deployment that does not exist or is not visible', async () => {
    const { http, harness } = await setup('MENTOR', '/einsaetze/d404');
    http.expectOne('/api/deployments/d404').flush({ code: 'DEPLOYMENT_NOT_FOUND', message: 'Der Einsatz wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    http.expectOne('/api/deployments/d404/transitions').flush({ code: 'DEPLOYMENT_NOT_FOUND', message: 'Der Einsatz wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toContain('Einsatz nicht gefunden');
    expect(harness.routeNativeElement?.textContent).toContain('Der Einsatz wurde nicht gefunden.');
  });
});
