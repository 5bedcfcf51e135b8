import { Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role, StatusChangeRequestDto } from '@bn/shared/contracts';
import { detail, testProviders, wait } from '../testing/test-helpers';
import { AllianceDetailPage } from './alliance-detail-page';

@Component({ selector: 'bn-stub-list', template: 'Liste' })
class StubList {}

const ALLIANCE = detail();
const OPEN_REQUEST: StatusChangeRequestDto = {
  id: 'req-1',
  allianceId: ALLIANCE.id,
  allianceCode: ALLIANCE.code,
  allianceName: ALLIANCE.name,
  currentStatus: 'AKTIV',
  requestedStatus: 'RUHEND',
  reason: 'Keine Treffen mehr seit einem Jahr.',
  requestedById: 'user-1',
  requestedByName: 'Kim Koordination',
  decision: 'OFFEN',
  decidedById: null,
  decidedByName: null,
  decidedAt: null,
  decisionNote: null,
  version: 2,
  createdAt: '2026-02-01T09:00:00.000Z',
  updatedAt: '2026-02-01T09:00:00.000Z',
};

// Harness tests are slow on a shared 2-core machine.
jest.setTimeout(30_000);

describe('AllianceDetailPage', () => {
  let http: HttpTestingController;
  let router: RouterTestingHarness;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function open(role: Role, url = `/buendnisse/${ALLIANCE.id}`, requests: StatusChangeRequestDto[] = []): Promise<void> {
    TestBed.configureTestingModule({
      providers: testProviders(role, [
        { path: 'buendnisse', component: StubList },
        { path: 'buendnisse/:id', component: AllianceDetailPage },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    router = await RouterTestingHarness.create();
    await router.navigateByUrl(url, AllianceDetailPage);
    loader = TestbedHarnessEnvironment.loader(router.fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(router.fixture);
    http.expectOne(`/api/alliances/${ALLIANCE.id}`).flush(ALLIANCE);
    if (['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'].includes(role)) {
      http.expectOne(`/api/alliances/${ALLIANCE.id}/status-requests`).flush(requests);
    }
    await router.fixture.whenStable();
  }

  async function buttonTexts(): Promise<string[]> {
    const header = await loader.getAllHarnesses(MatButtonHarness.with({ ancestor: 'bn-page-header' }));
    return Promise.all(header.map((b) => b.getText()));
  }

  async function tabLabels(): Promise<string[]> {
    const tabs = await (await loader.getHarness(MatTabGroupHarness)).getTabs();
    return Promise.all(tabs.map((t) => t.getLabel()));
  }

  afterEach(() => http.verify());

  it('shows the Fachberatung every action and all tabs in order', async () => {
    await open('FACHBERATUNG');
    expect(router.routeNativeElement?.querySelector('h1')?.textContent).toBe(ALLIANCE.name);
    expect(await buttonTexts()).toEqual(['editBearbeiten', 'swap_horizStatus ändern', 'calendar_monthKalender abonnieren', 'archiveArchivieren']);
    expect(await tabLabels()).toEqual([
      'Profil',
      'Partner',
      'Kontakte',
      'Aktivitäten',
      'Projekte',
      'Veranstaltungen',
      'Einsätze',
      'Gemeinsame Erklärung',
      'Verlauf',
    ]);
    const profile = router.routeNativeElement?.querySelector('bn-alliance-profile')?.textContent ?? '';
    expect(profile).toContain('Kinderbetreuung');
    expect(profile).toContain('(Hauptschwerpunkt)');
    expect(profile).toContain('14.05.2019');
    expect(profile).toContain('Lenkungsgruppe');
  });

  it('lets a coordinator edit and request a status change, but not change or archive', async () => {
    await open('KOORDINATION');
    expect(await buttonTexts()).toEqual(['editBearbeiten', 'outgoing_mailStatusänderung beantragen', 'calendar_monthKalender abonnieren']);
    expect(await tabLabels()).toContain('Verlauf');
  });

  it('shows a mentor the alliance without actions and without the history tab', async () => {
    await open('MENTOR');
    expect(await buttonTexts()).toEqual([]);
    expect(await tabLabels()).not.toContain('Verlauf');
  });

  it('opens the tab named in the URL and keeps the chosen tab there', async () => {
    await open('KOORDINATION', `/buendnisse/${ALLIANCE.id}?tab=verlauf`);
    const group = await loader.getHarness(MatTabGroupHarness);
    expect(await (await group.getSelectedTab()).getLabel()).toBe('Verlauf');
    await wait(50); // the tab's content is deferred until idle
    await router.fixture.whenStable();
    http.expectOne(`/api/alliances/${ALLIANCE.id}/status-history`).flush([
      { id: 's1', fromStatus: 'IN_GRUENDUNG', toStatus: 'AKTIV', changedOn: '2019-05-14', actor: 'Frieda Fachberatung', reason: 'Gegründet.', createdAt: '' },
    ]);
    await router.fixture.whenStable();
    const history = router.routeNativeElement?.querySelector('bn-alliance-history-tab')?.textContent ?? '';
    expect(history).toContain('14.05.2019');
    expect(history).toContain('In Gründung');
    expect(history).not.toContain('Änderungsprotokoll');

    await group.selectTab({ label: 'Partner' });
    await router.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(`/buendnisse/${ALLIANCE.id}?tab=partner`);
    http.match(() => true); // what the partner tab loads is that tab's business (and its own tests')
  });

  it('lets the Fachberatung decide an open status request', async () => {
    await open('FACHBERATUNG', undefined, [OPEN_REQUEST]);
    const panel = router.routeNativeElement?.querySelector('bn-status-request-panel')?.textContent ?? '';
    expect(panel).toContain('Von „Aktiv“ nach „Ruhend“');
    expect(panel).toContain('Kim Koordination');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Antrag ablehnen' }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Antrag ablehnen');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ablehnen' }))).click();
    http.expectNone('/api/status-requests/req-1/decision');
    await (await dialog.getHarness(MatInputHarness)).setValue('Bitte erst mit der Lenkungsgruppe klären.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Ablehnen' }))).click();
    const post = http.expectOne({ method: 'POST', url: '/api/status-requests/req-1/decision' });
    expect(post.request.body).toEqual({
      decision: 'ABGELEHNT',
      note: 'Bitte erst mit der Lenkungsgruppe klären.',
      changedOn: null,
      mergedIntoId: null,
      version: 2,
    });
    post.flush({ request: { ...OPEN_REQUEST, decision: 'ABGELEHNT' }, transition: null });
    await router.fixture.whenStable();
    await wait(0);
    http.expectOne(`/api/alliances/${ALLIANCE.id}`).flush(ALLIANCE);
    http.expectOne(`/api/alliances/${ALLIANCE.id}/status-requests`).flush([{ ...OPEN_REQUEST, decision: 'ABGELEHNT' }]);
    await router.fixture.whenStable();
    expect(router.routeNativeElement?.querySelector('bn-status-request-panel')).toBeNull();
  });

  it('archives only after confirmation and returns to the list', async () => {
    await open('FACHBERATUNG');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    const confirm = await root.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Bündnis archivieren?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    await router.fixture.whenStable();
    await wait(0);
    const post = http.expectOne({ method: 'POST', url: `/api/alliances/${ALLIANCE.id}/archive` });
    expect(post.request.body).toEqual({ version: ALLIANCE.version });
    post.flush(null);
    await router.fixture.whenStable();
    await wait(0);
    expect(TestBed.inject(Router).url).toBe('/buendnisse');
  });

  it('shows a helpful page for an alliance that does not exist or is not visible', async () => {
    TestBed.configureTestingModule({ providers: testProviders('KOORDINATION', [{ path: 'buendnisse/:id', component: AllianceDetailPage }]) });
    http = TestBed.inject(HttpTestingController);
    router = await RouterTestingHarness.create();
    await router.navigateByUrl('/buendnisse/fremd', AllianceDetailPage);
    http
      .expectOne('/api/alliances/fremd')
      .flush({ code: 'ALLIANCE_NOT_FOUND', message: 'Das Bündnis wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await router.fixture.whenStable();
    expect(router.routeNativeElement?.querySelector('h1')?.textContent).toBe('Bündnis nicht gefunden');
  });
});
