import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHeaderHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideGermanDates } from '@bn/web/util';
import { EventsPage } from './events-page';
import { listItem, page, sessionWith } from '../testing/fixtures';

describe('EventsPage', () => {
  let http: HttpTestingController;

  async function open(url: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'veranstaltungen', component: EventsPage }]),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        sessionWith('FACHBERATUNG'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, EventsPage);
    http.expectOne('/api/reference/laender').flush([{ code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 }]);
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    return { harness, loader, element: harness.routeNativeElement as HTMLElement };
  }

  function expectEventsRequest(): TestRequest {
    return http.expectOne((request) => request.url === '/api/events');
  }

  function paramsOf(request: TestRequest): Record<string, string> {
    const params = request.request.params;
    return Object.fromEntries(params.keys().map((key) => [key, params.get(key) ?? '']));
  }

  afterEach(() => http.verify());

  it('sends the URL state to the API and renders the rows as links', async () => {
    const { harness, loader, element } = await open('/veranstaltungen?eventType=FACHTAG&landCode=03&q=Fachtag&page=2&sort=title&direction=asc');
    const request = expectEventsRequest();
    expect(paramsOf(request)).toEqual({
      page: '2', pageSize: '25', sort: 'title', direction: 'asc', eventType: 'FACHTAG', landCode: '03', q: 'Fachtag',
    });
    request.flush(page([listItem(), listItem({ id: 'e2', title: 'Netzwerktreffen', startsOn: '2025-12-01', startTime: null })], 27));
    await harness.fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['title'].text).toEqual(['Fachtag Familie', 'Netzwerktreffen']);
    expect(rows['startsOn'].text[0]).toContain('14.11.2025');
    expect(rows['eventType'].text[0]).toBe('Fachtag');
    expect(element.querySelector('td a')?.getAttribute('href')).toBe('/veranstaltungen/e1');
    expect(element.textContent).toContain('27 Veranstaltungen');
    const type = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="eventType"]' }));
    expect(await type.getValueText()).toBe('Fachtag');
  });

  it('puts a changed filter into the URL and asks the API again from page 1', async () => {
    const { harness, loader } = await open('/veranstaltungen?page=3');
    expectEventsRequest().flush(page([listItem()]));
    await harness.fixture.whenStable();

    const format = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="format"]' }));
    await format.open();
    await format.clickOptions({ text: 'Online' });
    await new Promise((resolve) => setTimeout(resolve, 350));
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/veranstaltungen?format=ONLINE');
    const request = expectEventsRequest();
    expect(paramsOf(request)).toEqual({ page: '1', pageSize: '25', format: 'ONLINE', sort: 'startsOn', direction: 'desc' });
    request.flush(page([]));
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Keine Veranstaltungen gefunden.');
  });

  it('sorts on the server', async () => {
    const { harness, loader } = await open('/veranstaltungen');
    expectEventsRequest().flush(page([listItem()]));
    await harness.fixture.whenStable();
    await (await loader.getHarness(MatSortHeaderHarness.with({ label: 'Titel' }))).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/veranstaltungen?sort=title&direction=asc');
    expect(paramsOf(expectEventsRequest())).toMatchObject({ sort: 'title', direction: 'asc' });
  });

  it('shows the month from the URL as a calendar and loads exactly that month', async () => {
    const { harness, element } = await open('/veranstaltungen?ansicht=kalender&monat=2025-11&format=PRAESENZ');
    const request = expectEventsRequest();
    expect(paramsOf(request)).toEqual({
      format: 'PRAESENZ', dateFrom: '2025-11-01', dateTo: '2025-11-30', sort: 'startsOn', direction: 'asc', page: '1', pageSize: '100',
    });
    request.flush(page([listItem({ id: 'e7', title: 'Gründungsfeier', startsOn: '2025-11-07' })]));
    await harness.fixture.whenStable();
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('November 2025');
    expect(element.querySelector('td[data-date="2025-11-07"] a')?.textContent).toContain('Gründungsfeier');
    expect(element.textContent).toContain('1 Veranstaltung in diesem Monat.');
  });

  it('navigates months and switches between list and calendar in the URL', async () => {
    const { harness, loader } = await open('/veranstaltungen?ansicht=kalender&monat=2025-11');
    expectEventsRequest().flush(page([]));
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonHarness.with({ text: /Nächster Monat/ }))).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/veranstaltungen?ansicht=kalender&monat=2025-12');
    const december = expectEventsRequest();
    expect(paramsOf(december)).toMatchObject({ dateFrom: '2025-12-01', dateTo: '2025-12-31' });
    december.flush(page([]));
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonToggleHarness.with({ text: /Liste/ }))).check();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/veranstaltungen');
    expect(paramsOf(expectEventsRequest())).toMatchObject({ page: '1', sort: 'startsOn', direction: 'desc' });
  });

  it('loads every page of a busy month', async () => {
    const { harness, element } = await open('/veranstaltungen?ansicht=kalender&monat=2025-05');
    const first = expectEventsRequest();
    first.flush(page([listItem({ id: 'a', startsOn: '2025-05-15', title: 'Aktion A' })], 150));
    const second = expectEventsRequest();
    expect(second.request.params.get('page')).toBe('2');
    second.flush(page([listItem({ id: 'b', startsOn: '2025-05-16', title: 'Aktion B' })], 150));
    await harness.fixture.whenStable();
    expect(element.querySelector('td[data-date="2025-05-16"] a')?.textContent).toContain('Aktion B');
  });
});
