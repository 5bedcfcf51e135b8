import { Component } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { detail, testProviders, wait } from '../testing/test-helpers';
import { AllianceFormPage } from './alliance-form-page';

@Component({ selector: 'bn-stub-detail', template: 'Detail' })
class StubDetail {}

const HANDLUNGSFELDER = [
  { id: 'hf-1', taxonomyVersion: 'KANON', code: 'HF01', name: 'Kinderbetreuung', validFrom: '2008-01-01', validTo: null, sortOrder: 1, mapsTo: [] },
  { id: 'hf-2', taxonomyVersion: 'KANON', code: 'HF02', name: 'Vereinbarkeit', validFrom: '2008-01-01', validTo: null, sortOrder: 2, mapsTo: [] },
];
const GEMEINDE = {
  ags: '03155011',
  name: 'Nörten-Hardenberg',
  designation: 'Flecken',
  kreisAgs: '03155',
  kreisName: 'Northeim',
  kreisDesignation: 'Landkreis',
  landCode: '03',
  landAbbreviation: 'NI',
  latitude: 51.6,
  longitude: 9.9,
  label: 'Nörten-Hardenberg (Landkreis Northeim, NI)',
};

// Harness tests are slow on a shared 2-core machine.
jest.setTimeout(30_000);

describe('AllianceFormPage', () => {
  let http: HttpTestingController;
  let router: RouterTestingHarness;
  let loader: HarnessLoader;
  let rootLoader: HarnessLoader;

  async function open(url: string, role: Role = 'FACHBERATUNG'): Promise<void> {
    TestBed.configureTestingModule({
      providers: testProviders(role, [
        { path: 'buendnisse/neu', component: AllianceFormPage },
        { path: 'buendnisse/:id/bearbeiten', component: AllianceFormPage },
        { path: 'buendnisse/:id', component: StubDetail },
      ]),
    });
    http = TestBed.inject(HttpTestingController);
    router = await RouterTestingHarness.create();
    await router.navigateByUrl(url, AllianceFormPage);
    loader = TestbedHarnessEnvironment.loader(router.fixture);
    rootLoader = TestbedHarnessEnvironment.documentRootLoader(router.fixture);
    http.expectOne('/api/reference/laender').flush([{ code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 }]);
    http.expectOne('/api/reference/handlungsfelder').flush(HANDLUNGSFELDER);
    http.expectOne('/api/reference/zielgruppen').flush([{ code: 'ALLEINERZIEHENDE', name: 'Alleinerziehende', sortOrder: 1 }]);
  }

  async function field(label: string | RegExp): Promise<MatFormFieldHarness> {
    return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function errorsOf(label: string | RegExp): Promise<string[]> {
    return (await field(label)).getTextErrors();
  }

  async function typeInto(label: string | RegExp, value: string): Promise<void> {
    const control = (await (await field(label)).getControl(MatInputHarness)) as MatInputHarness;
    await control.setValue(value);
    await control.blur();
  }

  async function save(): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await router.fixture.whenStable();
  }

  async function pickGemeinde(): Promise<void> {
    const autocomplete = await loader.getHarness(MatAutocompleteHarness);
    await autocomplete.enterText('Nörten');
    await wait(300);
    const search = http.expectOne((req) => req.url === '/api/reference/gemeinden');
    expect(search.request.params.get('q')).toBe('Nörten');
    search.flush([GEMEINDE]);
    await router.fixture.whenStable();
    await wait(10); // the panel shows new options after a macrotask
    await autocomplete.selectOption({ text: 'Nörten-Hardenberg (Landkreis Northeim, NI)' });
  }

  afterEach(() => http.verify());

  it('shows the contract rules at the fields and sends nothing while the form is invalid', async () => {
    await open('/buendnisse/neu');
    await typeInto('Name des Bündnisses', 'x'.repeat(201));
    await typeInto('Website', 'noerten.example');
    await typeInto('Gründungsjahr', '1989');
    await save();
    expect(await errorsOf('Name des Bündnisses')).toEqual(['Höchstens 200 Zeichen.']);
    expect(await errorsOf('Website')).toEqual(['Bitte geben Sie eine vollständige Web-Adresse mit http:// oder https:// an.']);
    expect(await errorsOf('Gründungsjahr')).toEqual(['Der Wert muss mindestens 1990 sein.']);
    expect(await errorsOf('Gemeinde')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(router.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Bitte prüfen Sie die markierten Felder.');
    http.expectNone('/api/alliances');
  });

  it('asks for a Kreis instead of a Gemeinde for a Landkreis-level alliance', async () => {
    await open('/buendnisse/neu');
    const level = await (await field('Gebietsebene')).getControl(MatSelectHarness);
    await level?.open();
    await level?.clickOptions({ text: 'Landkreis' });
    await save();
    expect(await errorsOf('Kreis')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Gemeinde' }))).toHaveLength(0);
  });

  it('creates an alliance with the picked Gemeinde and shows server field errors at their fields', async () => {
    await open('/buendnisse/neu');
    await typeInto('Name des Bündnisses', '  Bündnis für Familie Nörten-Hardenberg ');
    await pickGemeinde();
    await save();
    const post = http.expectOne({ method: 'POST', url: '/api/alliances' });
    expect(post.request.body).toMatchObject({
      name: 'Bündnis für Familie Nörten-Hardenberg',
      status: 'INTERESSENT',
      territorialLevel: 'GEMEINDE',
      gemeindeAgs: '03155011',
      kreisAgs: null,
      landCode: null,
      handlungsfeldIds: [],
      bodies: [],
      published: false,
      internalNotes: null,
    });
    post.flush(
      { code: 'VALIDATION_FAILED', message: 'Die Eingaben sind ungültig.', fields: { name: 'Diesen Namen gibt es schon.', 'bodies.0.name': 'Unbekannt.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await router.fixture.whenStable();
    expect(await errorsOf('Name des Bündnisses')).toEqual(['Diesen Namen gibt es schon.']);
    expect(router.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Unbekannt.');
    expect(TestBed.inject(Router).url).toBe('/buendnisse/neu');
  });

  it('adds and removes further Gemeinden and navigates to the new alliance after saving', async () => {
    await open('/buendnisse/neu');
    await typeInto('Name des Bündnisses', 'Neues Bündnis');
    await pickGemeinde();
    const covered = (await loader.getAllHarnesses(MatAutocompleteHarness))[1];
    for (const [q, gemeinde] of [
      ['Bovenden', { ...GEMEINDE, ags: '03159006', name: 'Bovenden', label: 'Bovenden (Landkreis Göttingen, NI)' }],
      ['Hardegsen', { ...GEMEINDE, ags: '03155005', name: 'Hardegsen', label: 'Hardegsen (Landkreis Northeim, NI)' }],
    ] as const) {
      await covered.enterText(q);
      await wait(300);
      http.expectOne((req) => req.url === '/api/reference/gemeinden' && req.params.get('q') === q).flush([gemeinde]);
      await router.fixture.whenStable();
      await wait(10);
      await covered.selectOption({ text: gemeinde.label });
    }
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Bovenden (Landkreis Göttingen, NI) entfernen"]' }))).click();
    expect(router.routeNativeElement?.querySelector('bn-covered-gemeinden-field ul')?.textContent).toContain('Hardegsen');
    await save();
    const post = http.expectOne({ method: 'POST', url: '/api/alliances' });
    expect(post.request.body.coveredAgs).toEqual(['03155005']);
    post.flush({ ...detail(), id: 'new-id' });
    await router.fixture.whenStable();
    await wait(0);
    expect(TestBed.inject(Router).url).toBe('/buendnisse/new-id');
  });

  it('fills the form from the alliance, saves with its version and offers a reload on a 409', async () => {
    await open(`/buendnisse/${detail().id}/bearbeiten`);
    http.expectOne(`/api/alliances/${detail().id}`).flush(detail());
    await router.fixture.whenStable();
    const name = (await (await field('Name des Bündnisses')).getControl(MatInputHarness)) as MatInputHarness;
    expect(await name.getValue()).toBe('Bündnis für Familie Nörten-Hardenberg');
    expect(await (await field('Gründungsdatum')).getTextHints()).toEqual(['TT.MM.JJJJ']);
    const foundingDate = (await (await field('Gründungsdatum')).getControl(MatInputHarness)) as MatInputHarness;
    expect(await foundingDate.getValue()).toBe('14.05.2019');
    const page = router.routeDebugElement?.componentInstance as AllianceFormPage;
    expect(page.hasUnsavedChanges()).toBe(false);

    await name.setValue('Bündnis Nörten-Hardenberg');
    expect(page.hasUnsavedChanges()).toBe(true);
    await save();
    const put = http.expectOne({ method: 'PUT', url: `/api/alliances/${detail().id}` });
    expect(put.request.body).toMatchObject({
      name: 'Bündnis Nörten-Hardenberg',
      version: 4,
      gemeindeAgs: '03155011',
      foundingDate: '2019-05-14',
      handlungsfeldIds: ['hf-1', 'hf-2'],
      mainHandlungsfeldId: 'hf-1',
      zielgruppeCodes: ['ALLEINERZIEHENDE'],
      bodies: [{ bodyType: 'LENKUNGSGRUPPE', name: 'Lenkungsgruppe', description: null }],
      profileConfirmedOn: '2025-03-01',
    });
    expect(put.request.body.status).toBeUndefined();
    put.flush({ code: 'VERSION_CONFLICT', message: 'Der Datensatz wurde inzwischen geändert.' }, { status: 409, statusText: 'Conflict' });
    await router.fixture.whenStable();

    const dialog = await rootLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await router.fixture.whenStable();
    http.expectOne(`/api/alliances/${detail().id}`).flush(detail({ name: 'Von jemand anderem geändert', version: 5 }));
    await router.fixture.whenStable();
    expect(await name.getValue()).toBe('Von jemand anderem geändert');
  });

  it('keeps the internal notes away from coordinators', async () => {
    await open(`/buendnisse/${detail().id}/bearbeiten`, 'KOORDINATION');
    http.expectOne(`/api/alliances/${detail().id}`).flush(detail());
    await router.fixture.whenStable();
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: /Interne Notizen/ }))).toHaveLength(0);
    await save();
    const put = http.expectOne({ method: 'PUT', url: `/api/alliances/${detail().id}` });
    expect('internalNotes' in put.request.body).toBe(false);
    put.flush(detail());
  });

  it('shows a helpful page when the alliance cannot be found', async () => {
    await open('/buendnisse/unknown/bearbeiten');
    http
      .expectOne('/api/alliances/unknown')
      .flush({ code: 'ALLIANCE_NOT_FOUND', message: 'Das Bündnis wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await router.fixture.whenStable();
    expect(router.routeNativeElement?.querySelector('h1')?.textContent).toBe('Bündnis nicht gefunden');
  });
});
