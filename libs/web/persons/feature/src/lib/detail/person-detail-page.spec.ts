import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { provideGermanDates, toIsoDate } from '@bn/web/util';
import { PERSON_ID, consent, fakeSession, personDetail, personFunction } from '../testing/test-support';
import { PersonDetailPage } from './person-detail-page';

@Component({ selector: 'bn-stub-page', template: 'Liste' })
class StubPage {}

describe('PersonDetailPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let rootLoader: HarnessLoader;

  async function open(role: Role = 'FACHBERATUNG'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanDates(),
        provideRouter(
          [
            { path: 'personen', component: StubPage },
            { path: 'personen/:id', component: PersonDetailPage },
          ],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/personen/${PERSON_ID}`, PersonDetailPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    rootLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  const text = () => harness.routeNativeElement?.textContent ?? '';
  const button = (label: string | RegExp) => loader.getAllHarnesses(MatButtonHarness.with({ text: label }));

  afterEach(() => http.verify());

  it('shows contact data, the Art. 14 status, functions and consents', async () => {
    await open();
    http
      .expectOne(`/api/persons/${PERSON_ID}`)
      .flush(
        personDetail({
          functions: [
            personFunction(),
            personFunction({ id: 'f-2', functionType: 'ANSPRECHPERSON', functionLabel: 'Ansprechperson', allianceId: null, allianceName: null,
              organisationId: 'o-1', organisationName: 'AWO Kreisverband', validUntil: '2021-12-31', isCurrent: false }),
          ],
          consents: [consent(), consent({ id: 'c-2', purpose: 'GALERIE', purposeLabel: 'Galerie der Aktiven (Profil/Foto)', withdrawnOn: '2024-06-01', isActive: false })],
        }),
      );
    await settle();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Frau Dr. Erika Beispiel');
    expect(text()).toContain('Fällig bis 15.04.2025');
    expect(text()).toContain('Eingetragen durch Bündniskoordination');
    const [functions, consents] = await loader.getAllHarnesses(MatTableHarness);
    const functionCells = await functions.getCellTextByColumnName();
    expect(functionCells['functionLabel'].text).toEqual(['Bündniskoordinator:in', 'Ansprechperson']);
    expect(functionCells['alliance'].text).toEqual(['Lokales Bündnis für Familie Wolfsburg', '–']);
    expect(functionCells['validUntil'].text).toEqual(['unbefristet', '31.12.2021']);
    expect(functionCells['status'].text.map((t) => t.replace(/^[a-z_]+/, ''))).toEqual(['Aktuell', 'Beendet']);
    const consentCells = await consents.getCellTextByColumnName();
    expect(consentCells['purpose'].text).toEqual(['Newsletter', 'Galerie der Aktiven (Profil/Foto)']);
    expect(consentCells['withdrawnOn'].text).toEqual(['–', '01.06.2024']);
    // an ended function cannot be ended again; a withdrawn consent cannot be withdrawn again
    expect(await button(/^Beenden/)).toHaveLength(1);
    expect(await button('Widerrufen')).toHaveLength(1);
  });

  it('records the Art. 14 notice with the version read and shows the new state', async () => {
    await open('KOORDINATION');
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail({ version: 2 }));
    await settle();

    await (await loader.getHarness(MatButtonHarness.with({ text: /Art\.-14-Information vermerkt/ }))).click();
    const dialog = await rootLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Art.-14-Information vermerken');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Vermerken' }))).click();

    const request = http.expectOne({ method: 'POST', url: `/api/persons/${PERSON_ID}/privacy-notice` });
    expect(request.request.body).toEqual({ sentOn: toIsoDate(new Date()), version: 2 });
    request.flush(personDetail({ version: 3 }));
    await settle();
    http
      .expectOne(`/api/persons/${PERSON_ID}`)
      .flush(personDetail({ version: 3, privacyNoticeSentOn: '2025-03-20', privacyNoticeDue: false, privacyNoticeDueBy: null }));
    await settle();
    expect(text()).toContain('Informiert am 20.03.2025');
  });

  it('after a 409 on the Art. 14 notice offers to load the current state', async () => {
    await open();
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail({ version: 2 }));
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Art\.-14-Information vermerkt/ }))).click();
    await (await (await rootLoader.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Vermerken' }))).click();
    http
      .expectOne(`/api/persons/${PERSON_ID}/privacy-notice`)
      .flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();

    const conflict = await rootLoader.getHarness(MatDialogHarness);
    expect(await conflict.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await conflict.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle();
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail({ version: 5, firstName: 'Erika Maria' }));
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Frau Dr. Erika Maria Beispiel');
  });

  it('archives after confirmation and returns to the list', async () => {
    await open();
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail({ version: 2 }));
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    const confirm = await rootLoader.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Person archivieren?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    const request = http.expectOne({ method: 'POST', url: `/api/persons/${PERSON_ID}/archive` });
    expect(request.request.body).toEqual({ version: 2 });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/personen');
  });

  it('is read-only for the Leitung', async () => {
    await open('LEITUNG');
    http.expectOne(`/api/persons/${PERSON_ID}`).flush(personDetail());
    await settle();
    for (const label of [/Bearbeiten/, /Archivieren/, /Funktion hinzufügen/, /Einwilligung erfassen/, 'Widerrufen', /Art\.-14/]) {
      expect(await button(label)).toHaveLength(0);
    }
    expect(text()).toContain('Newsletter');
  });

  it('explains a person that does not exist or is not visible', async () => {
    await open('KOORDINATION');
    http
      .expectOne(`/api/persons/${PERSON_ID}`)
      .flush({ code: 'PERSON_NOT_FOUND', message: 'Die Person wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Person nicht gefunden');
    expect(await button('Zur Personenliste')).toHaveLength(1);
  });
});
