import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { provideGermanDates } from '@bn/web/util';
import { PERSON_ID, fakeSession, personDetail } from '../testing/test-support';
import { PersonFormPage } from './person-form-page';

@Component({ selector: 'bn-stub-page', template: 'Detail' })
class StubPage {}

describe('PersonFormPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let rootLoader: HarnessLoader;

  async function open(url: string, role: Role = 'FACHBERATUNG'): Promise<PersonFormPage> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanDates(),
        provideRouter(
          [
            { path: 'personen/neu', component: PersonFormPage },
            { path: 'personen/:id/bearbeiten', component: PersonFormPage },
            { path: 'personen/:id', component: StubPage },
          ],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role, ['a-1']) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const page = await harness.navigateByUrl(url, PersonFormPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    rootLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    return page;
  }

  async function settle(ms = 0): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await harness.fixture.whenStable();
  }

  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const select = (name: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formControlName="${name}"]` }));
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const save = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();

  afterEach(() => http.verify());

  it('carries the data-protection hint', async () => {
    await open('/personen/neu');
    expect(harness.routeNativeElement?.textContent).toContain(
      'Nur dienstliche Kontaktdaten; bitte keine sensiblen personenbezogenen Daten eintragen.',
    );
  });

  it('lets a coordinator enter a person only with a function and as data source KOORDINATION', async () => {
    await open('/personen/neu', 'KOORDINATION');
    const dataSource = await select('dataSource');
    expect(await dataSource.isDisabled()).toBe(true);
    expect(await dataSource.getValueText()).toBe('Eingetragen durch Bündniskoordination');

    await (await input('firstName')).setValue('Erika');
    await (await input('lastName')).setValue('Beispiel');
    await save();
    expect(await (await field('Funktion')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(harness.routeNativeElement?.textContent).toContain('Bitte geben Sie eine Organisation oder ein Bündnis an (oder beides).');
    http.expectNone('/api/persons');

    // removing the only function is refused too
    await (await loader.getHarness(MatButtonHarness.with({ text: /Entfernen/ }))).click();
    await save();
    expect(harness.routeNativeElement?.textContent).toContain('Bitte geben Sie mindestens eine Funktion an.');
    http.expectNone('/api/persons');
  });

  it('creates a person with a function picked from the search and shows server errors at the function', async () => {
    await open('/personen/neu', 'KOORDINATION');
    await (await input('firstName')).setValue('Erika');
    await (await input('lastName')).setValue('Beispiel');
    await (await input('email')).setValue('e.beispiel@stadt.example');
    const functionType = await select('functionType');
    await functionType.open();
    await functionType.clickOptions({ text: 'Ansprechperson' });

    const alliance = await loader.getHarness(MatAutocompleteHarness.with({ selector: '[formControlName="allianceId"]' }));
    await alliance.enterText('wolfsb');
    await settle(300);
    const search = http.expectOne((request) => request.url === '/api/search');
    expect(search.request.params.get('q')).toBe('wolfsb');
    expect(search.request.params.get('types')).toBe('alliance');
    search.flush({
      query: 'wolfsb',
      groups: [{ type: 'alliance', label: 'Bündnisse', total: 1, items: [{ id: 'a-1', type: 'alliance', title: 'Bündnis Wolfsburg', subtitle: 'Aktiv', score: 3 }] }],
    });
    await settle();
    await settle(); // the panel shows options that arrive later one macrotask after they render
    expect(await alliance.isOpen()).toBe(true);
    await alliance.selectOption({ text: /Bündnis Wolfsburg/ });
    await save();

    const create = http.expectOne({ method: 'POST', url: '/api/persons' });
    expect(create.request.body).toEqual({
      salutation: 'KEINE',
      title: null,
      firstName: 'Erika',
      lastName: 'Beispiel',
      email: 'e.beispiel@stadt.example',
      phone: null,
      preferredChannel: null,
      dataSource: 'KOORDINATION',
      retentionReviewOn: null,
      privacyNoticeSentOn: null,
      functions: [{ functionType: 'ANSPRECHPERSON', organisationId: null, allianceId: 'a-1', validFrom: null, validUntil: null }],
    });
    create.flush(
      {
        code: 'PERSON_FUNCTION_ALLIANCE_NOT_FOUND',
        message: 'Die Eingaben sind ungültig.',
        fields: { 'functions.0.allianceId': 'Dieses Bündnis gibt es nicht oder Sie haben keinen Zugriff darauf.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(await (await field('Bündnis')).getTextErrors()).toEqual(['Dieses Bündnis gibt es nicht oder Sie haben keinen Zugriff darauf.']);
  });

  it('edits a person with the version read and offers to reload after a 409', async () => {
    const page = await open(`/personen/${PERSON_ID}/bearbeiten`);
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail({ version: 2 }));
    await settle();
    expect(await (await input('lastName')).getValue()).toBe('Beispiel');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Funktion hinzufügen/ }))).toHaveLength(0);

    await (await input('phone')).setValue('05361 123456');
    expect(page.hasUnsavedChanges()).toBe(true);
    await save();
    const update = http.expectOne({ method: 'PUT', url: `/api/persons/${PERSON_ID}` });
    expect(update.request.body).toEqual(expect.objectContaining({ phone: '05361 123456', version: 2, dataSource: 'KOORDINATION' }));
    expect(update.request.body.functions).toBeUndefined();
    update.flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();

    const dialog = await rootLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle();
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail({ version: 3, phone: '05361 999' }));
    await settle();
    expect(await (await input('phone')).getValue()).toBe('05361 999');
    expect(page.hasUnsavedChanges()).toBe(false);

    await save();
    const retry = http.expectOne({ method: 'PUT', url: `/api/persons/${PERSON_ID}` });
    expect(retry.request.body.version).toBe(3);
    retry.flush(personDetail({ version: 4 }));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/personen/${PERSON_ID}`);
  });
});
