import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MatchSuggestionsDto, MentoringRequestDetailDto, MentoringRequestOfferDto, Role, WorkflowTransitionDto } from '@bn/shared/contracts';
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

const HISTORY: WorkflowTransitionDto[] = [
  { id: 't1', subjectType: 'REQUEST', subjectId: 'r1', fromStatus: null, toStatus: 'EINGEGANGEN', actorId: 'u2', actor: 'Erika Beispiel', note: null, occurredAt: '2025-10-14T08:00:00.000Z' },
  { id: 't2', subjectType: 'REQUEST', subjectId: 'r1', fromStatus: 'EINGEGANGEN', toStatus: 'MATCHING', actorId: 'u3', actor: 'Fachberatung Test', note: 'Telefonisch geklärt.', occurredAt: '2025-10-15T09:30:00.000Z' },
];

const NO_SUGGESTIONS: MatchSuggestionsDto = {
  requestId: 'r1',
  window: { from: '2025-10-14', until: '2026-01-14' },
  quarter: '2025-Q4',
  suggestions: [],
  excluded: [],
  weights: { specialty: 40, topic: 20, distance: 15, load: 10, continuity: 10, feedback: 5 },
};

const OFFER: MentoringRequestOfferDto = {
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

async function setup(role: Role) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'anfragen/:id', component: RequestDetailPage },
        { path: 'anfragen', children: [] },
        { path: 'einsaetze/:id', children: [] },
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
    http.expectOne('/api/requests/r1/transitions').flush(HISTORY);
    await harness.fixture.whenStable();
    http.expectOne('/api/requests/r1/suggestions').flush(NO_SUGGESTIONS);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    // status with its history and the next steps
    expect(page.querySelector('.workflow')?.textContent).toContain('Eingegangen → Matching');
    expect(page.querySelector('.workflow')?.textContent).toContain('Telefonisch geklärt.');
    expect(page.querySelector('.workflow')?.textContent).toContain('15.10.2025');
    const steps = await Promise.all((await loader.getAllHarnesses(MatButtonHarness.with({ ancestor: 'bn-workflow-actions' }))).map((b) => b.getText()));
    expect(steps.map((t) => t.replace(/^(arrow_forward|block)/, ''))).toEqual(['Zu „Storniert“', 'Zu „Verschoben“', 'Zu „Nicht vermittelbar“']);
    // the matching view is there (its own spec covers it)
    expect(page.querySelector('bn-matching-panel h2')?.textContent).toBe('Matching');

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
    http.expectOne('/api/requests/r1/transitions').flush(HISTORY);
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).not.toContain('Matching-Vorschläge');
    expect(harness.routeNativeElement?.querySelector('bn-matching-panel')).toBeNull();
    http.expectNone('/api/requests/r1/suggestions');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Archivieren|Bearbeiten/ }))).toHaveLength(0);
    // a coordinator may withdraw the own request, with a reason; afterwards the page reads it again
    await (await loader.getHarness(MatButtonHarness.with({ text: /Storniert/ }))).click();
    await harness.fixture.whenStable();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    const reason = await (await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: /Begründung/ }))).getControl(MatInputHarness);
    await reason?.setValue('Wir haben eine andere Lösung gefunden.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    const post = http.expectOne({ method: 'POST', url: '/api/requests/r1/transitions' });
    expect(post.request.body).toEqual({ to: 'STORNIERT', version: 2, note: 'Wir haben eine andere Lösung gefunden.' });
    post.flush({ subjectId: 'r1', status: 'STORNIERT', version: 3, transition: { ...HISTORY[1], id: 't3', toStatus: 'STORNIERT' } });
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/requests/r1').flush({ ...DETAIL, proposals: [], status: 'STORNIERT', version: 3 });
    http.expectOne('/api/requests/r1/transitions').flush(HISTORY);
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Storniert');
  });

  it('shows a mentor the offer without the alliance before they accept', async () => {
    const { http, harness } = await setup('MENTOR');
    http.expectOne('/api/requests/r1').flush(OFFER);
    await harness.fixture.whenStable();
    const text = harness.routeNativeElement?.textContent ?? '';
    expect(text).toContain('Saarland');
    expect(text).toContain('sobald Sie die Anfrage angenommen haben');
    expect(harness.routeNativeElement?.querySelector('a[href^="/buendnisse"]')).toBeNull();
  });

  it('lets a mentor accept an offer and opens the new deployment', async () => {
    confirmService.confirm.mockResolvedValue(true);
    const { http, harness, loader } = await setup('MENTOR');
    http.expectOne('/api/requests/r1').flush(OFFER);
    await harness.fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Annehmen/ }))).click();
    await harness.fixture.whenStable();
    expect(confirmService.confirm).toHaveBeenCalledWith(expect.objectContaining({ title: 'Anfrage annehmen?' }));
    const accept = http.expectOne({ method: 'POST', url: '/api/proposals/p1/accept' });
    expect(accept.request.body).toEqual({ version: 1 });
    accept.flush({ proposalId: 'p1', requestId: 'r1', response: 'ZUGESAGT', responseReason: null, version: 2, requestStatus: 'ZUGEWIESEN', deploymentId: 'd9' });
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(TestBed.inject(Router).url).toBe('/einsaetze/d9');
  });

  it('asks a declining mentor for the reason and sends it', async () => {
    const { http, harness, loader } = await setup('MENTOR');
    http.expectOne('/api/requests/r1').flush(OFFER);
    await harness.fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Ablehnen/ }))).click();
    await harness.fixture.whenStable();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Anfrage ablehnen?');
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: /Begründung der Absage/ }));
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ablehnen' }))).click();
    await harness.fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/proposals/p1/decline' });
    expect(await field.getTextErrors()).toEqual(['Bitte geben Sie eine Begründung an.']);
    await (await field.getControl(MatInputHarness))?.setValue('Im Dezember bin ich ausgebucht.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ablehnen' }))).click();
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    const decline = http.expectOne({ method: 'POST', url: '/api/proposals/p1/decline' });
    expect(decline.request.body).toEqual({ version: 1, reason: 'Im Dezember bin ich ausgebucht.' });
    decline.flush({ proposalId: 'p1', requestId: 'r1', response: 'ABGELEHNT', responseReason: 'Im Dezember bin ich ausgebucht.', version: 2, requestStatus: 'MATCHING', deploymentId: null });
    await harness.fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/requests/r1').flush({ ...OFFER, offer: { ...OFFER.offer, response: 'ABGELEHNT', responseReason: 'Im Dezember bin ich ausgebucht.', version: 2 } });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Im Dezember bin ich ausgebucht.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Annehmen|Ablehnen/ }))).toHaveLength(0);
  });
});
