import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatCardHarness } from '@angular/material/card/testing';
import { MatChipHarness } from '@angular/material/chips/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { MentorGalleryPage } from './mentor-gallery-page';
import { FACHGEBIETE, LAENDER, galleryItem, listItem, page, sessionWith } from '../testing/fixtures';

describe('MentorGalleryPage', () => {
  let http: HttpTestingController;

  async function open(url: string, role: Role = 'KOORDINATION', mentorProfileId: string | null = null) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'mentorinnen', component: MentorGalleryPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith(role, mentorProfileId),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MentorGalleryPage);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    http.expectOne('/api/reference/fachgebiete').flush(FACHGEBIETE);
    return { harness, loader: TestbedHarnessEnvironment.loader(harness.fixture), element: harness.routeNativeElement as HTMLElement };
  }

  function paramsOf(request: TestRequest): Record<string, string> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
  }

  const waitForDebounce = () => new Promise((resolve) => setTimeout(resolve, 350));

  afterEach(() => http.verify());

  it('shows the gallery as cards: name, Fachgebiete with level as chips, Land, modes, regions, text', async () => {
    const { harness, loader } = await open('/mentorinnen');
    const request = http.expectOne((r) => r.url === '/api/mentors/gallery');
    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25' });
    request.flush(page([galleryItem(), galleryItem({ id: 'm3', firstName: 'Jona', lastName: 'Probe', specialties: [], galleryText: null })]));
    await harness.fixture.whenStable();

    const cards = await loader.getAllHarnesses(MatCardHarness);
    expect(cards).toHaveLength(2);
    expect(await cards[0].getTitleText()).toBe('Erika Beispiel');
    expect(await cards[0].getSubtitleText()).toBe('Niedersachsen');
    const text = await cards[0].getText();
    expect(text).toContain('Vor Ort, Online');
    expect(text).toContain('Niedersachsen, Hessen');
    expect(text).toContain('Begleitet Gründungen von der ersten Idee bis zur Unterzeichnung.');
    const chips = await cards[0].getAllHarnesses(MatChipHarness);
    expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual(['Bündnisgründung · Expertise']);
    // Coordinators see the gallery entry only: no link to the internal profile.
    expect(harness.routeNativeElement?.querySelector('mat-card a')).toBeNull();
    expect(harness.routeNativeElement?.textContent).toContain('2 Mentor:innen in der Galerie');
  });

  it('reads the filters from the URL and sends them to the API', async () => {
    const { harness, loader } = await open('/mentorinnen?fachgebietCode=FG04&landCode=06&mode=ONLINE&q=Muster');
    expect(paramsOf(http.expectOne((r) => r.url === '/api/mentors/gallery'))).toEqual({
      page: '1', pageSize: '25', fachgebietCode: 'FG04', landCode: '06', mode: 'ONLINE', q: 'Muster',
    });
    await harness.fixture.whenStable();
    const fachgebiet = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="fachgebietCode"]' }));
    expect(await fachgebiet.getValueText()).toBe('Unternehmen gewinnen');
    const search = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }));
    expect(await search.getValue()).toBe('Muster');
  });

  it('puts chosen filters into the URL and asks the API with them', async () => {
    const { harness, loader } = await open('/mentorinnen');
    http.expectOne((r) => r.url === '/api/mentors/gallery').flush(page([galleryItem()]));
    await harness.fixture.whenStable();

    const land = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="landCode"]' }));
    await land.open();
    await land.clickOptions({ text: 'Hessen' });
    const mode = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="mode"]' }));
    await mode.open();
    await mode.clickOptions({ text: 'Telefonisch' });
    await (await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }))).setValue('Beispiel');
    await waitForDebounce();
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/mentorinnen?q=Beispiel&landCode=06&mode=TELEFONISCH');
    const request = http.expectOne((r) => r.url === '/api/mentors/gallery');
    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25', q: 'Beispiel', landCode: '06', mode: 'TELEFONISCH' });
    request.flush(page([]));
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Keine Mentor:innen gefunden.');
  });

  it('gives a mentor a prominent link to their own profile', async () => {
    const { harness, element } = await open('/mentorinnen', 'MENTOR', 'm1');
    http.expectOne((r) => r.url === '/api/mentors/gallery').flush(page([galleryItem(), galleryItem({ id: 'm9', lastName: 'Andere' })]));
    await harness.fixture.whenStable();
    const ownLinks = Array.from(element.querySelectorAll('bn-page-header a')).filter((a) => a.textContent?.includes('Mein Profil'));
    expect(ownLinks.map((a) => a.getAttribute('href'))).toEqual(['/mentorinnen/m1']);
    // Only the own card opens the profile.
    expect(Array.from(element.querySelectorAll('mat-card a')).map((a) => a.getAttribute('href'))).toEqual(['/mentorinnen/m1']);
  });

  it('shows Fachberatung all profiles with status and availability', async () => {
    const { harness, loader } = await open('/mentorinnen', 'FACHBERATUNG');
    http.expectOne((r) => r.url === '/api/mentors/gallery').flush(page([galleryItem()]));
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Alle Profile' }))).check();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/mentorinnen?ansicht=alle');
    const request = http.expectOne((r) => r.url === '/api/mentors');
    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25', sort: 'lastName', direction: 'asc' });
    request.flush(page([listItem()]));
    await harness.fixture.whenStable();

    const card = await loader.getHarness(MatCardHarness);
    const text = await card.getText();
    expect(text).toContain('Pausiert');
    expect(text).toContain('Derzeit abwesend');
    expect(text).toContain('3 Einsätze pro Quartal');
    expect(harness.routeNativeElement?.querySelector('mat-card a')?.getAttribute('href')).toBe('/mentorinnen/m2');
  });
});
