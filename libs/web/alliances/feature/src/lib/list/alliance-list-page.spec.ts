import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AllianceListItemDto, Role } from '@bn/shared/contracts';
import { listItem, testProviders, wait } from '../testing/test-helpers';
import { AllianceListPage } from './alliance-list-page';

const LAENDER = [
  { code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 },
  { code: '05', abbreviation: 'NW', name: 'Nordrhein-Westfalen', latitude: 0, longitude: 0 },
];
const HANDLUNGSFELDER = [
  { id: 'hf-1', taxonomyVersion: 'KANON', code: 'HF01', name: 'Kinderbetreuung', validFrom: '2008-01-01', validTo: null, sortOrder: 1, mapsTo: [] },
];

// Harness tests are slow on a shared 2-core machine.
jest.setTimeout(30_000);

describe('AllianceListPage', () => {
  let http: HttpTestingController;
  let router: RouterTestingHarness;
  let loader: HarnessLoader;

  async function open(url: string, role: Role = 'FACHBERATUNG'): Promise<void> {
    TestBed.configureTestingModule({ providers: testProviders(role, [{ path: 'buendnisse', component: AllianceListPage }]) });
    http = TestBed.inject(HttpTestingController);
    router = await RouterTestingHarness.create();
    await router.navigateByUrl(url, AllianceListPage);
    loader = TestbedHarnessEnvironment.loader(router.fixture);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    http.expectOne('/api/reference/handlungsfelder').flush(HANDLUNGSFELDER);
  }

  function expectList(): TestRequest {
    return http.expectOne((req) => req.url === '/api/alliances');
  }

  async function respond(items: AllianceListItemDto[], total = items.length): Promise<void> {
    const req = expectList();
    req.flush({ items, total, page: Number(req.request.params.get('page')), pageSize: Number(req.request.params.get('pageSize')) });
    await router.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('sends the list state of the URL to the API', async () => {
    await open('/buendnisse?q=Wolf&landCode=03&kreisAgs=03103&status=AKTIV,RUHEND&handlungsfeldId=hf-1&sort=foundingYear&direction=desc&page=2&pageSize=10');
    http.expectOne('/api/reference/kreise?landCode=03').flush([]);
    const params = expectList().request.params;
    expect(Object.fromEntries(params.keys().map((key) => [key, params.get(key)]))).toEqual({
      page: '2',
      pageSize: '10',
      q: 'Wolf',
      landCode: '03',
      kreisAgs: '03103',
      status: 'AKTIV,RUHEND',
      handlungsfeldId: 'hf-1',
      sort: 'foundingYear',
      direction: 'desc',
    });
  });

  it('ignores a sort field the API does not offer', async () => {
    await open('/buendnisse?sort=internalNotes');
    const params = expectList().request.params;
    expect(params.has('sort')).toBe(false);
    expect(params.get('page')).toBe('1');
    expect(params.get('pageSize')).toBe('25');
  });

  it('shows the rows with links, place, Land, status and founding year, and the total', async () => {
    await open('/buendnisse');
    await respond(
      [listItem(), listItem({ id: '33333333-3333-4333-8333-333333333333', code: 'LBF-NI-0002', name: 'Nörten-Hardenberg', status: 'IN_GRUENDUNG', foundingYear: null, gemeindeName: 'Nörten-Hardenberg', kreisName: 'Landkreis Northeim' })],
      42,
    );
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getRows();
    expect(rows).toHaveLength(2);
    expect(await rows[0].getCellTextByColumnName()).toEqual({
      code: 'LBF-NI-0001',
      name: 'Lokales Bündnis für Familie Wolfsburg',
      place: 'Wolfsburg, Stadt Wolfsburg',
      land: 'Niedersachsen',
      status: 'check_circleAktiv',
      foundingYear: '2004',
    });
    expect((await rows[1].getCellTextByColumnName())['status']).toContain('In Gründung');
    expect((await rows[1].getCellTextByColumnName())['foundingYear']).toBe('–');
    const link = router.routeNativeElement?.querySelector<HTMLAnchorElement>('td a');
    expect(link?.getAttribute('href')).toBe('/buendnisse/11111111-1111-4111-8111-111111111111');
    expect(router.routeNativeElement?.textContent).toContain('42 Bündnisse');
  });

  it('offers "Neues Bündnis" to the Fachberatung but not to coordinators', async () => {
    await open('/buendnisse');
    await respond([listItem()]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Neues Bündnis/ }))).toHaveLength(1);
    TestBed.resetTestingModule();
    await open('/buendnisse', 'KOORDINATION');
    await respond([listItem()]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Neues Bündnis/ }))).toHaveLength(0);
  });

  it('offers the export to staff and coordinators (with the chosen Land) but not to mentors', async () => {
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await open('/buendnisse?landCode=03');
    http.expectOne('/api/reference/kreise?landCode=03').flush([]);
    await respond([listItem()]);
    const menu = await loader.getHarness(MatMenuHarness.with({ triggerText: /Exportieren/ }));
    await menu.clickItem({ text: 'CSV' });
    const request = http.expectOne((req) => req.url === '/api/exports/alliances');
    expect(request.request.params.get('format')).toBe('csv');
    expect(request.request.params.get('landCode')).toBe('03');
    request.flush(new Blob(['Kennung;Name']), { headers: { 'Content-Disposition': 'attachment; filename="buendnisse_2026-01-05.csv"' } });
    await router.fixture.whenStable();
    expect(router.routeNativeElement?.textContent).toContain('Export heruntergeladen: buendnisse_2026-01-05.csv');
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();

    TestBed.resetTestingModule();
    await open('/buendnisse', 'MENTOR');
    await respond([listItem()]);
    expect(await loader.getAllHarnesses(MatMenuHarness.with({ triggerText: /Exportieren/ }))).toHaveLength(0);
  });

  it('shows an empty state with "Filter zurücksetzen" when filters match nothing, and resets them', async () => {
    await open('/buendnisse?status=AUFGELOEST');
    await respond([]);
    expect(router.routeNativeElement?.textContent).toContain('Keine Bündnisse passen zu den gewählten Filtern.');
    const reset = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Filter zurücksetzen' }));
    await reset[reset.length - 1].click();
    await router.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/buendnisse');
    expect(expectList().request.params.has('status')).toBe(false);
  });

  it('puts a chosen status filter into the URL and starts again at page 1', async () => {
    await open('/buendnisse?page=3');
    await respond([listItem()], 80);
    const status = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="status"]' }));
    await status.open();
    await status.clickOptions({ text: 'Ruhend' });
    await router.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/buendnisse?status=RUHEND');
    const params = expectList().request.params;
    expect(params.get('status')).toBe('RUHEND');
    expect(params.get('page')).toBe('1');
  });

  it('searches after typing (debounced) and keeps the term in the URL', async () => {
    await open('/buendnisse');
    await respond([listItem()]);
    const search = await loader.getHarness(MatInputHarness.with({ selector: '[formControlName="q"]' }));
    await search.setValue('Nörten');
    await wait(350);
    await router.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/buendnisse?q=N%C3%B6rten');
    expect(expectList().request.params.get('q')).toBe('Nörten');
  });

  it('sorts on the server when a column header is clicked', async () => {
    await open('/buendnisse');
    await respond([listItem()]);
    const sort = await loader.getHarness(MatSortHarness);
    const [header] = await sort.getSortHeaders({ label: 'Gründungsjahr' });
    await header.click();
    await router.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/buendnisse?sort=foundingYear&direction=asc');
    expect(expectList().request.params.get('sort')).toBe('foundingYear');
  });
});
