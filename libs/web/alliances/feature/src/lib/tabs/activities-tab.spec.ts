// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { ActivityListItemDto, HandlungsfeldDto, Role } from '@bn/shared/contracts';
import { AllianceActivitiesTab } from './activities-tab';
import { ALLIANCE_ID, TEST_ALLIANCE, pageOf, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

function activity(overrides: Partial<ActivityListItemDto> = {}): ActivityListItemDto {
  return {
    id: 'a1',
    allianceId: ALLIANCE_ID,
    allianceName: TEST_ALLIANCE.name,
    activityType: 'NETZWERKTREFFEN',
    occurredOn: '2025-05-06',
    title: 'Frühjahrstreffen der Partner',
    description: null,
    reach: 1250,
    isPublic: false,
    handlungsfeldCodes: ['HF01'],
    partnerCount: 2,
    version: 2,
    createdAt: '2025-05-06T10:00:00Z',
    updatedAt: '2025-05-06T10:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

const HANDLUNGSFELDER: HandlungsfeldDto[] = [
  { id: 'h1', taxonomyVersion: 'KANON', code: 'HF01', name: 'Vereinbarkeit von Familie und Beruf', validFrom: '2004-01-01', validTo: null, sortOrder: 1, mapsTo: [] },
];

describe('AllianceActivitiesTab', () => {
  let fixture: ComponentFixture<AllianceActivitiesTab>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function setUp(role: Role): Promise<void> {
    TestBed.configureTestingModule({ providers: tabTestProviders(role) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AllianceActivitiesTab);
    fixture.componentRef.setInput('alliance', TEST_ALLIANCE);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle(fixture);
    http.match('/api/reference/handlungsfelder').forEach((req) => req.flush(HANDLUNGSFELDER));
  }

  async function answerList(items: ActivityListItemDto[], total = items.length): Promise<Record<string, string | null>> {
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/activities');
    const params = Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
    request.flush(pageOf(items, total));
    await settle(fixture);
    return params;
  }

  afterEach(() => http.verify());

  it('lists the alliance activities newest first with type and Handlungsfeld in German', async () => {
    await setUp('KOORDINATION');
    const params = await answerList([activity()]);
    expect(params).toEqual({ page: '1', pageSize: '10', sort: 'occurredOn', direction: 'desc', allianceId: ALLIANCE_ID });
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['occurredOn'].text).toEqual(['06.05.2025']);
    expect(cells['title'].text).toEqual(['Frühjahrstreffen der Partner']);
    expect(cells['activityType'].text).toEqual(['Netzwerktreffen']);
    expect(cells['handlungsfelder'].text).toEqual(['HF01 Vereinbarkeit von Familie und Beruf']);
    expect(cells['reach'].text).toEqual(['1.250']);
  });

  it('sorts on the server and filters by type', async () => {
    await setUp('LEITUNG');
    await answerList([activity()]);
    const sort = await loader.getHarness(MatSortHarness);
    const [, titleHeader] = await sort.getSortHeaders();
    await titleHeader.click();
    const sorted = await answerList([activity()]);
    expect(sorted).toEqual(expect.objectContaining({ sort: 'title', direction: 'asc', page: '1' }));

    const typeSelect = await loader.getHarness(MatSelectHarness);
    await typeSelect.open();
    await typeSelect.clickOptions({ text: 'Presse-/Öffentlichkeitsarbeit' });
    const filtered = await answerList([]);
    expect(filtered['activityType']).toBe('PRESSE');
    expect(fixture.nativeElement.textContent).toContain('Keine Aktivitäten dieser Art.');
  });

  it('offers logging and editing to coordinators, not to the Leitung', async () => {
    await setUp('LEITUNG');
    await answerList([activity()]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Aktivität erfassen/ }))).toHaveLength(0);
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(Object.keys(cells)).not.toContain('actions');
  });

  it('does not ask the API for mentors, who may not read activities', async () => {
    await setUp('MENTOR');
    await settle(fixture);
    http.expectNone((req) => req.url === '/api/activities');
    expect(fixture.nativeElement.textContent).toContain('sehen die Bündniskoordination und das Servicebüro');
  });

  it('opens the activity form and reloads after saving', async () => {
    await setUp('KOORDINATION');
    await answerList([activity()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Aktivität erfassen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Aktivität erfassen');
    await dialog.close();
    await settle(fixture);
    http.expectNone((req) => req.url === '/api/activities');
  });

  it('archives after confirmation', async () => {
    await setUp('FACHBERATUNG');
    await answerList([activity()]);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Aktionen für Frühjahrstreffen der Partner"]' }))).click();
    // The row's menu, not the tab's export menu.
    await (await root.getHarness(MatMenuHarness.with({ selector: '[aria-label="Aktionen für Frühjahrstreffen der Partner"]' }))).clickItem({
      text: /Archivieren/,
    });
    const confirm = await root.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Aktivität archivieren?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    await settle(fixture);
    const archive = http.expectOne('/api/activities/a1/archive');
    expect(archive.request.body).toEqual({ version: 2 });
    archive.flush(null, { status: 204, statusText: 'No Content' });
    await answerList([]);
    expect(fixture.nativeElement.textContent).toContain('Noch keine Aktivitäten erfasst.');
  });
});
