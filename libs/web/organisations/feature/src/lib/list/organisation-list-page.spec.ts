import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { OrganisationDto, Page, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { fakeSession, organisation } from '../testing/test-support';
import { OrganisationListPage } from './organisation-list-page';

const LAENDER = [
  { code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 },
  { code: '06', abbreviation: 'HE', name: 'Hessen', latitude: 0, longitude: 0 },
];

function page(items: OrganisationDto[], total = items.length, pageNumber = 1): Page<OrganisationDto> {
  return { items, total, page: pageNumber, pageSize: 25 };
}

describe('OrganisationListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  async function open(url: string, role: Role = 'FACHBERATUNG'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'organisationen', component: OrganisationListPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, OrganisationListPage);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  function expectList(): TestRequest {
    return http.expectOne((request) => request.url === '/api/organisations');
  }

  async function settle(): Promise<void> {
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('asks the API with the list state of the URL and shows the rows as links', async () => {
    await open('/organisationen?sector=WIRTSCHAFT&q=mueller&sort=city&direction=desc&page=2&pageSize=10');
    const request = expectList();
    expect(Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]))).toEqual({
      page: '2',
      pageSize: '10',
      sort: 'city',
      direction: 'desc',
      sector: 'WIRTSCHAFT',
      q: 'mueller',
    });
    request.flush(
      page(
        [
          organisation({ id: 'a1', name: 'Bäckerei Müller GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', city: 'Göttingen', postalCode: '37073' }),
          organisation({ id: 'a2', name: 'Mueller & Söhne KG', city: 'Kassel', postalCode: null }),
        ],
        12,
        2,
      ),
    );
    await settle();

    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['name'].text).toEqual(['Bäckerei Müller GmbH (KdöR)', 'Mueller & Söhne KG (KdöR)']);
    expect(rows['sector'].text).toEqual(['Wirtschaft', 'Wirtschaft']);
    expect(rows['actorType'].text).toEqual(['Unternehmen', 'Kammer (IHK, HWK, sonstige)']);
    expect(rows['city'].text).toEqual(['37073 Göttingen', 'Kassel']);
    const link = harness.routeNativeElement?.querySelector<HTMLAnchorElement>('td a');
    expect(link?.getAttribute('href')).toBe('/organisationen/a1');
    expect(harness.routeNativeElement?.textContent).toContain('12 Organisationen');

    const search = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }));
    expect(await search.getValue()).toBe('mueller');
    const sector = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="sector"]' }));
    expect(await sector.getValueText()).toBe('Wirtschaft');
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toContain('11');
  });

  it('keeps sorting, paging and filters in the URL and reloads from the API', async () => {
    await open('/organisationen');
    expectList().flush(page([organisation()], 60));
    await settle();
    const router = TestBed.inject(Router);

    const sort = await loader.getHarness(MatSortHarness);
    const [, , , cityHeader] = await sort.getSortHeaders();
    await cityHeader.click();
    await settle();
    expect(router.url).toBe('/organisationen?sort=city&direction=asc');
    let request = expectList();
    expect(request.request.params.get('sort')).toBe('city');
    request.flush(page([organisation()], 60));
    await settle();

    const paginator = await loader.getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    await settle();
    expect(router.url).toBe('/organisationen?page=2&sort=city&direction=asc');
    request = expectList();
    expect(request.request.params.get('page')).toBe('2');
    request.flush(page([organisation()], 60, 2));
    await settle();

    const sector = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="sector"]' }));
    await sector.open();
    await sector.clickOptions({ text: 'Zivilgesellschaft' });
    await settle();
    expect(router.url).toBe('/organisationen?sort=city&direction=asc&sector=ZIVILGESELLSCHAFT');
    request = expectList();
    expect(request.request.params.get('sector')).toBe('ZIVILGESELLSCHAFT');
    expect(request.request.params.get('page')).toBe('1');
    request.flush(page([organisation()], 1));
    await settle();
  });

  it('passes the search text on after a short pause (the API folds "mueller" to find "Müller")', async () => {
    await open('/organisationen');
    expectList().flush(page([]));
    await settle();

    const search = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }));
    await search.setValue('mueller');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    const request = expectList();
    expect(request.request.params.get('q')).toBe('mueller');
    request.flush(page([organisation({ name: 'Bäckerei Müller GmbH' })]));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/organisationen?q=mueller');
  });

  it('loads the Kreise of the chosen Land for the Kreis filter', async () => {
    await open('/organisationen?landCode=03');
    expectList().flush(page([]));
    const kreise = http.expectOne((request) => request.url === '/api/reference/kreise');
    expect(kreise.request.params.get('landCode')).toBe('03');
    kreise.flush([{ ags: '03155', name: 'Northeim', designation: 'Landkreis', landCode: '03', latitude: 0, longitude: 0 }]);
    await settle();

    const kreis = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="kreisAgs"]' }));
    await kreis.open();
    await kreis.clickOptions({ text: 'Northeim (Landkreis)' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/organisationen?landCode=03&kreisAgs=03155');
    expect(expectList().request.params.get('kreisAgs')).toBe('03155');
  });

  it('shows an empty state that resets the filters', async () => {
    await open('/organisationen?actorType=KIRCHE');
    expectList().flush(page([]));
    await settle();
    expect(harness.routeNativeElement?.textContent).toContain('Keine Organisation passt zu Suche und Filtern.');
    expect(await loader.getAllHarnesses(MatTableHarness)).toHaveLength(0);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Neue Organisation/ }))).toHaveLength(1);

    const reset = await loader.getHarness(MatButtonHarness.with({ text: 'Filter zurücksetzen' }));
    await reset.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/organisationen');
    expect(expectList().request.params.has('actorType')).toBe(false);
  });

  it('offers "Neue Organisation" to coordinators but not to the Leitung (read-only)', async () => {
    await open('/organisationen', 'LEITUNG');
    expectList().flush(page([]));
    await settle();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Neue Organisation/ }))).toHaveLength(0);
    expect(harness.routeNativeElement?.textContent).toContain('Es sind noch keine Organisationen erfasst.');
  });

  it('shows the API error with a way to try again', async () => {
    await open('/organisationen');
    expectList().flush({ code: 'INTERNAL', message: 'Der Server hat ein Problem.' }, { status: 500, statusText: 'Error' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Der Server hat ein Problem.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Erneut versuchen' }))).click();
    expectList().flush(page([organisation()]));
    await settle();
    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(1);
  });
});
