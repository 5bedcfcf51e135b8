import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MentoringRequestDetailDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { ConfirmService } from '@bn/web/ui';
import { provideGermanDates } from '@bn/web/util';
import { RequestFormPage } from './request-form-page';

function fakeSession(role: Role, allianceIds: string[] = []) {
  return {
    role: signal<Role | null>(role),
    user: signal({ id: 'u1', email: 'x@example.org', displayName: 'Test', role, allianceIds, mentorProfileId: null, totpEnabled: true }),
    hasRole: (...roles: Role[]) => roles.includes(role),
  };
}

const DETAIL: MentoringRequestDetailDto = {
  id: 'r1',
  allianceId: 'a1',
  requesterId: 'p1',
  channel: 'EMAIL',
  receivedOn: '2025-10-14',
  occasion: 'GRUENDUNG',
  desiredMode: 'VOR_ORT',
  desiredFrom: '2026-01-15',
  desiredUntil: null,
  description: 'Begleitung bei der Gründung',
  owner: 'Frau Beispiel',
  status: 'EINGEGANGEN',
  closingReason: null,
  predecessorId: null,
  relatedEventId: null,
  version: 4,
  createdAt: '2025-10-14T08:00:00.000Z',
  updatedAt: '2025-10-14T08:00:00.000Z',
  archivedAt: null,
  fachgebietCodes: ['FG01'],
  handlungsfeldIds: [],
  alliance: { id: 'a1', name: 'Lokales Bündnis für Familie Merzig', status: 'IN_GRUENDUNG', landCode: '10' },
  requester: { id: 'p1', name: 'Erika Beispiel' },
  relatedEvent: null,
  specialties: [{ code: 'FG01', name: 'Gründung' }],
  topics: [],
  proposals: [],
  deployments: [],
  predecessor: null,
  followUps: [],
};

const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

async function setup(role: Role, url: string, allianceIds: string[] = []) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([
        { path: 'anfragen/neu', component: RequestFormPage },
        { path: 'anfragen/:id/bearbeiten', component: RequestFormPage },
        { path: 'anfragen/:id', children: [] },
      ]),
      provideGermanDates(),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: SessionStore, useValue: fakeSession(role, allianceIds) },
      { provide: ConfirmService, useValue: confirmService },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, RequestFormPage);
  http.expectOne('/api/reference/fachgebiete').flush([{ code: 'FG01', name: 'Gründung', description: null, sortOrder: 1 }]);
  http.expectOne('/api/reference/handlungsfelder').flush([]);
  return { http, harness, loader: TestbedHarnessEnvironment.loader(harness.fixture) };
}

async function field(loader: HarnessLoader, label: string): Promise<MatFormFieldHarness> {
  return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
}

async function choose(loader: HarnessLoader, label: string, option: string): Promise<void> {
  const select = (await (await field(loader, label)).getControl(MatSelectHarness)) as MatSelectHarness;
  await select.open();
  await select.clickOptions({ text: option });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// This shared CI machine is slow; Material harness tests need more than the default five seconds.
jest.setTimeout(30_000);

describe('RequestFormPage', () => {
  beforeEach(() => jest.clearAllMocks());
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows what is missing at the fields and sends nothing', async () => {
    const { loader } = await setup('FACHBERATUNG', '/anfragen/neu');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage erfassen' }))).click();

    expect(await (await field(loader, 'Bündnis')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field(loader, 'Eingangskanal')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field(loader, 'Anlass')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field(loader, 'Gewünschte Form')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field(loader, 'Eingegangen am')).getTextErrors()).toEqual([]);
    expect(await (await field(loader, 'Beschreibung')).getTextHints()).toContain('Bitte keine sensiblen personenbezogenen Daten eintragen.');
  });

  it('sends the request and shows the server’s field errors where they belong', async () => {
    const { http, harness, loader } = await setup('FACHBERATUNG', '/anfragen/neu');
    const alliance = await loader.getHarness(MatAutocompleteHarness);
    await alliance.enterText('Merz');
    await pause(300);
    const search = http.expectOne((r) => r.url === '/api/alliances');
    expect(search.request.params.get('q')).toBe('Merz');
    search.flush({
      items: [{ id: 'a1', code: 'LBF-SL-0001', name: 'Lokales Bündnis für Familie Merzig', landName: 'Saarland' }],
      total: 1,
      page: 1,
      pageSize: 20,
    });
    await harness.fixture.whenStable();
    await pause(0); // the panel shows new options a macrotask later
    await harness.fixture.whenStable();
    await alliance.selectOption({ text: /Merzig/ });
    await choose(loader, 'Eingangskanal', 'Telefon');
    await choose(loader, 'Anlass', 'Gründung');
    await choose(loader, 'Gewünschte Form', 'Vor Ort');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage erfassen' }))).click();

    const post = http.expectOne({ method: 'POST', url: '/api/requests' });
    expect(post.request.body).toMatchObject({
      allianceId: 'a1',
      channel: 'TELEFON',
      occasion: 'GRUENDUNG',
      desiredMode: 'VOR_ORT',
      fachgebietCodes: [],
      handlungsfeldIds: [],
      description: null,
    });
    expect(post.request.body.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    post.flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Die Eingaben sind unvollständig oder fehlerhaft.',
        fields: {
          receivedOn: 'Das Eingangsdatum darf nicht in der Zukunft liegen.',
          predecessorId: 'Die vorausgehende Anfrage gibt es nicht.',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();

    expect(await (await field(loader, 'Eingegangen am')).getTextErrors()).toEqual(['Das Eingangsdatum darf nicht in der Zukunft liegen.']);
    const alert = harness.routeNativeElement?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Die vorausgehende Anfrage gibt es nicht.');
  });

  it('records the request of a new interested party with a name and a Gemeinde instead of an alliance', async () => {
    const { http, harness, loader } = await setup('FACHBERATUNG', '/anfragen/neu');
    const source = await loader.getHarness(MatRadioGroupHarness);
    expect(await source.getCheckedValue()).toBe('existing');
    await source.checkRadioButton({ label: 'Neuer Interessent (noch kein Bündnis)' });
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Bündnis' }))).toHaveLength(0);

    // nothing chosen yet: the new branch's fields are required, nothing is sent
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage erfassen' }))).click();
    expect(await (await field(loader, 'Name des Interessenten')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field(loader, 'Gemeinde')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);

    const name = (await (await field(loader, 'Name des Interessenten')).getControl(MatInputHarness)) as MatInputHarness;
    await name.setValue('  Familienfreundliches Haldensleben ');
    const gemeinde = await loader.getHarness(MatAutocompleteHarness);
    await gemeinde.enterText('Haldens');
    await pause(300);
    const search = http.expectOne((r) => r.url === '/api/reference/gemeinden');
    expect(search.request.params.get('q')).toBe('Haldens');
    search.flush([{ ags: '15083270', name: 'Haldensleben', label: 'Haldensleben (Landkreis Börde, ST)' }]);
    await harness.fixture.whenStable();
    await pause(0); // the panel shows new options a macrotask later
    await harness.fixture.whenStable();
    await gemeinde.selectOption({ text: /Haldensleben/ });
    await choose(loader, 'Eingangskanal', 'Telefon');
    await choose(loader, 'Anlass', 'Gründung');
    await choose(loader, 'Gewünschte Form', 'Vor Ort');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Anfrage erfassen' }))).click();

    const post = http.expectOne({ method: 'POST', url: '/api/requests' });
    expect(post.request.body).toMatchObject({
      newAlliance: { name: 'Familienfreundliches Haldensleben', gemeindeAgs: '15083270' },
      channel: 'TELEFON',
      occasion: 'GRUENDUNG',
      desiredMode: 'VOR_ORT',
    });
    expect(post.request.body).not.toHaveProperty('allianceId');
    post.flush(
      { code: 'GEMEINDE_NOT_FOUND', message: 'Die Eingaben sind ungültig.', fields: { 'newAlliance.gemeindeAgs': 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(await (await field(loader, 'Gemeinde')).getTextErrors()).toEqual(['Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.']);

    // back to an existing alliance: the new branch is neither shown nor sent
    await source.checkRadioButton({ label: 'Bestehendes Bündnis' });
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Name des Interessenten' }))).toHaveLength(0);
    expect(await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Bündnis' }))).toBeTruthy();
  });

  it('edits a request with its version and offers to reload after a conflict', async () => {
    confirmService.confirmReloadAfterConflict.mockResolvedValue(true);
    const { http, harness, loader } = await setup('FACHBERATUNG', '/anfragen/r1/bearbeiten');
    http.expectOne('/api/requests/r1').flush(DETAIL);
    await harness.fixture.whenStable();
    expect(await (await (await field(loader, 'Bündnis')).getControl(MatInputHarness))?.getValue()).toBe('Lokales Bündnis für Familie Merzig');
    expect(await loader.getAllHarnesses(MatRadioGroupHarness)).toHaveLength(0);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    const put = http.expectOne({ method: 'PUT', url: '/api/requests/r1' });
    expect(put.request.body).toMatchObject({
      allianceId: 'a1',
      requesterId: 'p1',
      receivedOn: '2025-10-14',
      desiredFrom: '2026-01-15',
      owner: 'Frau Beispiel',
      fachgebietCodes: ['FG01'],
      version: 4,
    });
    put.flush({ code: 'VERSION_CONFLICT', message: 'Der Datensatz wurde inzwischen geändert.' }, { status: 409, statusText: 'Conflict' });
    await harness.fixture.whenStable();
    await pause(0);

    expect(confirmService.confirmReloadAfterConflict).toHaveBeenCalledTimes(1);
    http.expectOne('/api/requests/r1').flush({ ...DETAIL, version: 5, owner: 'Herr Anders' });
    await harness.fixture.whenStable();
    expect(await (await (await field(loader, 'Zuständig in der Fachberatung')).getControl(MatInputHarness))?.getValue()).toBe('Herr Anders');
  });

  it('lets a coordinator record a request for their only alliance', async () => {
    const { http, harness, loader } = await setup('KOORDINATION', '/anfragen/neu', ['a1']);
    http.expectOne((r) => r.url === '/api/alliances').flush({
      items: [{ id: 'a1', code: 'LBF-NI-0001', name: 'Lokales Bündnis für Familie Wolfsburg', landName: 'Niedersachsen' }],
      total: 1,
      page: 1,
      pageSize: 100,
    });
    await harness.fixture.whenStable();
    const alliance = (await (await field(loader, 'Bündnis')).getControl(MatSelectHarness)) as MatSelectHarness;
    expect(await alliance.getValueText()).toBe('Lokales Bündnis für Familie Wolfsburg');
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Zuständig in der Fachberatung' }))).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatRadioGroupHarness)).toHaveLength(0);
  });
});
