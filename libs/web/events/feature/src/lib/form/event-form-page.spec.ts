import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HarnessLoader } from '@angular/cdk/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideGermanDates } from '@bn/web/util';
import { EventFormPage } from './event-form-page';
import { eventDetail, sessionWith } from '../testing/fixtures';

/** The control of a form field, which the test expects to exist. */
function required<T>(control: T | null, label: string | RegExp): T {
  if (!control) throw new Error(`Kein Eingabefeld für ${String(label)}`);
  return control;
}

@Component({ template: 'Detail' })
class DetailStub {}

describe('EventFormPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let rootLoader: HarnessLoader;

  async function open(url: string, role: 'FACHBERATUNG' | 'KOORDINATION' = 'FACHBERATUNG') {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'veranstaltungen/neu', component: EventFormPage },
          { path: 'veranstaltungen/:id/bearbeiten', component: EventFormPage },
          { path: 'veranstaltungen/:id', component: DetailStub },
        ]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith(role, ['a1']),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, EventFormPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    rootLoader = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  }

  const field = (label: string | RegExp) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  async function input(label: string | RegExp): Promise<MatInputHarness> {
    return required(await (await field(label)).getControl(MatInputHarness), label);
  }
  async function errorsOf(label: string | RegExp): Promise<string[]> {
    return (await field(label)).getTextErrors();
  }
  async function choose(label: string | RegExp, option: string) {
    const select = required(await (await field(label)).getControl(MatSelectHarness), label);
    await select.open();
    await select.clickOptions({ text: option });
  }
  async function save() {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await harness.fixture.whenStable();
  }
  const alertText = () => harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent?.trim();

  afterEach(() => http.verify());

  it('shows German messages at the fields and sends nothing while the form is invalid', async () => {
    await open('/veranstaltungen/neu');
    await save();
    expect(await errorsOf('Art der Veranstaltung')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await errorsOf('Titel')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await errorsOf('Datum')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    // Präsenz is preselected: a place is needed.
    expect(await errorsOf('Veranstaltungsort')).toEqual([
      'Bei Präsenz- und Hybridveranstaltungen bitte einen Veranstaltungsort oder eine Gemeinde angeben.',
    ]);
    expect(alertText()).toBe('Bitte prüfen Sie die markierten Felder.');

    await choose('Veranstalter', 'Bündnis');
    await harness.fixture.whenStable();
    expect(await errorsOf('Bündnis')).toEqual(['Bei einer Veranstaltung eines Bündnisses bitte das Bündnis wählen.']);

    await (await input('Beginn')).setValue('14:00');
    await (await input('Ende')).setValue('12:00');
    await harness.fixture.whenStable();
    expect(await errorsOf('Ende')).toEqual(['Das Ende darf nicht vor dem Beginn liegen.']);
    http.expectNone('/api/events');
  });

  it('creates the event and shows server messages at their fields', async () => {
    await open('/veranstaltungen/neu');
    await choose('Art der Veranstaltung', 'Fachtag');
    await choose('Veranstalter', 'Servicebüro');
    await (await input('Titel')).setValue('Fachtag Vereinbarkeit');
    await (await input('Datum')).setValue('26.03.2019');
    await choose('Format', 'Online');
    await (await input('Anzahl Teilnehmende')).setValue('120');
    await save();

    const request = http.expectOne({ method: 'POST', url: '/api/events' });
    expect(request.request.body).toEqual({
      eventType: 'FACHTAG', organiser: 'SERVICEBUERO', allianceId: null, title: 'Fachtag Vereinbarkeit', startsOn: '2019-03-26',
      startTime: null, endTime: null, format: 'ONLINE', venue: null, gemeindeAgs: null, participantsCount: 120,
      description: null, followUpReport: null, isPublic: false,
    });
    request.flush(
      { code: 'VALIDATION_FAILED', message: 'Die Eingaben sind ungültig.', fields: { title: 'Dieser Titel ist schon vergeben.', programme: 'Unbekanntes Feld.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();
    expect(await errorsOf('Titel')).toEqual(['Dieser Titel ist schon vergeben.']);
    expect(alertText()).toBe('Unbekanntes Feld.');

    await (await input('Titel')).setValue('Fachtag Vereinbarkeit 2019');
    expect(await errorsOf('Titel')).toEqual([]);
    await save();
    http.expectOne({ method: 'POST', url: '/api/events' }).flush({ ...eventDetail(), id: 'neu-1' });
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/veranstaltungen/neu-1');
  });

  it('preselects the alliance from ?allianceId=', async () => {
    await open('/veranstaltungen/neu?allianceId=a1', 'KOORDINATION');
    http.expectOne('/api/alliances/a1').flush({ id: 'a1', name: 'Lokales Bündnis für Familie Wolfsburg' });
    await harness.fixture.whenStable();
    expect(await (await input('Bündnis')).getValue()).toBe('Lokales Bündnis für Familie Wolfsburg');
    const organiser = required(await (await field('Veranstalter')).getControl(MatSelectHarness), 'Veranstalter');
    expect(await organiser.getValueText()).toBe('Bündnis');
  });

  it('after a 409 offers to reload and shows the current state', async () => {
    await open('/veranstaltungen/e1/bearbeiten');
    http.expectOne('/api/events/e1').flush(eventDetail());
    await harness.fixture.whenStable();
    expect(await (await input('Titel')).getValue()).toBe('Fachtag Familie');

    await (await input('Titel')).setValue('Fachtag Familie und Beruf');
    await save();
    const put = http.expectOne({ method: 'PUT', url: '/api/events/e1' });
    expect(put.request.body).toMatchObject({ title: 'Fachtag Familie und Beruf', version: 3 });
    put.flush(
      { code: 'VERSION_CONFLICT', message: 'Der Datensatz wurde inzwischen geändert.' },
      { status: 409, statusText: 'Conflict' },
    );
    await harness.fixture.whenStable();

    const dialog = await rootLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await harness.fixture.whenStable();
    http.expectOne('/api/events/e1').flush(eventDetail({ title: 'Fachtag Familie (geändert)', version: 4 }));
    await harness.fixture.whenStable();
    expect(await (await input('Titel')).getValue()).toBe('Fachtag Familie (geändert)');

    await save();
    expect(http.expectOne({ method: 'PUT', url: '/api/events/e1' }).request.body).toMatchObject({ version: 4 });
  });
});
