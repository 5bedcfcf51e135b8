// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { ProjectListItemDto } from '@bn/shared/contracts';
import { AllianceProjectsTab } from './projects-tab';
import { ALLIANCE_ID, TEST_ALLIANCE, pageOf, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

function project(overrides: Partial<ProjectListItemDto> = {}): ProjectListItemDto {
  return {
    id: 'pr1',
    allianceId: ALLIANCE_ID,
    allianceName: TEST_ALLIANCE.name,
    name: 'Babysitterpool',
    description: null,
    startsOn: '2019-01-01',
    endsOn: null,
    isOngoing: true,
    fundingSources: ['SPENDEN', 'STIFTUNG'],
    outputNote: null,
    isRunning: true,
    handlungsfeldCodes: [],
    zielgruppeCodes: [],
    partnerCount: 0,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

describe('AllianceProjectsTab', () => {
  let fixture: ComponentFixture<AllianceProjectsTab>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function setUp(): Promise<void> {
    TestBed.configureTestingModule({ providers: tabTestProviders('KOORDINATION') });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AllianceProjectsTab);
    fixture.componentRef.setInput('alliance', TEST_ALLIANCE);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle(fixture);
    http.match('/api/reference/handlungsfelder').forEach((req) => req.flush([]));
  }

  async function answerList(items: ProjectListItemDto[]): Promise<Record<string, string | null>> {
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/projects');
    const params = Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
    request.flush(pageOf(items));
    await settle(fixture);
    return params;
  }

  afterEach(() => http.verify());

  it('lists projects with status as text and funding in German; filters running ones', async () => {
    await setUp();
    expect(await answerList([project(), project({ id: 'pr2', name: 'Leihgroßeltern', isRunning: false, isOngoing: false, endsOn: '2021-12-31' })])).toEqual({
      page: '1',
      pageSize: '10',
      sort: 'name',
      direction: 'asc',
      allianceId: ALLIANCE_ID,
    });
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['name'].text).toEqual(['Babysitterpool', 'Leihgroßeltern']);
    expect(cells['endsOn'].text).toEqual(['laufend', '31.12.2021']);
    expect(cells['state'].text[0]).toContain('Läuft');
    expect(cells['state'].text[1]).toContain('Abgeschlossen');
    expect(cells['funding'].text[0]).toBe('Spenden, Stiftung');

    const filter = await loader.getHarness(MatSelectHarness);
    await filter.open();
    await filter.clickOptions({ text: 'Laufende Projekte' });
    expect((await answerList([project()]))['running']).toBe('true');
  });

  it('creates a project; an end before the start is refused at the field', async () => {
    await setUp();
    await answerList([]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Projekt anlegen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    await settle(fixture);
    http.match((req) => req.url.startsWith('/api/reference/')).forEach((req) => req.flush([]));
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="name"]' }))).setValue('Müttercafé');
    await (await dialog.getHarness(MatDatepickerInputHarness.with({ selector: '[formControlName="startsOn"]' }))).setValue('01.09.2025');
    await (await dialog.getHarness(MatDatepickerInputHarness.with({ selector: '[formControlName="endsOn"]' }))).setValue('01.08.2025');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Projekt anlegen' }))).click();
    await settle(fixture);
    const endsOn = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Ende' }));
    expect(await endsOn.getTextErrors()).toEqual(['Das Ende darf nicht vor dem Beginn liegen.']);

    await (await dialog.getHarness(MatDatepickerInputHarness.with({ selector: '[formControlName="endsOn"]' }))).setValue('');
    await (await dialog.getHarness(MatCheckboxHarness)).check();
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Projekt anlegen' }))).click();
    await settle(fixture);
    const create = http.expectOne('/api/projects');
    expect(create.request.body).toEqual({
      allianceId: ALLIANCE_ID,
      name: 'Müttercafé',
      description: null,
      startsOn: '2025-09-01',
      endsOn: null,
      isOngoing: true,
      fundingSources: [],
      outputNote: null,
      handlungsfeldIds: [],
      zielgruppeCodes: [],
      partnerOrganisationIds: [],
    });
    create.flush({ id: 'pr9' });
    await answerList([project({ id: 'pr9', name: 'Müttercafé' })]);
  });
});
