import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleGroupHarness } from '@angular/material/button-toggle/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { DeploymentListItemDto, MentoringOverdueDto, MentoringRequestListItemDto, Page, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ConfirmService } from '@bn/web/ui';
import { DEPLOYMENT_BOARD_STATUSES, REQUEST_BOARD_STATUSES } from './board-model';
import { MentoringBoardPage } from './mentoring-board-page';

function fakeSession(role: Role) {
  return { role: signal<Role | null>(role), hasRole: (...roles: Role[]) => roles.includes(role) };
}

function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, page: 1, pageSize: 50 };
}

function request(overrides: Partial<MentoringRequestListItemDto>): MentoringRequestListItemDto {
  return {
    id: 'r1',
    allianceId: 'a1',
    requesterId: null,
    channel: 'TELEFON',
    receivedOn: '2026-11-10',
    occasion: 'GRUENDUNG',
    desiredMode: 'VOR_ORT',
    desiredFrom: null,
    desiredUntil: null,
    description: null,
    owner: null,
    status: 'EINGEGANGEN',
    closingReason: null,
    predecessorId: null,
    relatedEventId: null,
    version: 1,
    createdAt: '2026-11-10T08:00:00.000Z',
    updatedAt: '2026-11-10T08:00:00.000Z',
    archivedAt: null,
    allianceName: 'Lokales Bündnis für Familie Nörten-Hardenberg',
    landCode: '03',
    landName: 'Niedersachsen',
    specialties: [],
    ...overrides,
  };
}

function deployment(overrides: Partial<DeploymentListItemDto>): DeploymentListItemDto {
  return {
    id: 'd1',
    requestId: 'r9',
    allianceId: 'a2',
    deploymentType: 'GRUENDUNGSBEGLEITUNG',
    mode: 'VOR_ORT',
    status: 'DURCHGEFUEHRT',
    eventId: null,
    followUpNeeded: false,
    followUpNote: null,
    closingReason: null,
    version: 3,
    createdAt: '2026-09-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
    archivedAt: null,
    allianceName: 'Bündnis für Familie Merzig',
    landCode: '10',
    mentors: [],
    sessionCount: 2,
    totalHours: 6,
    firstSessionOn: '2026-09-20',
    lastSessionOn: '2026-10-02',
    reportStatus: null,
    ...overrides,
  };
}

const OVERDUE: MentoringOverdueDto = {
  today: '2026-11-21',
  requests: [{ requestId: 'r1', allianceId: 'a1', allianceName: 'Lokales Bündnis für Familie Nörten-Hardenberg', receivedOn: '2026-11-10', owner: null, dueOn: '2026-11-12' }],
  offers: [],
  reports: [{ deploymentId: 'd1', allianceId: 'a2', allianceName: 'Bündnis für Familie Merzig', status: 'DURCHGEFUEHRT', lastSessionOn: '2026-10-02', mentorNames: ['Max Muster'], dueOn: '2026-10-16' }],
};

describe('MentoringBoardPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

  async function open(role: Role) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'anfragen/board', component: MentoringBoardPage },
          { path: 'anfragen/:id', children: [] },
          { path: 'einsaetze/:id', children: [] },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
        { provide: ConfirmService, useValue: confirmService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/anfragen/board', MentoringBoardPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const element = () => harness.routeNativeElement as HTMLElement;
  const columnTitles = () => Array.from(element().querySelectorAll('.column h2')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());

  function flushRequests(byStatus: Record<string, MentoringRequestListItemDto[]>, overdue: MentoringOverdueDto | null = OVERDUE) {
    if (overdue) http.expectOne('/api/mentoring/overdue').flush(overdue);
    const calls: TestRequest[] = http.match((r) => r.url === '/api/requests');
    expect(calls.map((c) => c.request.params.get('status'))).toEqual([...REQUEST_BOARD_STATUSES]);
    for (const call of calls) {
      expect(call.request.params.get('pageSize')).toBe('50');
      call.flush(page(byStatus[call.request.params.get('status') ?? ''] ?? []));
    }
  }

  afterEach(() => {
    http.verify();
    jest.clearAllMocks();
  });

  it('shows the requests in status columns with alliance, occasion, age and an overdue badge in words', async () => {
    await open('FACHBERATUNG');
    flushRequests({ EINGEGANGEN: [request({})], MATCHING: [request({ id: 'r2', status: 'MATCHING', allianceName: 'Bündnis Göttingen', occasion: 'THEMATISCHE_BERATUNG' })] });
    await settle();
    expect(columnTitles()).toEqual(['Eingegangen (1)', 'In Klärung (0)', 'Matching (1)', 'Mentor:in angefragt (0)', 'Zugewiesen (0)', 'Verschoben (0)']);
    const card = element().querySelector('.card') as HTMLElement;
    expect(card.querySelector('a.title')?.getAttribute('href')).toBe('/anfragen/r1');
    expect(card.textContent).toContain('Gründung');
    expect(card.textContent).toMatch(/Eingang (heute|vor \d+ Tag(en)?)/);
    expect(card.querySelector('.badges')?.textContent).toContain('Überfällig: Nicht bestätigt, fällig war der 12.11.2026');
    expect(element().querySelectorAll('.card')[1]?.querySelector('.badges')).toBeNull();
    expect(element().querySelector('.summary')?.textContent).toContain('1 überfällig.');
    expect(element().querySelectorAll('.column')[1]?.textContent).toContain('Keine Einträge.');
  });

  it('changes a status from a card with the keyboard: menu, step, dialog, then reloads', async () => {
    await open('FACHBERATUNG');
    flushRequests({ EINGEGANGEN: [request({})] });
    await settle();
    const trigger = await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Status ändern: Lokales Bündnis für Familie Nörten-Hardenberg"]' }));
    await trigger.focus();
    expect(await trigger.isFocused()).toBe(true);
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.open();
    await settle();
    expect(await Promise.all((await menu.getItems()).map((i) => i.getText()))).toEqual(['Zu „In Klärung“', 'Zu „Matching“', 'Zu „Storniert“', 'Zu „Verschoben“']);
    await menu.clickItem({ text: 'Zu „In Klärung“' });
    await settle();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/requests/r1/transitions' });
    expect(post.request.body).toEqual({ to: 'IN_KLAERUNG', version: 1, note: null });
    post.flush({ subjectId: 'r1', status: 'IN_KLAERUNG', version: 2, transition: { id: 't', subjectType: 'REQUEST', subjectId: 'r1', fromStatus: 'EINGEGANGEN', toStatus: 'IN_KLAERUNG', actorId: null, actor: 'FB', note: null, occurredAt: '2026-11-21T10:00:00.000Z' } });
    await settle();
    flushRequests({ IN_KLAERUNG: [request({ status: 'IN_KLAERUNG', version: 2 })] }, { ...OVERDUE, requests: [] });
    await settle();
    expect(columnTitles()[1]).toBe('In Klärung (1)');
    expect(element().querySelector('.badges')).toBeNull();
  });

  it('switches to deployments with the report overdue badge', async () => {
    await open('FACHBERATUNG');
    flushRequests({});
    await settle();
    await (await loader.getHarness(MatButtonToggleGroupHarness)).getToggles().then((toggles) => toggles[1]?.check());
    await settle();
    http.expectOne('/api/mentoring/overdue').flush(OVERDUE);
    const calls = http.match((r) => r.url === '/api/deployments');
    expect(calls.map((c) => c.request.params.get('status'))).toEqual([...DEPLOYMENT_BOARD_STATUSES]);
    for (const call of calls) call.flush(page(call.request.params.get('status') === 'DURCHGEFUEHRT' ? [deployment({})] : []));
    await settle();
    expect(columnTitles()[2]).toBe('Durchgeführt (1)');
    const card = element().querySelector('.card') as HTMLElement;
    expect(card.querySelector('a.title')?.getAttribute('href')).toBe('/einsaetze/d1');
    expect(card.textContent).toContain('Gründungsbegleitung');
    expect(card.textContent).toContain('Überfällig: Bericht fehlt, fällig war der 16.10.2026');
    // a Fachberatung closes nothing from DURCHGEFUEHRT by hand: the report moves it on, so no menu
    expect(await loader.getAllHarnesses(MatMenuHarness)).toHaveLength(0);
  });

  it('does not ask coordinators for overdue items and offers them only the withdrawal', async () => {
    await open('KOORDINATION');
    flushRequests({ MATCHING: [request({ status: 'MATCHING' })] }, null);
    http.expectNone('/api/mentoring/overdue');
    await settle();
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.open();
    expect(await Promise.all((await menu.getItems()).map((i) => i.getText()))).toEqual(['Zu „Storniert“']);
    await menu.close();
  });
});
