// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { ActivityDetailDto, AllianceDetailDto, HandlungsfeldDto } from '@bn/shared/contracts';
import { ActivityDialog, ActivityDialogData } from './activity-dialog';
import { ALLIANCE_ID, TEST_ALLIANCE, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

@Component({ template: '' })
class Host {}

const ALLIANCE: AllianceDetailDto = {
  ...TEST_ALLIANCE,
  partners: [
    {
      partnershipId: 'p1',
      organisationId: 'o1',
      organisationName: 'Stadt Wolfsburg',
      sector: 'VERWALTUNG',
      actorType: 'GEMEINDE_STADT',
      roles: [],
      since: null,
      until: null,
      representativeId: null,
      representativeName: null,
    },
  ],
};

const HANDLUNGSFELDER: HandlungsfeldDto[] = [
  { id: 'h1', taxonomyVersion: 'KANON', code: 'HF01', name: 'Vereinbarkeit von Familie und Beruf', validFrom: '2004-01-01', validTo: null, sortOrder: 1, mapsTo: [] },
  { id: 'h2', taxonomyVersion: 'KANON', code: 'HF02', name: 'Kinderbetreuung', validFrom: '2004-01-01', validTo: null, sortOrder: 2, mapsTo: [] },
];

function detail(overrides: Partial<ActivityDetailDto> = {}): ActivityDetailDto {
  return {
    id: 'a1',
    allianceId: ALLIANCE_ID,
    allianceName: ALLIANCE.name,
    activityType: 'PRESSE',
    occurredOn: '2025-03-04',
    title: 'Zeitungsartikel',
    description: null,
    reach: 5000,
    isPublic: true,
    handlungsfelder: [{ id: 'h2', code: 'HF02', name: 'Kinderbetreuung' }],
    partners: [{ organisationId: 'o7', name: 'Ehemaliger Partner e. V.' }],
    version: 3,
    createdAt: '2025-03-04T10:00:00Z',
    updatedAt: '2025-03-04T10:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

describe('ActivityDialog', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let root: HarnessLoader;
  let closedWith: ActivityDetailDto | undefined | 'open';

  async function open(activityId: string | null): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({ providers: tabTestProviders('KOORDINATION') });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const ref = TestBed.inject(MatDialog).open<ActivityDialog, ActivityDialogData, ActivityDetailDto>(ActivityDialog, {
      data: { alliance: ALLIANCE, activityId },
    });
    closedWith = 'open';
    ref.afterClosed().subscribe((result) => (closedWith = result));
    await settle(fixture);
    http.expectOne('/api/reference/handlungsfelder').flush(HANDLUNGSFELDER);
    await settle(fixture);
    return root.getHarness(MatDialogHarness);
  }

  async function select(dialog: MatDialogHarness, control: string, ...labels: string[]): Promise<void> {
    const harness = await dialog.getHarness(MatSelectHarness.with({ selector: `[formControlName="${control}"]` }));
    await harness.open();
    for (const label of labels) await harness.clickOptions({ text: label });
  }

  async function errorsOf(dialog: MatDialogHarness, label: string): Promise<string[]> {
    return (await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }))).getTextErrors();
  }

  afterEach(() => http.verify());

  it('shows German messages for missing and invalid input and sends nothing', async () => {
    const dialog = await open(null);
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).setValue('   ');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="reach"]' }))).setValue('-3');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktivität erfassen' }))).click();
    await settle(fixture);
    expect(await errorsOf(dialog, 'Art der Aktivität')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await errorsOf(dialog, 'Datum')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await errorsOf(dialog, 'Titel')).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await errorsOf(dialog, 'Erreichte Personen')).toEqual(['Der Wert muss mindestens 0 sein.']);

    expect(closedWith).toBe('open');
  });

  it('logs an activity for the alliance with Handlungsfelder and partners', async () => {
    const dialog = await open(null);
    await select(dialog, 'activityType', 'Netzwerktreffen');
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('06.05.2025');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).setValue(' Frühjahrstreffen ');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="reach"]' }))).setValue('40');
    await select(dialog, 'handlungsfeldIds', 'HF01 Vereinbarkeit von Familie und Beruf');
    await select(dialog, 'partnerOrganisationIds', 'Stadt Wolfsburg');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktivität erfassen' }))).click();
    await settle(fixture);

    const create = http.expectOne('/api/activities');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      allianceId: ALLIANCE_ID,
      activityType: 'NETZWERKTREFFEN',
      occurredOn: '2025-05-06',
      title: 'Frühjahrstreffen',
      description: null,
      reach: 40,
      isPublic: false,
      handlungsfeldIds: ['h1'],
      partnerOrganisationIds: ['o1'],
    });
    create.flush(detail({ id: 'a9' }));
    await settle(fixture);
    expect(closedWith).toEqual(expect.objectContaining({ id: 'a9' }));
  });

  it('shows server field errors at their fields and other messages above the form', async () => {
    const dialog = await open(null);
    await select(dialog, 'activityType', 'Sonstiges');
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('06.05.2025');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).setValue('Treffen');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktivität erfassen' }))).click();
    await settle(fixture);
    http.expectOne('/api/activities').flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Bitte prüfen Sie die Eingaben.',
        fields: { title: 'Darf höchstens 200 Zeichen lang sein.', allianceId: 'Dieses Bündnis gibt es nicht oder es ist archiviert.' },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    expect(await errorsOf(dialog, 'Titel')).toEqual(['Darf höchstens 200 Zeichen lang sein.']);
    expect(await dialog.getText()).toContain('Dieses Bündnis gibt es nicht oder es ist archiviert.');
    expect(closedWith).toBe('open');
  });

  it('loads an activity for editing, keeps a former partner, and reloads it after a 409', async () => {
    const dialog = await open('a1');
    http.expectOne('/api/activities/a1').flush(detail());
    await settle(fixture);
    expect(await dialog.getTitleText()).toBe('Aktivität bearbeiten');
    expect(await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).getValue()).toBe('Zeitungsartikel');
    expect(await (await dialog.getHarness(MatDatepickerInputHarness)).getValue()).toBe('04.03.2025');
    expect(await (await dialog.getHarness(MatCheckboxHarness)).isChecked()).toBe(true);
    const partners = await dialog.getHarness(MatSelectHarness.with({ selector: '[formControlName="partnerOrganisationIds"]' }));
    expect(await partners.getValueText()).toBe('Ehemaliger Partner e. V.');

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle(fixture);
    const update = http.expectOne('/api/activities/a1');
    expect(update.request.method).toBe('PUT');
    expect(update.request.body).toEqual(
      expect.objectContaining({ version: 3, handlungsfeldIds: ['h2'], partnerOrganisationIds: ['o7'], occurredOn: '2025-03-04' }),
    );
    update.flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);
    const dialogs = await root.getAllHarnesses(MatDialogHarness);
    await (await dialogs[dialogs.length - 1].getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle(fixture);
    http.expectOne('/api/activities/a1').flush(detail({ title: 'Zeitungsartikel (korrigiert)', version: 4 }));
    await settle(fixture);
    expect(await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).getValue()).toBe(
      'Zeitungsartikel (korrigiert)',
    );

    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle(fixture);
    const retry = http.expectOne('/api/activities/a1');
    expect(retry.request.body.version).toBe(4);
    retry.flush(detail({ version: 5 }));
    await settle(fixture);
    expect(closedWith).toEqual(expect.objectContaining({ version: 5 }));
  });
});
