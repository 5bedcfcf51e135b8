import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { fakeSession, organisation, organisationDetail } from '../testing/test-support';
import { OrganisationFormPage } from './organisation-form-page';

@Component({ selector: 'bn-stub-page', template: 'Detail' })
class StubPage {}

const ID = '11111111-1111-4111-8111-111111111111';

describe('OrganisationFormPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let rootLoader: HarnessLoader;

  async function open(url: string, role: Role = 'FACHBERATUNG'): Promise<OrganisationFormPage> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'organisationen/neu', component: OrganisationFormPage },
            { path: 'organisationen/:id/bearbeiten', component: OrganisationFormPage },
            { path: 'organisationen/:id', component: StubPage },
            { path: 'buendnisse/:id', component: StubPage },
          ],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role, ['a-1']) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const page = await harness.navigateByUrl(url, OrganisationFormPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    rootLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
    return page;
  }

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = (name: string) => loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
  const select = (name: string) => loader.getHarness(MatSelectHarness.with({ selector: `[formControlName="${name}"]` }));
  const save = async () => (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();

  async function choose(name: string, text: string): Promise<void> {
    const control = await select(name);
    await control.open();
    await control.clickOptions({ text });
  }

  /** Lets pending promises (the save, the navigation after it) finish. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the validation messages of the contract at the fields and sends nothing', async () => {
    await open('/organisationen/neu');
    await (await input('postalCode')).setValue('123');
    await (await input('website')).setValue('www.example.de');
    await save();

    expect(await (await field('Name')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field('Sektor')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field('Akteursart')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field('PLZ')).getTextErrors()).toEqual(['Das Format ist ungültig.']);
    expect(await (await field('Website')).getTextErrors()).toEqual(['Das Format ist ungültig.']);
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Bitte prüfen Sie die markierten Felder.');
    http.expectNone('/api/organisations');
  });

  it('offers the company size only for companies', async () => {
    await open('/organisationen/neu');
    expect(await (await select('companySize')).isDisabled()).toBe(true);
    await choose('actorType', 'Unternehmen');
    expect(await (await select('companySize')).isDisabled()).toBe(false);
  });

  it('creates an organisation, sending empty optional fields as null, and opens it', async () => {
    const page = await open('/organisationen/neu');
    await (await input('name')).setValue('  Bäckerei Müller GmbH ');
    await choose('sector', 'Wirtschaft');
    await choose('actorType', 'Unternehmen');
    await choose('companySize', 'Kleines Unternehmen (< 50)');
    await (await input('postalCode')).setValue('37073');
    expect(page.hasUnsavedChanges()).toBe(true);
    await save();

    const request = http.expectOne({ method: 'POST', url: '/api/organisations' });
    expect(request.request.body).toEqual({
      name: 'Bäckerei Müller GmbH',
      legalForm: null,
      sector: 'WIRTSCHAFT',
      actorType: 'UNTERNEHMEN',
      companySize: 'KLEIN',
      industry: null,
      street: null,
      postalCode: '37073',
      city: null,
      gemeindeAgs: null,
      parentId: null,
      website: null,
      email: null,
      phone: null,
    });
    request.flush(organisation({ id: 'new-id' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/organisationen/new-id');
    expect(await (await rootLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Gespeichert.');
    expect(page.hasUnsavedChanges()).toBe(false);
  });

  it('shows the server field errors at their fields and the rest above the form', async () => {
    await open('/organisationen/neu');
    await (await input('name')).setValue('Jobcenter Börde');
    await choose('sector', 'Verwaltung/öffentliche Hand');
    await choose('actorType', 'Jobcenter');
    await (await input('email')).setValue('info@jobcenter.example');
    await save();

    http.expectOne({ method: 'POST', url: '/api/organisations' }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Die Eingaben sind ungültig.',
        fields: { email: 'Muss eine gültige E-Mail-Adresse sein.', 'address.unknown': 'Unbekanntes Feld.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(await (await field('E-Mail (Funktionspostfach)')).getTextErrors()).toEqual(['Muss eine gültige E-Mail-Adresse sein.']);
    const alert = harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Die Eingaben sind ungültig.');
    expect(alert).toContain('Unbekanntes Feld.');
  });

  it('on a 409 offers to reload the current state and saves with the new version', async () => {
    await open(`/organisationen/${ID}/bearbeiten`);
    http.expectOne(`/api/organisations/${ID}`).flush(organisationDetail({ version: 3 }));
    await settle();
    expect(await (await input('name')).getValue()).toBe('Handwerkskammer Wiesbaden');
    expect(await (await input('gemeindeAgs')).getValue()).toBe('Wiesbaden');

    await (await input('name')).setValue('Handwerkskammer Wiesbaden – Geschäftsstelle');
    await save();
    const update = http.expectOne({ method: 'PUT', url: `/api/organisations/${ID}` });
    expect(update.request.body).toEqual(expect.objectContaining({ version: 3, gemeindeAgs: '06414000', name: 'Handwerkskammer Wiesbaden – Geschäftsstelle' }));
    update.flush(
      { code: 'VERSION_CONFLICT', message: 'Der Datensatz wurde inzwischen von jemand anderem geändert.' },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();

    const dialog = await rootLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle();
    http.expectOne(`/api/organisations/${ID}`).flush(organisationDetail({ version: 4, name: 'HWK Wiesbaden' }));
    await settle();
    expect(await (await input('name')).getValue()).toBe('HWK Wiesbaden');

    await save();
    const retry = http.expectOne({ method: 'PUT', url: `/api/organisations/${ID}` });
    expect(retry.request.body.version).toBe(4);
    retry.flush(organisation({ version: 5 }));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/organisationen/${ID}`);
  });

  it('sends a coordinator to the alliance after creating (the new organisation becomes visible as a partner)', async () => {
    await open('/organisationen/neu', 'KOORDINATION');
    await (await input('name')).setValue('Familienzentrum Nord');
    await choose('sector', 'Zivilgesellschaft');
    await choose('actorType', 'Familienbildungsstätte/Familienzentrum/Mehrgenerationenhaus');
    await save();
    http.expectOne({ method: 'POST', url: '/api/organisations' }).flush(organisation({ id: 'new-id' }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/buendnisse/a-1');
  });
});
