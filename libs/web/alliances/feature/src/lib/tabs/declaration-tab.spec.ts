// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { AllianceDeclarationDto, Role } from '@bn/shared/contracts';
import { AllianceDeclarationTab } from './declaration-tab';
import { ALLIANCE_ID, TEST_ALLIANCE, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

const DECLARATIONS_URL = `/api/alliances/${ALLIANCE_ID}/declarations`;

/** The alliance's events as the declaration dialog asks for them (newest first). */
function answerEvents(http: HttpTestingController, items: { id: string; title: string; startsOn: string }[]): void {
  const request = http.expectOne((req) => req.url === '/api/events' && req.method === 'GET');
  expect(request.request.params.get('allianceId')).toBe(ALLIANCE_ID);
  expect(request.request.params.get('sort')).toBe('startsOn');
  expect(request.request.params.get('direction')).toBe('desc');
  request.flush({ items, total: items.length, page: 1, pageSize: 100 });
}

function declaration(overrides: Partial<AllianceDeclarationDto> = {}): AllianceDeclarationDto {
  return {
    id: 'd1',
    allianceId: ALLIANCE_ID,
    kind: 'GRUENDUNGSERKLAERUNG',
    title: 'Gründungserklärung 2005',
    textVersion: '1. Fassung',
    adoptedOn: '2005-03-15',
    eventId: 'e1',
    eventTitle: 'Gründungsveranstaltung',
    signatures: [
      {
        id: 's1',
        declarationId: 'd1',
        organisationId: 'o1',
        organisationName: 'Stadt Wolfsburg',
        signatoryId: 'r1',
        signatoryName: 'Dr. Erika Musterfrau',
        signedOn: '2005-03-15',
        occasion: 'GRUENDUNG',
        eventId: null,
        version: 1,
        createdAt: '2024-01-01T00:00:00Z',
      },
    ],
    version: 2,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

describe('AllianceDeclarationTab', () => {
  let fixture: ComponentFixture<AllianceDeclarationTab>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function setUp(role: Role, declarations: AllianceDeclarationDto[]): Promise<void> {
    TestBed.configureTestingModule({ providers: tabTestProviders(role) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AllianceDeclarationTab);
    fixture.componentRef.setInput('alliance', TEST_ALLIANCE);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await answer(declarations);
  }

  async function answer(declarations: AllianceDeclarationDto[]): Promise<void> {
    await settle(fixture);
    http.expectOne((req) => req.url === DECLARATIONS_URL && req.method === 'GET').flush(declarations);
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('shows each declaration with its facts and a table of signatories', async () => {
    await setUp('MENTOR', [declaration()]);
    const text: string = fixture.nativeElement.textContent;
    expect(text).toContain('Gründungserklärung 2005');
    expect(text).toContain('1. Fassung');
    expect(text).toContain('15.03.2005');
    expect(text).toContain('Gründungsveranstaltung');
    const table = await loader.getHarness(MatTableHarness);
    expect(await table.getCellTextByIndex()).toEqual([['Stadt Wolfsburg', 'Dr. Erika Musterfrau', '15.03.2005', 'Gründung']]);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Unterzeichnung hinzufügen/ }))).toHaveLength(0);
  });

  it('shows an empty state with the next step for writers', async () => {
    await setUp('KOORDINATION', []);
    expect(fixture.nativeElement.textContent).toContain('Für dieses Bündnis ist keine gemeinsame Erklärung erfasst.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Erklärung hinzufügen/ }))).toHaveLength(2);
  });

  it('adds a declaration through its dialog and reloads', async () => {
    await setUp('KOORDINATION', []);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Erklärung hinzufügen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Erklärung hinzufügen');
    answerEvents(http, []);
    await settle(fixture);
    expect(fixture.nativeElement.ownerDocument.body.textContent).toContain('Zu diesem Bündnis ist noch keine Veranstaltung erfasst.');
    const kind = await dialog.getHarness(MatSelectHarness);
    await kind.open();
    await kind.clickOptions({ text: 'Bündnisvereinbarung' });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).setValue('Bündnisvereinbarung 2020');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Erklärung hinzufügen' }))).click();
    await settle(fixture);
    const create = http.expectOne((req) => req.url === DECLARATIONS_URL && req.method === 'POST');
    expect(create.request.body).toEqual({
      kind: 'BUENDNISVEREINBARUNG',
      title: 'Bündnisvereinbarung 2020',
      textVersion: null,
      adoptedOn: null,
      eventId: null,
    });
    create.flush(declaration({ id: 'd2', kind: 'BUENDNISVEREINBARUNG', title: 'Bündnisvereinbarung 2020', signatures: [] }));
    await answer([declaration({ id: 'd2', title: 'Bündnisvereinbarung 2020', signatures: [] })]);
    expect(fixture.nativeElement.textContent).toContain('Noch keine Unterzeichnungen eingetragen.');
  });

  it('keeps the event link when a declaration is edited', async () => {
    await setUp('FACHBERATUNG', [declaration()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Bearbeiten/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    answerEvents(http, []);
    await settle(fixture);
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="textVersion"]' }))).setValue('2. Fassung');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Speichern' }))).click();
    await settle(fixture);
    const update = http.expectOne(`${DECLARATIONS_URL}/d1`);
    expect(update.request.method).toBe('PUT');
    expect(update.request.body).toEqual({
      kind: 'GRUENDUNGSERKLAERUNG',
      title: 'Gründungserklärung 2005',
      textVersion: '2. Fassung',
      adoptedOn: '2005-03-15',
      eventId: 'e1',
      version: 2,
    });
    update.flush(declaration({ textVersion: '2. Fassung', version: 3 }));
    await answer([declaration({ textVersion: '2. Fassung', version: 3 })]);
  });

  it('links a new declaration to the event at which it was adopted (e.g. the founding event)', async () => {
    await setUp('FACHBERATUNG', []);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Erklärung hinzufügen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    answerEvents(http, [
      { id: 'e9', title: 'Gründungsveranstaltung Nörten-Hardenberg', startsOn: '2026-11-20' },
      { id: 'e8', title: 'Netzwerktreffen', startsOn: '2026-05-04' },
    ]);
    await settle(fixture);
    const [kind, event] = await dialog.getAllHarnesses(MatSelectHarness);
    await kind.open();
    await kind.clickOptions({ text: 'Gründungserklärung' });
    await event.open();
    expect((await event.getOptions()).length).toBe(3);
    await event.clickOptions({ text: '20.11.2026 – Gründungsveranstaltung Nörten-Hardenberg' });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="title"]' }))).setValue('Gründungserklärung 2026');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Erklärung hinzufügen' }))).click();
    await settle(fixture);
    const create = http.expectOne((req) => req.url === DECLARATIONS_URL && req.method === 'POST');
    expect(create.request.body).toEqual({
      kind: 'GRUENDUNGSERKLAERUNG',
      title: 'Gründungserklärung 2026',
      textVersion: null,
      adoptedOn: null,
      eventId: 'e9',
    });
    create.flush(declaration({ id: 'd3', title: 'Gründungserklärung 2026', eventId: 'e9', eventTitle: 'Gründungsveranstaltung Nörten-Hardenberg', signatures: [] }));
    await answer([declaration({ id: 'd3', title: 'Gründungserklärung 2026', eventId: 'e9', eventTitle: 'Gründungsveranstaltung Nörten-Hardenberg', signatures: [] })]);
    expect(fixture.nativeElement.textContent).toContain('Gründungsveranstaltung Nörten-Hardenberg');
  });

  it('archives a declaration after confirmation', async () => {
    await setUp('KOORDINATION', [declaration()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    const confirm = await root.getHarness(MatDialogHarness);
    expect(await confirm.getTitleText()).toBe('Erklärung archivieren?');
    await (await confirm.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    await settle(fixture);
    const archive = http.expectOne(`${DECLARATIONS_URL}/d1/archive`);
    expect(archive.request.body).toEqual({ version: 2 });
    archive.flush(null, { status: 204, statusText: 'No Content' });
    await answer([]);
  });

  it('opens the signature dialog for a declaration', async () => {
    await setUp('KOORDINATION', [declaration()]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Unterzeichnung hinzufügen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Unterzeichnung hinzufügen');
    await dialog.close();
  });
});
