import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Page, PersonListItemDto, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { fakeSession, personListItem } from '../testing/test-support';
import { PersonListPage } from './person-list-page';

function page(items: PersonListItemDto[], total = items.length): Page<PersonListItemDto> {
  return { items, total, page: 1, pageSize: 25 };
}

describe('PersonListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  async function open(url: string, role: Role = 'FACHBERATUNG'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'personen', component: PersonListPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, PersonListPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  const expectList = (): TestRequest => http.expectOne((request) => request.url === '/api/persons');
  const settle = () => harness.fixture.whenStable();
  const text = () => harness.routeNativeElement?.textContent ?? '';

  afterEach(() => http.verify());

  it('asks the API with the filters of the URL and shows name, functions and the Art. 14 status', async () => {
    await open('/personen?functionType=KOORDINATION&privacyNoticeDue=true&q=beispiel&sort=email&direction=desc');
    const request = expectList();
    expect(Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]))).toEqual({
      page: '1',
      pageSize: '25',
      sort: 'email',
      direction: 'desc',
      q: 'beispiel',
      functionType: 'KOORDINATION',
      privacyNoticeDue: 'true',
    });
    request.flush(
      page(
        [
          personListItem({
            functions: [
              {
                id: 'f-1',
                functionType: 'KOORDINATION',
                functionLabel: 'Bündniskoordinator:in',
                organisationId: null,
                organisationName: null,
                allianceId: 'a-1',
                allianceName: 'Lokales Bündnis für Familie Wolfsburg',
              },
            ],
          }),
          personListItem({
            id: 'p-2',
            title: null,
            firstName: 'Max',
            lastName: 'Mustermann',
            email: null,
            privacyNoticeDue: false,
            privacyNoticeSentOn: '2025-01-20',
            privacyNoticeDueBy: null,
          }),
          personListItem({ id: 'p-3', firstName: 'Olga', lastName: 'Overdue', privacyNoticeOverdue: true, privacyNoticeDueBy: '2025-02-01' }),
        ],
        3,
      ),
    );
    await settle();

    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['lastName'].text).toEqual(['Beispiel, Erika (Dr.)', 'Mustermann, Max', 'Overdue, Olga (Dr.)']);
    expect(cells['functions'].text).toEqual(['Bündniskoordinator:in · Lokales Bündnis für Familie Wolfsburg', '–', '–']);
    expect(cells['email'].text).toEqual(['e.beispiel@stadt-wolfsburg.example', '–', 'e.beispiel@stadt-wolfsburg.example']);
    // each chip is an icon (its ligature name, hidden from screen readers) followed by the text
    expect(cells['privacyNotice'].text.map((t) => t.replace(/^[a-z_]+/, ''))).toEqual([
      'Fällig bis 15.04.2025',
      'Informiert am 20.01.2025',
      'Überfällig seit 01.02.2025',
    ]);
    expect(harness.routeNativeElement?.querySelector('td a')?.getAttribute('href')).toBe(`/personen/${personListItem().id}`);

    const functionType = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="functionType"]' }));
    expect(await functionType.getValueText()).toBe('Bündniskoordinator:in');
  });

  it('changes filters, sorting and page through the URL', async () => {
    await open('/personen');
    expectList().flush(page([personListItem()], 80));
    await settle();
    const router = TestBed.inject(Router);

    const due = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="privacyNoticeDue"]' }));
    await due.open();
    await due.clickOptions({ text: 'Fällig (noch nicht informiert)' });
    await settle();
    expect(router.url).toBe('/personen?privacyNoticeDue=true');
    expect(expectList().request.params.get('privacyNoticeDue')).toBe('true');

    const [nameHeader] = await (await loader.getHarness(MatSortHarness)).getSortHeaders();
    await nameHeader.click();
    await settle();
    // lastName is the default sort (ascending), so the first click turns it around
    expect(router.url).toBe('/personen?sort=lastName&direction=desc&privacyNoticeDue=true');
    expectList().flush(page([personListItem()], 80));
    await settle();

    await (await loader.getHarness(MatPaginatorHarness)).goToNextPage();
    await settle();
    expect(expectList().request.params.get('page')).toBe('2');
  });

  it('shows the filter set by an organisation page and removes it', async () => {
    await open('/personen?organisationId=11111111-1111-4111-8111-111111111111');
    const request = expectList();
    expect(request.request.params.get('organisationId')).toBe('11111111-1111-4111-8111-111111111111');
    request.flush(page([]));
    await settle();
    expect(text()).toContain('Es werden nur Personen mit einer aktuellen Funktion');
    expect(text()).toContain('Keine Person passt zu Suche und Filtern.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filter entfernen' }))).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/personen');
    expect(expectList().request.params.has('organisationId')).toBe(false);
  });

  it('shows an empty state with the next step for those who may enter persons', async () => {
    await open('/personen', 'KOORDINATION');
    expectList().flush(page([]));
    await settle();
    expect(text()).toContain('Es sind noch keine Personen erfasst, die Sie sehen dürfen.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Neue Person anlegen' }))).toHaveLength(1);
    expect(await loader.getAllHarnesses(MatTableHarness)).toHaveLength(0);
  });

  it('offers no "Neue Person" to the Leitung (read-only)', async () => {
    await open('/personen', 'LEITUNG');
    expectList().flush(page([personListItem()]));
    await settle();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Neue Person/ }))).toHaveLength(0);
  });
});
