import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HarnessLoader } from '@angular/cdk/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCardHarness } from '@angular/material/card/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { provideGermanDates } from '@bn/web/util';
import { MentorProfilePage } from './mentor-profile-page';
import { LAENDER, galleryItem, mentorDetail, page, sessionWith } from '../testing/fixtures';

describe('MentorProfilePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(role: Role, mentorProfileId: string | null = null) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'mentorinnen/:id', component: MentorProfilePage }]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith(role, mentorProfileId),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mentorinnen/m1', MentorProfilePage);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  };
  const text = () => harness.routeNativeElement?.textContent ?? '';
  async function input(label: string): Promise<MatInputHarness> {
    const control = await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getControl(MatInputHarness);
    if (!control) throw new Error(`Kein Eingabefeld für ${label}`);
    return control;
  }

  afterEach(() => http.verify());

  it('lets a mentor keep availability, capacity and gallery text on their own profile', async () => {
    await open('MENTOR', 'm1');
    http.expectOne('/api/mentors/m1').flush(mentorDetail());
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Erika Beispiel');
    expect(text()).toContain('4 Einsätze pro Quartal (in diesem Quartal: 1)');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Archivieren/ }))).toHaveLength(0);

    await (await loader.getHarness(MatButtonHarness.with({ text: /Verfügbarkeit und Galerietext bearbeiten/ }))).click();
    await (await input('Einsätze pro Quartal')).setValue('2');
    const regions = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="regionLandCodes"]' }));
    await regions.open();
    await regions.clickOptions({ text: 'Hessen' });
    await regions.close();
    await (await input('Galerietext')).setValue('Neu: auch online.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();

    const put = http.expectOne({ method: 'PUT', url: '/api/mentors/m1/availability' });
    expect(put.request.body).toEqual({
      modes: ['VOR_ORT'], capacityPerQuarter: 2, radiusKm: 80, regionLandCodes: ['03', '06'],
      galleryText: 'Neu: auch online.', galleryPublished: true, version: 5,
    });
    put.flush({ ...mentorDetail(), version: 6 });
    await settle();
    http.expectOne('/api/mentors/m1').flush(mentorDetail({ capacityPerQuarter: 2, version: 6 }));
    await settle();
    expect(text()).toContain('2 Einsätze pro Quartal');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Speichern' }))).toHaveLength(0);
  });

  it('shows server messages at the availability fields and offers a reload after a 409', async () => {
    await open('MENTOR', 'm1');
    http.expectOne('/api/mentors/m1').flush(mentorDetail());
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Verfügbarkeit und Galerietext bearbeiten/ }))).click();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
    http
      .expectOne({ method: 'PUT', url: '/api/mentors/m1/availability' })
      .flush(
        { code: 'VALIDATION_FAILED', message: 'Ungültig.', fields: { radiusKm: 'Ein Einsatzradius braucht einen Heimatort: Bitte die Gemeinde angeben.' } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    const radius = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Reiseradius in km' }));
    expect(await radius.getTextErrors()).toEqual(['Ein Einsatzradius braucht einen Heimatort: Bitte die Gemeinde angeben.']);
    // The field keeps the message until it is changed; the form is not sent again meanwhile.
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
    http.expectNone({ method: 'PUT', url: '/api/mentors/m1/availability' });
    await (await input('Reiseradius in km')).setValue('50');
    expect(await radius.getTextErrors()).toEqual([]);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle();
    http.expectOne({ method: 'PUT', url: '/api/mentors/m1/availability' }).flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle();
    http.expectOne('/api/mentors/m1').flush(mentorDetail({ capacityPerQuarter: 7, version: 6 }));
    await settle();
    expect(await (await input('Einsätze pro Quartal')).getValue()).toBe('7');
  });

  it('adds an absence with German dates and checks the order of the dates', async () => {
    await open('MENTOR', 'm1');
    http.expectOne('/api/mentors/m1').flush(mentorDetail());
    await settle();
    await (await input('Von')).setValue('10.08.2026');
    await (await input('Bis')).setValue('01.08.2026');
    await (await input('Bis')).blur();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Eintragen/ }))).click();
    await settle();
    const until = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Bis' }));
    expect(await until.getTextErrors()).toEqual(['Das Datum liegt zu früh.']);
    http.expectNone({ method: 'POST', url: '/api/mentors/m1/absences' });

    await (await input('Bis')).setValue('24.08.2026');
    await (await input('Notiz')).setValue('Urlaub');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Eintragen/ }))).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/mentors/m1/absences' });
    expect(post.request.body).toEqual({ fromDate: '2026-08-10', untilDate: '2026-08-24', note: 'Urlaub' });
    post.flush({ id: 'ab1', mentorId: 'm1', fromDate: '2026-08-10', untilDate: '2026-08-24', note: 'Urlaub', isCurrent: false, version: 1, createdAt: '' });
    await settle();
    http.expectOne('/api/mentors/m1').flush(
      mentorDetail({ absences: [{ id: 'ab1', mentorId: 'm1', fromDate: '2026-08-10', untilDate: '2026-08-24', note: 'Urlaub', isCurrent: false, version: 1, createdAt: '' }] }),
    );
    await settle();
    expect(harness.routeNativeElement?.querySelector('table[aria-label="Abwesenheiten"]')?.textContent).toContain('10.08.2026');
  });

  it('shows a coordinator the public gallery entry instead of the profile', async () => {
    await open('KOORDINATION');
    http.expectOne('/api/mentors/m1').flush({ code: 'FORBIDDEN', message: 'Keine Berechtigung.' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    const gallery = http.expectOne((r) => r.url === '/api/mentors/gallery');
    expect(gallery.request.params.get('pageSize')).toBe('100');
    gallery.flush(page([galleryItem({ id: 'm0' }), galleryItem({ id: 'm1', firstName: 'Jona', lastName: 'Probe' })]));
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Jona Probe');
    expect(text()).toContain('Sie sehen den öffentlichen Galerieeintrag.');
    expect(await (await loader.getHarness(MatCardHarness)).getTitleText()).toBe('Jona Probe');
  });

  it('says so when the profile is neither readable nor in the gallery', async () => {
    await open('MENTOR', 'm7');
    http.expectOne('/api/mentors/m1').flush({ code: 'MENTOR_NOT_FOUND', message: 'Nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await settle();
    http.expectOne((r) => r.url === '/api/mentors/gallery').flush(page([]));
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Profil nicht gefunden');
  });
});
