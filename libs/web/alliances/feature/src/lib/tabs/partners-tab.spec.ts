// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatChipHarness } from '@angular/material/chips/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { AlliancePartnershipDto, Role } from '@bn/shared/contracts';
import { AlliancePartnersTab } from './partners-tab';
import { ALLIANCE_ID, TEST_ALLIANCE, pageOf, pause, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

const PARTNERS_URL = `/api/alliances/${ALLIANCE_ID}/partners`;

function partnership(overrides: Partial<AlliancePartnershipDto> = {}): AlliancePartnershipDto {
  return {
    id: 'p1',
    allianceId: ALLIANCE_ID,
    organisationId: 'o1',
    organisationName: 'Stadt Wolfsburg',
    sector: 'VERWALTUNG',
    actorType: 'GEMEINDE_STADT',
    roles: ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE'],
    since: '2005-03-15',
    until: null,
    contributionTypes: ['RAEUME'],
    contribution: null,
    representativeId: 'r1',
    representativeName: 'Dr. Erika Musterfrau',
    version: 4,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

describe('AlliancePartnersTab', () => {
  let fixture: ComponentFixture<AlliancePartnersTab>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function setUp(role: Role): Promise<void> {
    TestBed.configureTestingModule({ providers: tabTestProviders(role) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AlliancePartnersTab);
    fixture.componentRef.setInput('alliance', TEST_ALLIANCE);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  async function answerList(items: AlliancePartnershipDto[], total = items.length): Promise<Record<string, string | null>> {
    await fixture.whenStable();
    const request = http.expectOne((req) => req.url === PARTNERS_URL);
    const params = Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
    request.flush(pageOf(items, total));
    await fixture.whenStable();
    return params;
  }

  afterEach(() => http.verify());

  it('loads the first page sorted by organisation and shows partners with roles as chips and German dates', async () => {
    await setUp('KOORDINATION');
    const params = await answerList([partnership(), partnership({ id: 'p2', organisationName: 'Kita Sonnenschein', until: '2020-12-31', roles: [] })]);

    expect(params).toEqual({ page: '1', pageSize: '10', sort: 'organisationName', direction: 'asc' });
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['organisationName'].text).toEqual(['Stadt Wolfsburg', 'Kita Sonnenschein']);
    expect(rows['sector'].text[0]).toBe('Verwaltung/öffentliche Hand');
    expect(rows['since'].text[0]).toBe('15.03.2005');
    expect(rows['until'].text[1]).toContain('31.12.2020');
    expect(rows['until'].text[1]).toContain('Beendet');
    expect(rows['representative'].text[0]).toBe('Dr. Erika Musterfrau');
    const chips = await loader.getAllHarnesses(MatChipHarness);
    expect(await Promise.all(chips.map((chip) => chip.getText()))).toEqual(['Gründungsmitglied', 'Lenkungsgruppe']);
    const link: HTMLAnchorElement = fixture.nativeElement.querySelector('td a');
    expect(link.getAttribute('href')).toBe('/organisationen/o1');
    expect(fixture.nativeElement.textContent).toContain('2 Partnerschaften');
  });

  it('puts the wide table in a focusable, named region that scrolls sideways instead of widening the page', async () => {
    await setUp('FACHBERATUNG');
    await answerList([partnership()]);
    const region: HTMLElement = fixture.nativeElement.querySelector('.table-scroll');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBe('Partnertabelle, seitlich scrollbar');
    expect(region.querySelector('table')).not.toBeNull();
    region.focus();
    expect(document.activeElement).toBe(region);
  });

  it('asks the API for the next page', async () => {
    await setUp('FACHBERATUNG');
    await answerList([partnership()], 12);
    const paginator = await loader.getHarness(MatPaginatorHarness);
    await paginator.goToNextPage();
    const params = await answerList([partnership({ id: 'p11' })], 12);
    expect(params['page']).toBe('2');
  });

  it('searches on the server and starts again on the first page', async () => {
    await setUp('FACHBERATUNG');
    await answerList([partnership()], 12);
    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await answerList([partnership({ id: 'p11' })], 12);
    await (await loader.getHarness(MatInputHarness.with({ selector: '[type="search"]' }))).setValue('Kita');
    await pause();
    const params = await answerList([partnership({ id: 'p3', organisationName: 'Kita Sonnenschein' })], 1);
    expect(params).toEqual(expect.objectContaining({ page: '1', q: 'Kita' }));
    await (await loader.getHarness(MatCheckboxHarness)).check();
    expect(await answerList([])).toEqual(expect.objectContaining({ currentOnly: 'true', q: 'Kita' }));
    expect(fixture.nativeElement.textContent).toContain('Keine Partner passen zu den Filtern.');
  });

  it('offers no changes to mentors and links no organisation pages', async () => {
    await setUp('MENTOR');
    await answerList([partnership()]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Partner hinzufügen/ }))).toHaveLength(0);
    const table = await loader.getHarness(MatTableHarness);
    expect(Object.keys(await table.getCellTextByColumnName())).not.toContain('actions');
    expect(fixture.nativeElement.querySelector('td a')).toBeNull();
  });

  it('shows an empty state with the next step', async () => {
    await setUp('KOORDINATION');
    await answerList([]);
    expect(fixture.nativeElement.textContent).toContain('Dieses Bündnis hat noch keine Partner.');
    const buttons = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Partner hinzufügen/ }));
    expect(buttons.length).toBe(2);
  });

  it('archives a partnership after confirmation and reloads the list', async () => {
    await setUp('KOORDINATION');
    await answerList([partnership()]);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Aktionen für Stadt Wolfsburg"]' }))).click();
    const menu = await root.getHarness(MatMenuHarness);
    await menu.clickItem({ text: /Archivieren/ });
    const confirm = await root.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Partnerschaft archivieren?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();

    const archive = http.expectOne(`${PARTNERS_URL}/p1/archive`);
    expect(archive.request.method).toBe('POST');
    expect(archive.request.body).toEqual({ version: 4 });
    archive.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await answerList([]);
    expect(fixture.nativeElement.textContent).toContain('Dieses Bündnis hat noch keine Partner.');
  });

  it('ends a partnership today by saving it with the end date and all other fields', async () => {
    await setUp('FACHBERATUNG');
    await answerList([partnership()]);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Aktionen für Stadt Wolfsburg"]' }))).click();
    await (await root.getHarness(MatMenuHarness)).clickItem({ text: /Beenden/ });
    await (await (await root.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Beenden' }))).click();

    const update = http.expectOne(`${PARTNERS_URL}/p1`);
    expect(update.request.method).toBe('PUT');
    expect(update.request.body).toEqual(
      expect.objectContaining({ roles: ['GRUENDUNGSMITGLIED', 'LENKUNGSGRUPPE'], since: '2005-03-15', contributionTypes: ['RAEUME'], representativeId: 'r1', version: 4 }),
    );
    expect(update.request.body.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    update.flush(partnership({ until: update.request.body.until, version: 5 }));
    await fixture.whenStable();
    await answerList([partnership({ version: 5 })]);
  });

  it('shows a 409 on archive as a conflict and reloads when asked to', async () => {
    await setUp('KOORDINATION');
    await answerList([partnership()]);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Aktionen für Stadt Wolfsburg"]' }))).click();
    await (await root.getHarness(MatMenuHarness)).clickItem({ text: /Archivieren/ });
    await (await (await root.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    http
      .expectOne(`${PARTNERS_URL}/p1/archive`)
      .flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    const conflict = await root.getHarness(MatDialogHarness);
    expect(await conflict.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await conflict.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await answerList([partnership({ version: 5 })]);
  });

  it('opens the add-partner dialog', async () => {
    await setUp('KOORDINATION');
    await answerList([partnership()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Partner hinzufügen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Partner hinzufügen');
    await dialog.close();
  });
});
