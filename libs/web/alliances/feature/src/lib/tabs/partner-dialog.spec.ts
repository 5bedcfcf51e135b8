// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { AlliancePartnershipDto, OrganisationDto } from '@bn/shared/contracts';
import { PartnerDialog, PartnerDialogData } from './partner-dialog';
import { ALLIANCE_ID, pageOf, pause, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

@Component({ template: '' })
class Host {}

const PARTNERS_URL = `/api/alliances/${ALLIANCE_ID}/partners`;

function organisation(overrides: Partial<OrganisationDto> = {}): OrganisationDto {
  return {
    id: 'o1',
    name: 'Stadt Wolfsburg',
    legalForm: null,
    sector: 'VERWALTUNG',
    actorType: 'GEMEINDE_STADT',
    companySize: null,
    industry: null,
    street: null,
    postalCode: '38440',
    city: 'Wolfsburg',
    gemeindeAgs: null,
    parentId: null,
    website: null,
    email: null,
    phone: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

function partnership(overrides: Partial<AlliancePartnershipDto> = {}): AlliancePartnershipDto {
  return {
    id: 'p1',
    allianceId: ALLIANCE_ID,
    organisationId: 'o1',
    organisationName: 'Stadt Wolfsburg',
    sector: 'VERWALTUNG',
    actorType: 'GEMEINDE_STADT',
    roles: ['GRUENDUNGSMITGLIED'],
    since: '2024-02-01',
    until: null,
    contributionTypes: [],
    contribution: null,
    representativeId: null,
    representativeName: null,
    version: 1,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    archivedAt: null,
    ...overrides,
  };
}

describe('PartnerDialog', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let root: HarnessLoader;
  let closedWith: AlliancePartnershipDto | undefined | 'open';

  async function open(partnershipToEdit: AlliancePartnershipDto | null): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({ providers: tabTestProviders('KOORDINATION') });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const ref: MatDialogRef<PartnerDialog, AlliancePartnershipDto> = TestBed.inject(MatDialog).open<
      PartnerDialog,
      PartnerDialogData,
      AlliancePartnershipDto
    >(PartnerDialog, { data: { allianceId: ALLIANCE_ID, partnership: partnershipToEdit } });
    closedWith = 'open';
    ref.afterClosed().subscribe((result) => (closedWith = result));
    await settle(fixture);
    return root.getHarness(MatDialogHarness);
  }

  async function pickOrganisation(dialog: MatDialogHarness, name: string): Promise<void> {
    const picker = await dialog.getHarness(MatAutocompleteHarness);
    await picker.enterText(name);
    await pause();
    await settle(fixture);
    const searches = http.match((req) => req.url === '/api/organisations');
    expect(searches.length).toBeGreaterThan(0);
    expect(searches.at(-1)?.request.params.get('q')).toBe(name);
    for (const search of searches) search.flush(pageOf([organisation()]));
    await settle(fixture);
    await picker.selectOption({ text: /Stadt Wolfsburg/ });
  }

  async function submit(dialog: MatDialogHarness, label: string): Promise<void> {
    await (await dialog.getHarness(MatButtonHarness.with({ text: label }))).click();
    await settle(fixture);
  }

  afterEach(() => http.verify());

  it('requires an organisation chosen from the suggestions', async () => {
    const dialog = await open(null);
    expect(await dialog.getTitleText()).toBe('Partner hinzufügen');
    await submit(dialog, 'Partner hinzufügen');
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Organisation suchen' }));
    expect(await field.getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);

    const picker = await dialog.getHarness(MatAutocompleteHarness);
    await picker.enterText('Irgendwas');
    await pause();
    http.match((req) => req.url === '/api/organisations').forEach((req) => req.flush(pageOf([])));
    await submit(dialog, 'Partner hinzufügen');
    expect(await field.getTextErrors()).toEqual(['Bitte wählen Sie einen Eintrag aus der Vorschlagsliste.']);
    expect(closedWith).toBe('open');
  });

  it('adds an existing organisation with roles and a start date typed as TT.MM.JJJJ', async () => {
    const dialog = await open(null);
    await pickOrganisation(dialog, 'Stadt');
    const roles = await dialog.getHarness(MatSelectHarness.with({ selector: '[formControlName="roles"]' }));
    await roles.open();
    await roles.clickOptions({ text: 'Gründungsmitglied' });
    await (await dialog.getHarness(MatDatepickerInputHarness.with({ selector: '[formControlName="since"]' }))).setValue('01.02.2024');
    await submit(dialog, 'Partner hinzufügen');

    const create = http.expectOne(PARTNERS_URL);
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      organisationId: 'o1',
      roles: ['GRUENDUNGSMITGLIED'],
      since: '2024-02-01',
      until: null,
      contributionTypes: [],
      contribution: null,
      representativeId: null,
    });
    create.flush(partnership());
    await settle(fixture);
    expect(closedWith).toEqual(partnership());
  });

  it('shows "already a partner" (409) at the organisation field', async () => {
    const dialog = await open(null);
    await pickOrganisation(dialog, 'Stadt');
    await submit(dialog, 'Partner hinzufügen');
    http.expectOne(PARTNERS_URL).flush(
      {
        code: 'PARTNERSHIP_EXISTS',
        message: 'Diese Organisation ist bereits Partnerin des Bündnisses.',
        fields: { organisationId: 'Diese Organisation ist bereits Partnerin des Bündnisses.' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Organisation suchen' }));
    expect(await field.getTextErrors()).toEqual(['Diese Organisation ist bereits Partnerin des Bündnisses.']);
    expect(closedWith).toBe('open');
  });

  it('creates a new organisation inline, then makes it a partner', async () => {
    const dialog = await open(null);
    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Neue Organisation anlegen' });
    await submit(dialog, 'Partner hinzufügen');
    const name = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Name der Organisation' }));
    expect(await name.getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);

    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="name"]' }))).setValue('Familienzentrum Detmerode');
    const sector = await dialog.getHarness(MatSelectHarness.with({ selector: '[formControlName="sector"]' }));
    await sector.open();
    await sector.clickOptions({ text: 'Zivilgesellschaft' });
    const actorType = await dialog.getHarness(MatSelectHarness.with({ selector: '[formControlName="actorType"]' }));
    await actorType.open();
    await actorType.clickOptions({ text: /^Familienbildungsstätte/ });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="postalCode"]' }))).setValue('38444');
    await submit(dialog, 'Partner hinzufügen');

    const createOrganisation = http.expectOne('/api/organisations');
    expect(createOrganisation.request.method).toBe('POST');
    expect(createOrganisation.request.body).toEqual({
      name: 'Familienzentrum Detmerode',
      sector: 'ZIVILGESELLSCHAFT',
      actorType: 'FAMILIENZENTRUM',
      companySize: null,
      legalForm: null,
      postalCode: '38444',
      city: null,
      email: null,
    });
    createOrganisation.flush(organisation({ id: 'o9', name: 'Familienzentrum Detmerode' }));
    await settle(fixture);

    const create = http.expectOne(PARTNERS_URL);
    expect(create.request.body.organisationId).toBe('o9');
    create.flush(partnership({ organisationId: 'o9', organisationName: 'Familienzentrum Detmerode' }));
    await settle(fixture);
    expect(closedWith).toEqual(expect.objectContaining({ organisationId: 'o9' }));
  });

  it('shows the server message of the new organisation at its field', async () => {
    const dialog = await open(null);
    await (await dialog.getHarness(MatRadioGroupHarness)).checkRadioButton({ label: 'Neue Organisation anlegen' });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="name"]' }))).setValue('Neue Initiative');
    for (const [control, option] of [
      ['sector', 'Zivilgesellschaft'],
      ['actorType', 'Verein/Initiative'],
    ]) {
      const select = await dialog.getHarness(MatSelectHarness.with({ selector: `[formControlName="${control}"]` }));
      await select.open();
      await select.clickOptions({ text: option });
    }
    await submit(dialog, 'Partner hinzufügen');
    http.expectOne('/api/organisations').flush(
      { code: 'VALIDATION_FAILED', message: 'Eingaben prüfen.', fields: { name: 'Diesen Namen gibt es schon.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(fixture);
    const name = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Name der Organisation' }));
    expect(await name.getTextErrors()).toEqual(['Diesen Namen gibt es schon.']);
    expect(closedWith).toBe('open');
  });

  it('edits a partnership with its version and reloads it after a conflict', async () => {
    const dialog = await open(partnership({ version: 4 }));
    expect(await dialog.getTitleText()).toBe('Partnerschaft bearbeiten');
    expect(await dialog.getText()).toContain('Organisation: Stadt Wolfsburg');
    const until = await dialog.getHarness(MatDatepickerInputHarness.with({ selector: '[formControlName="until"]' }));
    await until.setValue('31.01.2024');
    await submit(dialog, 'Speichern');
    const untilField = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Partner bis' }));
    expect(await untilField.getTextErrors()).toEqual(['Das Ende darf nicht vor dem Beginn der Partnerschaft liegen.']);

    await until.setValue('31.12.2025');
    await submit(dialog, 'Speichern');
    const first = http.expectOne(`${PARTNERS_URL}/p1`);
    expect(first.request.body).toEqual(expect.objectContaining({ until: '2025-12-31', version: 4 }));
    first.flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    const dialogs = await root.getAllHarnesses(MatDialogHarness);
    const conflict = dialogs[dialogs.length - 1];
    expect(await conflict.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await conflict.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle(fixture);
    const reload = http.expectOne((req) => req.url === PARTNERS_URL && req.method === 'GET');
    expect(reload.request.params.get('q')).toBe('Stadt Wolfsburg');
    expect(reload.request.params.get('includeArchived')).toBe('true');
    reload.flush(pageOf([partnership({ version: 6, roles: ['FOERDERER'] })]));
    await settle(fixture);

    await submit(dialog, 'Speichern');
    const second = http.expectOne(`${PARTNERS_URL}/p1`);
    expect(second.request.body).toEqual(expect.objectContaining({ roles: ['FOERDERER'], until: null, version: 6 }));
    second.flush(partnership({ version: 7, roles: ['FOERDERER'] }));
    await settle(fixture);
    expect(closedWith).toEqual(expect.objectContaining({ version: 7 }));
  });
});
