import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HarnessLoader } from '@angular/cdk/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideGermanDates } from '@bn/web/util';
import { MentorFormPage } from './mentor-form-page';
import { FACHGEBIETE, LAENDER, mentorDetail, sessionWith } from '../testing/fixtures';

@Component({ template: 'Profil' })
class ProfileStub {}

describe('MentorFormPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'mentorinnen/neu', component: MentorFormPage },
          { path: 'mentorinnen/:id/bearbeiten', component: MentorFormPage },
          { path: 'mentorinnen/:id', component: ProfileStub },
        ]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith('FACHBERATUNG'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MentorFormPage);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    http.expectOne('/api/reference/fachgebiete').flush(FACHGEBIETE);
    http.expectOne('/api/reference/handlungsfelder').flush([]);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await harness.fixture.whenStable();
  };
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  async function input(label: string): Promise<MatInputHarness> {
    const control = await (await field(label)).getControl(MatInputHarness);
    if (!control) throw new Error(`Kein Eingabefeld für ${label}`);
    return control;
  }
  async function select(label: string): Promise<MatSelectHarness> {
    const control = await (await field(label)).getControl(MatSelectHarness);
    if (!control) throw new Error(`Keine Auswahl für ${label}`);
    return control;
  }
  const save = async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
  };

  afterEach(() => http.verify());

  it('creates a profile for a person picked by search and shows a server message at the person', async () => {
    await open('/mentorinnen/neu');
    await save();
    expect(await (await field('Person')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    http.expectNone({ method: 'POST', url: '/api/mentors' });

    const person = await loader.getHarness(MatAutocompleteHarness);
    await person.enterText('Beisp');
    await settle(300);
    const search = http.expectOne((r) => r.url === '/api/search');
    expect(search.request.params.get('types')).toBe('person');
    expect(search.request.params.get('q')).toBe('Beisp');
    search.flush({ query: 'Beisp', groups: [{ type: 'person', label: 'Personen', total: 1, items: [{ id: 'p1', type: 'person', title: 'Erika Beispiel', subtitle: 'Wolfsburg', score: 3 }] }] });
    // Options render, then the panel shows itself a tick later.
    await settle();
    await settle();
    await person.selectOption({ text: /Erika Beispiel/ });

    await (await loader.getHarness(MatButtonHarness.with({ text: /Fachgebiet hinzufügen/ }))).click();
    const specialty = await select('Fachgebiet 1');
    await specialty.open();
    await specialty.clickOptions({ text: 'Bündnisgründung' });
    await save();

    const post = http.expectOne({ method: 'POST', url: '/api/mentors' });
    expect(post.request.body).toMatchObject({
      personId: 'p1', status: 'IN_QUALIFIZIERUNG', capacityPerQuarter: 2, modes: [], radiusKm: null,
      specialties: [{ fachgebietCode: 'FG01', level: 'ERFAHREN' }], regionLandCodes: [], conflictAllianceIds: [],
    });
    post.flush(
      { code: 'MENTOR_EXISTS', message: 'Für diese Person gibt es bereits ein Mentorprofil.', fields: { personId: 'Diese Person hat bereits ein Mentorprofil (gegebenenfalls archiviert).' } },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(await (await field('Person')).getTextErrors()).toEqual(['Diese Person hat bereits ein Mentorprofil (gegebenenfalls archiviert).']);
    // Not a version conflict: no reload dialog.
    expect(await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('checks the travel radius against the home Gemeinde and duplicate Fachgebiete', async () => {
    await open('/mentorinnen/neu');
    await (await input('Reiseradius in km')).setValue('50');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Fachgebiet hinzufügen/ }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Fachgebiet hinzufügen/ }))).click();
    for (const label of ['Fachgebiet 1', 'Fachgebiet 2']) {
      const specialty = await select(label);
      await specialty.open();
      await specialty.clickOptions({ text: 'Bündnisgründung' });
    }
    await save();
    expect(await (await field('Reiseradius in km')).getTextErrors()).toEqual([
      'Ein Einsatzradius braucht einen Heimatort: Bitte die Gemeinde angeben.',
    ]);
    expect(harness.routeNativeElement?.querySelector('.array-error')?.textContent).toBe('Jedes Fachgebiet darf nur einmal vorkommen.');
  });

  it('edits a profile and after a 409 reloads the current state', async () => {
    await open('/mentorinnen/m1/bearbeiten');
    http.expectOne('/api/mentors/m1').flush(mentorDetail());
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Mentorprofil von Erika Beispiel bearbeiten');
    const capacity = await input('Einsätze pro Quartal');
    expect(await capacity.getValue()).toBe('4');
    await capacity.setValue('6');
    await save();
    const put = http.expectOne({ method: 'PUT', url: '/api/mentors/m1' });
    expect(put.request.body).toMatchObject({ capacityPerQuarter: 6, version: 5, homeGemeindeAgs: '03103000', radiusKm: 80, qualifiedSince: '2011-06-15' });
    expect(put.request.body).not.toHaveProperty('personId');
    put.flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();

    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle();
    http.expectOne('/api/mentors/m1').flush(mentorDetail({ capacityPerQuarter: 3, version: 6 }));
    await settle();
    expect(await (await input('Einsätze pro Quartal')).getValue()).toBe('3');

    await save();
    http.expectOne({ method: 'PUT', url: '/api/mentors/m1' }).flush({ ...mentorDetail(), version: 7 });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/mentorinnen/m1');
  });
});
