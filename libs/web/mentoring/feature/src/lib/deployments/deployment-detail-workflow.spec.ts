import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DeploymentDetailDto, DeploymentReportDto, DeploymentSessionDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ConfirmService } from '@bn/web/ui';
import { provideGermanDates } from '@bn/web/util';
import { DeploymentDetailPage } from './deployment-detail-page';

jest.setTimeout(60_000);

function fakeSession(role: Role) {
  return {
    role: signal<Role | null>(role),
    user: signal({ id: 'u1', email: 'x@example.org', displayName: 'Test', role, allianceIds: [], mentorProfileId: null, totpEnabled: true }),
    hasRole: (...roles: Role[]) => roles.includes(role),
  };
}

const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

const SESSION: DeploymentSessionDto = {
  id: 's1',
  deploymentId: 'd1',
  heldOn: '2025-10-02',
  startTime: '10:00',
  endTime: '13:00',
  mode: 'VOR_ORT',
  gemeindeAgs: '03152012',
  gemeindeName: 'Nörten-Hardenberg',
  place: 'Rathaus',
  topic: 'Lenkungsgruppe',
  hours: 3,
  prepHours: 1.5,
  travelKm: 42.5,
  travelHours: 1,
  participantsCount: 9,
  version: 2,
  createdAt: '2025-10-02T08:00:00.000Z',
  updatedAt: '2025-10-02T08:00:00.000Z',
};

function report(overrides: Partial<DeploymentReportDto> = {}): DeploymentReportDto {
  return {
    id: 'rep2',
    deploymentId: 'd1',
    revision: 2,
    summary: 'Zwei Termine zur Gründung.',
    results: 'Lenkungsgruppe steht.',
    nextSteps: null,
    recommendation: null,
    reviewStatus: 'EINGEREICHT',
    submittedAt: '2025-11-10T08:00:00.000Z',
    submittedBy: 'u2',
    reviewedAt: null,
    reviewedBy: null,
    reviewComment: null,
    version: 5,
    createdAt: '2025-11-01T08:00:00.000Z',
    updatedAt: '2025-11-10T08:00:00.000Z',
    ...overrides,
  };
}

function detail(overrides: Partial<DeploymentDetailDto> = {}): DeploymentDetailDto {
  return {
    id: 'd1',
    requestId: 'r1',
    allianceId: 'a1',
    deploymentType: 'GRUENDUNGSBEGLEITUNG',
    mode: 'VOR_ORT',
    status: 'DURCHGEFUEHRT',
    eventId: null,
    followUpNeeded: false,
    followUpNote: null,
    closingReason: null,
    version: 3,
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2025-11-10T08:00:00.000Z',
    archivedAt: null,
    alliance: { id: 'a1', name: 'Bündnis für Familie Nörten-Hardenberg', status: 'IN_GRUENDUNG', landCode: '03' },
    request: null,
    event: null,
    mentors: [{ mentorId: 'm1', isLead: true, name: 'Max Muster', email: 'max@example.org', phone: null }],
    specialties: [],
    sessions: [SESSION],
    totals: { sessionCount: 1, hours: 3, prepHours: 1.5, travelKm: 42.5, travelHours: 1 },
    report: null,
    earlierRevisions: [],
    releasedReport: null,
    feedback: [],
    ...overrides,
  };
}

describe('DeploymentDetailPage: sessions, report, review, feedback', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function open(role: Role, dto: DeploymentDetailDto): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'einsaetze/:id', component: DeploymentDetailPage }]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
        { provide: ConfirmService, useValue: confirmService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/einsaetze/d1');
    http.expectOne('/api/deployments/d1').flush(dto);
    http.expectOne('/api/deployments/d1/transitions').flush([
      { id: 't1', subjectType: 'DEPLOYMENT', subjectId: 'd1', fromStatus: null, toStatus: 'ZUGEWIESEN', actorId: null, actor: 'System', note: null, occurredAt: '2025-09-01T08:00:00.000Z' },
      { id: 't2', subjectType: 'DEPLOYMENT', subjectId: 'd1', fromStatus: 'ZUGEWIESEN', toStatus: 'DURCHGEFUEHRT', actorId: 'u2', actor: 'Max Muster', note: 'Beide Termine gehalten', occurredAt: '2025-10-21T08:00:00.000Z' },
    ]);
    await settle();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await harness.fixture.whenStable();
  }

  /** After a write the page reloads the deployment and its history. */
  async function expectReload(dto: DeploymentDetailDto): Promise<void> {
    await settle();
    http.expectOne('/api/deployments/d1').flush(dto);
    http.expectOne('/api/deployments/d1/transitions').flush([]);
    await settle();
  }

  const text = () => (harness.routeNativeElement as HTMLElement).textContent ?? '';

  beforeEach(() => jest.clearAllMocks());
  afterEach(() => http.verify());

  it('shows the status history and the next steps of the role', async () => {
    await open('FACHBERATUNG', detail({ status: 'TERMINIERT' }));
    expect(text()).toContain('Zugewiesen → Durchgeführt');
    expect(text()).toContain('Beide Termine gehalten');
    const steps = await loader.getAllHarnesses(MatButtonHarness.with({ ancestor: '[aria-label="Nächste Schritte"]' }));
    expect(await Promise.all(steps.map((b) => b.getText()))).toEqual(expect.arrayContaining([expect.stringContaining('Zu „Durchgeführt“')]));
  });

  it('lets the Fachberatung add, edit and delete sessions', async () => {
    await open('FACHBERATUNG', detail());

    await (await loader.getHarness(MatButtonHarness.with({ text: /Termin hinzufügen/ }))).click();
    let dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Termin hinzufügen');
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('20.10.2025');
    const mode = await dialog.getHarness(MatSelectHarness);
    await mode.open();
    await mode.clickOptions({ text: 'Online' });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="startTime"]' }))).setValue('09:00');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="hours"]' }))).setValue('2.5');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="topic"]' }))).setValue('Satzung');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    const create = http.expectOne({ method: 'POST', url: '/api/deployments/d1/sessions' });
    expect(create.request.body).toEqual({
      heldOn: '2025-10-20',
      mode: 'ONLINE',
      startTime: '09:00',
      endTime: null,
      gemeindeAgs: null,
      place: null,
      topic: 'Satzung',
      hours: 2.5,
      prepHours: 0,
      travelKm: 0,
      travelHours: 0,
      participantsCount: null,
    });
    create.flush({ ...SESSION, id: 's2' });
    await expectReload(detail());

    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Termin am 02.10.2025 bearbeiten"]' }))).click();
    dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Termin bearbeiten');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="travelKm"]' }))).setValue('50');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    const update = http.expectOne({ method: 'PUT', url: '/api/deployments/d1/sessions/s1' });
    expect(update.request.body).toMatchObject({ heldOn: '2025-10-02', mode: 'VOR_ORT', gemeindeAgs: '03152012', place: 'Rathaus', travelKm: 50, version: 2 });
    update.flush(SESSION);
    await expectReload(detail());

    confirmService.confirm.mockResolvedValue(true);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Termin am 02.10.2025 löschen"]' }))).click();
    await settle();
    expect(confirmService.confirm).toHaveBeenCalledWith(expect.objectContaining({ title: 'Termin löschen?', isDestructive: true }));
    http.expectOne({ method: 'DELETE', url: '/api/deployments/d1/sessions/s1' }).flush(null, { status: 204, statusText: 'No Content' });
    await expectReload(detail({ sessions: [], totals: { sessionCount: 0, hours: 0, prepHours: 0, travelKm: 0, travelHours: 0 } }));
    expect(text()).toContain('Noch keine Termine erfasst.');
  });

  it('shows the API field messages in the session dialog', async () => {
    await open('MENTOR', detail());
    await (await loader.getHarness(MatButtonHarness.with({ text: /Termin hinzufügen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    // required fields are checked in the client first
    http.expectNone('/api/deployments/d1/sessions');
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('20.10.2025');
    const mode = await dialog.getHarness(MatSelectHarness);
    await mode.open();
    await mode.clickOptions({ text: 'Vor Ort' });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="startTime"]' }))).setValue('14:00');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="endTime"]' }))).setValue('12:00');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    http
      .expectOne({ method: 'POST', url: '/api/deployments/d1/sessions' })
      .flush(
        { code: 'VALIDATION_FAILED', message: 'Eingaben prüfen', fields: { endTime: 'Das Ende darf nicht vor dem Beginn liegen.' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('Das Ende darf nicht vor dem Beginn liegen.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Abbrechen' }))).click();
  });

  it('lets the mentor write the report and submit it ("Einreichen")', async () => {
    confirmService.confirm.mockResolvedValue(true);
    await open('MENTOR', detail());
    expect(text()).toContain('Noch kein Bericht.');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="summary"]' }))).setValue('Gründung vorbereitet.');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="results"]' }))).setValue('Lenkungsgruppe gebildet.');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="nextSteps"]' }))).setValue('Gründungsfeier im Mai.');
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="recommendation"]' }))).setValue('Folgeberatung nach einem Jahr.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Einreichen' }))).click();
    await settle();
    const save = http.expectOne({ method: 'PUT', url: '/api/deployments/d1/report' });
    expect(save.request.body).toEqual({
      summary: 'Gründung vorbereitet.',
      results: 'Lenkungsgruppe gebildet.',
      nextSteps: 'Gründungsfeier im Mai.',
      recommendation: 'Folgeberatung nach einem Jahr.',
    });
    save.flush(report({ revision: 1, reviewStatus: 'ENTWURF', version: 1 }));
    await settle();
    const submit = http.expectOne({ method: 'POST', url: '/api/deployments/d1/report/submit' });
    expect(submit.request.body).toEqual({ version: 1 });
    submit.flush(report({ revision: 1, version: 2 }));
    await expectReload(detail({ status: 'BERICHT_EINGEREICHT', report: report({ revision: 1, version: 2 }) }));
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Einreichen' }))).toHaveLength(0);
    expect(text()).toContain('Eingereicht');
  });

  it('shows the refusal when the report cannot be submitted yet, and keeps the form', async () => {
    confirmService.confirm.mockResolvedValue(true);
    const draft = report({ revision: 1, reviewStatus: 'ENTWURF', version: 4, submittedAt: null });
    await open('MENTOR', detail({ status: 'TERMINIERT', report: draft }));
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="summary"]' }))).getValue()).toBe('Zwei Termine zur Gründung.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Einreichen' }))).click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/deployments/d1/report/submit' })
      .flush({ code: 'REPORT_DEPLOYMENT_NOT_CARRIED_OUT', message: 'Den Bericht können Sie einreichen, sobald der Einsatz durchgeführt ist.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('sobald der Einsatz durchgeführt ist');
    expect(confirmService.confirmReloadAfterConflict).not.toHaveBeenCalled();
  });

  it('lets the Fachberatung return a report with a comment or approve it', async () => {
    await open('FACHBERATUNG', detail({ status: 'BERICHT_EINGEREICHT', report: report() }));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Zurückgeben' }))).click();
    await settle();
    http.expectNone('/api/deployments/d1/report/review');
    expect(text()).toContain('Zum Zurückgeben ist ein Kommentar erforderlich.');

    await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea:not([formControlName])' }))).setValue('Bitte Ergebnisse ergänzen.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Zurückgeben' }))).click();
    await settle();
    const back = http.expectOne({ method: 'POST', url: '/api/deployments/d1/report/review' });
    expect(back.request.body).toEqual({ decision: 'ZURUECKGEGEBEN', comment: 'Bitte Ergebnisse ergänzen.', version: 5 });
    back.flush(report({ reviewStatus: 'ZURUECKGEGEBEN' }));
    await expectReload(detail({ status: 'BERICHT_EINGEREICHT', report: report() }));

    confirmService.confirm.mockResolvedValue(true);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Freigeben' }))).click();
    await settle();
    const approve = http.expectOne({ method: 'POST', url: '/api/deployments/d1/report/review' });
    expect(approve.request.body).toEqual({ decision: 'FREIGEGEBEN', comment: null, version: 5 });
    approve.flush(report({ reviewStatus: 'FREIGEGEBEN' }));
    await expectReload(detail({ status: 'BERICHT_FREIGEGEBEN', report: report({ reviewStatus: 'FREIGEGEBEN' }) }));
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Freigeben' }))).toHaveLength(0);
  });

  it('offers a reload when the report changed meanwhile', async () => {
    confirmService.confirm.mockResolvedValue(true);
    confirmService.confirmReloadAfterConflict.mockResolvedValue(true);
    await open('FACHBERATUNG', detail({ status: 'BERICHT_EINGEREICHT', report: report() }));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Freigeben' }))).click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/deployments/d1/report/review' })
      .flush({ code: 'VERSION_CONFLICT', message: 'Datensatz wurde inzwischen geändert' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(confirmService.confirmReloadAfterConflict).toHaveBeenCalled();
    await expectReload(detail({ status: 'BERICHT_FREIGEGEBEN', report: report({ reviewStatus: 'FREIGEGEBEN' }) }));
  });

  it('shows earlier versions of the report on request', async () => {
    const returned = report({ id: 'rep1', revision: 1, reviewStatus: 'ZURUECKGEGEBEN', reviewComment: 'Bitte Ergebnisse ergänzen.', summary: 'Erste Fassung.' });
    await open('LEITUNG', detail({
      status: 'BERICHT_EINGEREICHT',
      report: report(),
      earlierRevisions: [{ id: 'rep1', revision: 1, reviewStatus: 'ZURUECKGEGEBEN', submittedAt: null, reviewedAt: '2025-11-05T08:00:00.000Z', reviewComment: 'Bitte Ergebnisse ergänzen.', createdAt: '', updatedAt: '' }],
    }));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Frühere Fassungen anzeigen' }))).click();
    http.expectOne('/api/deployments/d1/report/revisions').flush([report(), returned]);
    await settle();
    const panels = await loader.getAllHarnesses(MatExpansionPanelHarness);
    expect(panels).toHaveLength(1);
    expect(await panels[0].getTitle()).toBe('Fassung 1');
    await panels[0].expand();
    expect(await panels[0].getTextContent()).toContain('Erste Fassung.');
    // Leitung reads, but neither writes nor reviews
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Freigeben|Einreichen|Termin hinzufügen/ }))).toHaveLength(0);
  });

  it('lets the coordination give feedback after the last session', async () => {
    await open('KOORDINATION', detail({ status: 'FEEDBACK_ANGEFRAGT' }));
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Rückmeldung senden' }))).click();
    http.expectNone('/api/deployments/d1/feedback');
    expect(text()).toContain('Dieses Feld ist ein Pflichtfeld.');

    const groups = await loader.getAllHarnesses(MatRadioGroupHarness);
    expect(groups).toHaveLength(3);
    await groups[0].checkRadioButton({ label: '4 – eher zufrieden' });
    await groups[1].checkRadioButton({ label: '5 – sehr hilfreich' });
    await groups[2].checkRadioButton({ label: 'Teilweise' });
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="comment"]' }))).setValue('Sehr hilfreich für die Gründung.');
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'anonym gegenüber der Mentor:in' }))).check();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Rückmeldung senden' }))).click();
    const post = http.expectOne({ method: 'POST', url: '/api/deployments/d1/feedback' });
    expect(post.request.body).toEqual({
      source: 'KOORDINATION',
      satisfaction: 4,
      usefulness: 5,
      goalReached: 'TEILWEISE',
      comment: 'Sehr hilfreich für die Gründung.',
      anonymousToMentor: true,
      receivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    post.flush({});
    await expectReload(
      detail({
        status: 'FEEDBACK_ERHALTEN',
        feedback: [
          { id: 'f1', deploymentId: 'd1', source: 'KOORDINATION', satisfaction: 4, usefulness: 5, goalReached: 'TEILWEISE', wouldRecommend: null, comment: null, anonymousToMentor: true, receivedOn: '2025-11-20', createdAt: '' },
        ],
      }),
    );
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Rückmeldung senden' }))).toHaveLength(0);
    expect(text()).toContain('Zufriedenheit 4 von 5');
  });

  it('asks no feedback before a session has taken place', async () => {
    await open('KOORDINATION', detail({ status: 'TERMINIERT', sessions: [{ ...SESSION, heldOn: '2999-01-01' }] }));
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Rückmeldung senden' }))).toHaveLength(0);
  });
});
