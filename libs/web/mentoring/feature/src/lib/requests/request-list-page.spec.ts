import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MentoringRequestListItemDto, MentoringRequestOfferDto, Page, Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { RequestListPage } from './request-list-page';

function fakeSession(role: Role) {
  const roleSignal = signal<Role | null>(role);
  return {
    role: roleSignal,
    user: signal({ id: 'u1', email: 'x@example.org', displayName: 'Test', role, allianceIds: [], mentorProfileId: null, totpEnabled: true }),
    hasRole: (...roles: Role[]) => roles.includes(role),
  };
}

function listItem(overrides: Partial<MentoringRequestListItemDto>): MentoringRequestListItemDto {
  return {
    id: 'r1',
    allianceId: 'a1',
    requesterId: null,
    channel: 'EMAIL',
    receivedOn: '2025-10-14',
    occasion: 'GRUENDUNG',
    desiredMode: 'VOR_ORT',
    desiredFrom: null,
    desiredUntil: null,
    description: null,
    owner: null,
    status: 'EINGEGANGEN',
    closingReason: null,
    predecessorId: null,
    relatedEventId: null,
    version: 1,
    createdAt: '2025-10-14T08:00:00.000Z',
    updatedAt: '2025-10-14T08:00:00.000Z',
    archivedAt: null,
    allianceName: 'Lokales Bündnis für Familie Wolfsburg',
    landCode: '03',
    landName: 'Niedersachsen',
    specialties: [],
    ...overrides,
  };
}

async function setup(role: Role, url: string) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: 'anfragen', component: RequestListPage }]),
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      { provide: SessionStore, useValue: fakeSession(role) },
    ],
  });
  const http = TestBed.inject(HttpTestingController);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(url, RequestListPage);
  http.expectOne('/api/reference/laender').flush([
    { code: '03', abbreviation: 'NI', name: 'Niedersachsen', latitude: 0, longitude: 0 },
    { code: '09', abbreviation: 'BY', name: 'Bayern', latitude: 0, longitude: 0 },
  ]);
  return { http, harness, loader: TestbedHarnessEnvironment.loader(harness.fixture) };
}

// This shared CI machine is slow; Material harness tests need more than the default five seconds.
jest.setTimeout(30_000);

describe('RequestListPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks the API with the page, sort and filters of the URL and shows the rows', async () => {
    const { http, harness, loader } = await setup('FACHBERATUNG', '/anfragen?status=EINGEGANGEN&landCode=03&page=2&pageSize=10&sort=status&direction=asc&q=wolf');
    const request = http.expectOne((r) => r.url === '/api/requests');
    const params = request.request.params;
    expect(params.get('status')).toBe('EINGEGANGEN');
    expect(params.get('landCode')).toBe('03');
    expect(params.get('q')).toBe('wolf');
    expect(params.get('page')).toBe('2');
    expect(params.get('pageSize')).toBe('10');
    expect(params.get('sort')).toBe('status');
    expect(params.get('direction')).toBe('asc');
    const page: Page<MentoringRequestListItemDto> = {
      items: [listItem({}), listItem({ id: 'r2', allianceName: 'Bündnis Nörten-Hardenberg', channel: 'TELEFON' })],
      total: 12,
      page: 2,
      pageSize: 10,
    };
    request.flush(page);
    await harness.fixture.whenStable();

    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['allianceLink']?.text).toEqual(['Lokales Bündnis für Familie Wolfsburg', 'Bündnis Nörten-Hardenberg']);
    expect(rows['channel']?.text).toEqual(['E-Mail', 'Telefon']);
    expect(rows['status']?.text[0]).toContain('Eingegangen');
    expect(harness.routeNativeElement?.textContent).toContain('12 Anfragen');
    const links = harness.routeNativeElement?.querySelectorAll('td a') ?? [];
    expect(links[0]?.getAttribute('href')).toBe('/anfragen/r1');

    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toContain('11');
    const status = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="status"]' }));
    expect(await status.getValueText()).toBe('Eingegangen');
  });

  it('puts a changed filter into the URL, back on page one, and asks the API again', async () => {
    const { http, harness, loader } = await setup('FACHBERATUNG', '/anfragen?page=3');
    http.expectOne((r) => r.url === '/api/requests').flush({ items: [listItem({})], total: 60, page: 3, pageSize: 25 });
    await harness.fixture.whenStable();

    const channel = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="channel"]' }));
    await channel.open();
    await channel.clickOptions({ text: 'Webformular' });
    await harness.fixture.whenStable();

    expect(TestBed.inject(Router).url).toBe('/anfragen?channel=WEBFORMULAR');
    const again = http.expectOne((r) => r.url === '/api/requests');
    expect(again.request.params.get('channel')).toBe('WEBFORMULAR');
    expect(again.request.params.get('page')).toBe('1');
    again.flush({ items: [], total: 0, page: 1, pageSize: 25 });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Keine Anfragen gefunden.');
    expect(harness.routeNativeElement?.textContent).toContain('Filter zurücksetzen');
  });

  it('shows mentors their offers without the alliance until they accept', async () => {
    const { http, harness, loader } = await setup('MENTOR', '/anfragen');
    const offer: MentoringRequestOfferDto = {
      id: 'r9',
      receivedOn: '2025-10-14',
      occasion: 'GRUENDUNG',
      desiredMode: 'VOR_ORT',
      desiredFrom: null,
      desiredUntil: null,
      description: 'Begleitung bei der Gründung',
      status: 'MENTOR_ANGEFRAGT',
      landCode: '10',
      landName: 'Saarland',
      specialties: [],
      topics: [],
      allianceVisible: false,
      alliance: null,
      requester: null,
      offer: { id: 'p1', response: 'ANGEFRAGT', responseReason: null, respondedAt: null, version: 1 },
      deployments: [],
      version: 1,
      updatedAt: '2025-10-14T08:00:00.000Z',
      archivedAt: null,
    };
    http.expectOne((r) => r.url === '/api/requests').flush({ items: [offer], total: 1, page: 1, pageSize: 25 });
    await harness.fixture.whenStable();

    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['occasionLink']?.text).toEqual(['Gründung']);
    expect(rows['allianceText']?.text).toEqual(['Sichtbar nach Ihrer Zusage']);
    expect(rows['offer']?.text[0]).toContain('Angefragt');
    expect(await loader.getAllHarnesses(MatSelectHarness.with({ selector: '[formControlName="channel"]' }))).toHaveLength(0);
  });

  it('shows the German message of a failed request with a way to retry', async () => {
    const { http, harness } = await setup('KOORDINATION', '/anfragen');
    http
      .expectOne((r) => r.url === '/api/requests')
      .flush({ code: 'INTERNAL', message: 'Ein Fehler ist aufgetreten.' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    const alert = harness.routeNativeElement?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Ein Fehler ist aufgetreten.');
    (alert?.querySelector('button') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
    http.expectOne((r) => r.url === '/api/requests').flush({ items: [], total: 0, page: 1, pageSize: 25 });
  });
});
