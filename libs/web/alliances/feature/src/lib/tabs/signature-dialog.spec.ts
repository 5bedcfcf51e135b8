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
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { AllianceDeclarationDto, AllianceSignatureDto, OrganisationDto, PersonListItemDto } from '@bn/shared/contracts';
import { SignatureDialog, SignatureDialogData } from './signature-dialog';
import { ALLIANCE_ID, pageOf, pause, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

@Component({ template: '' })
class Host {}

const DECLARATIONS_URL = `/api/alliances/${ALLIANCE_ID}/declarations`;

const DECLARATION: AllianceDeclarationDto = {
  id: 'd1',
  allianceId: ALLIANCE_ID,
  kind: 'GRUENDUNGSERKLAERUNG',
  title: 'Gründungserklärung 2005',
  textVersion: null,
  adoptedOn: '2005-03-15',
  eventId: null,
  eventTitle: null,
  signatures: [],
  version: 1,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  archivedAt: null,
};

const ORGANISATION = { id: 'o1', name: 'Stadt Wolfsburg', sector: 'VERWALTUNG', city: 'Wolfsburg' } as OrganisationDto;
const PERSON = { id: 'r1', title: 'Dr.', firstName: 'Erika', lastName: 'Musterfrau', functions: [] } as unknown as PersonListItemDto;

const SIGNATURE: AllianceSignatureDto = {
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
};

describe('SignatureDialog', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let root: HarnessLoader;
  let closedWith: AllianceSignatureDto | undefined | 'open';

  async function open(declaration = DECLARATION): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({ providers: tabTestProviders('KOORDINATION') });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const ref = TestBed.inject(MatDialog).open<SignatureDialog, SignatureDialogData, AllianceSignatureDto>(SignatureDialog, {
      data: { allianceId: ALLIANCE_ID, declaration },
    });
    closedWith = 'open';
    ref.afterClosed().subscribe((result) => (closedWith = result));
    await settle(fixture);
    return root.getHarness(MatDialogHarness);
  }

  /** Types into the n-th picker (0: organisation, 1: person), answers its search and takes the first suggestion. */
  async function pick(dialog: MatDialogHarness, index: number, term: string, url: string, items: unknown[]): Promise<Record<string, string | null>> {
    const target = (await dialog.getAllHarnesses(MatAutocompleteHarness))[index];
    await target.enterText(term);
    await pause();
    await settle(fixture);
    const searches = http.match((req) => req.url === url);
    const last = searches[searches.length - 1];
    const params = Object.fromEntries(last.request.params.keys().map((key) => [key, last.request.params.get(key)]));
    for (const search of searches) search.flush(pageOf(items));
    await settle(fixture);
    const options = await target.getOptions();
    await options[0].click();
    await settle(fixture);
    return params;
  }

  afterEach(() => http.verify());

  it('requires organisation, date and occasion, preset to "Gründung" for the first signature', async () => {
    const dialog = await open();
    expect(await dialog.getTitleText()).toBe('Unterzeichnung hinzufügen');
    expect(await dialog.getText()).toContain('Erklärung: Gründungserklärung 2005');
    expect(await (await dialog.getHarness(MatSelectHarness)).getValueText()).toBe('Gründung');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Unterzeichnung eintragen' }))).click();
    await settle(fixture);
    const organisation = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Unterzeichnende Organisation' }));
    expect(await organisation.getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    const signedOn = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Unterzeichnet am' }));
    expect(await signedOn.getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(closedWith).toBe('open');
  });

  it('presets "Späterer Beitritt" once the declaration has signatures', async () => {
    const dialog = await open({ ...DECLARATION, signatures: [SIGNATURE] });
    expect(await (await dialog.getHarness(MatSelectHarness)).getValueText()).toBe('Späterer Beitritt');
  });

  it('signs for a partner organisation with the signing person and date', async () => {
    const dialog = await open();
    const organisationParams = await pick(dialog, 0, 'Stadt', '/api/organisations', [ORGANISATION]);
    expect(organisationParams).toEqual(expect.objectContaining({ q: 'Stadt', allianceId: ALLIANCE_ID }));
    await pick(dialog, 1, 'Muster', '/api/persons', [PERSON]);
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('15.03.2005');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Unterzeichnung eintragen' }))).click();
    await settle(fixture);

    const sign = http.expectOne(`${DECLARATIONS_URL}/d1/signatures`);
    expect(sign.request.method).toBe('POST');
    expect(sign.request.body).toEqual({ organisationId: 'o1', signatoryId: 'r1', signedOn: '2005-03-15', occasion: 'GRUENDUNG', eventId: null });
    sign.flush(SIGNATURE);
    await settle(fixture);
    expect(closedWith).toEqual(SIGNATURE);
  });

  it('links a founding signature to the event at which the declaration was adopted, a later one not', async () => {
    const dialog = await open({ ...DECLARATION, eventId: 'e1', eventTitle: 'Gründungsveranstaltung 2005' });
    expect(await dialog.getText()).toContain('Unterzeichnungen zur Gründung werden der Veranstaltung „Gründungsveranstaltung 2005“ zugeordnet');
    await pick(dialog, 0, 'Stadt', '/api/organisations', [ORGANISATION]);
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('15.03.2005');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Unterzeichnung eintragen' }))).click();
    await settle(fixture);
    const sign = http.expectOne(`${DECLARATIONS_URL}/d1/signatures`);
    expect(sign.request.body).toEqual({ organisationId: 'o1', signatoryId: null, signedOn: '2005-03-15', occasion: 'GRUENDUNG', eventId: 'e1' });
    sign.flush({ ...SIGNATURE, eventId: 'e1' });
    await settle(fixture);
  });

  it('does not link a later accession to the founding event', async () => {
    const dialog = await open({ ...DECLARATION, eventId: 'e1', eventTitle: 'Gründungsveranstaltung 2005', signatures: [SIGNATURE] });
    await pick(dialog, 0, 'Stadt', '/api/organisations', [ORGANISATION]);
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('01.06.2010');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Unterzeichnung eintragen' }))).click();
    await settle(fixture);
    const sign = http.expectOne(`${DECLARATIONS_URL}/d1/signatures`);
    expect(sign.request.body).toEqual({ organisationId: 'o1', signatoryId: null, signedOn: '2010-06-01', occasion: 'SPAETERER_BEITRITT', eventId: null });
    sign.flush({ ...SIGNATURE, occasion: 'SPAETERER_BEITRITT' });
    await settle(fixture);
  });

  it('shows "already signed" (409) at the organisation field', async () => {
    const dialog = await open();
    await pick(dialog, 0, 'Stadt', '/api/organisations', [ORGANISATION]);
    await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('15.03.2005');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Unterzeichnung eintragen' }))).click();
    await settle(fixture);
    http.expectOne(`${DECLARATIONS_URL}/d1/signatures`).flush(
      {
        code: 'SIGNATURE_EXISTS',
        message: 'Diese Organisation hat die Erklärung bereits unterzeichnet.',
        fields: { organisationId: 'Diese Organisation hat die Erklärung bereits unterzeichnet.' },
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle(fixture);
    const organisation = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Unterzeichnende Organisation' }));
    expect(await organisation.getTextErrors()).toEqual(['Diese Organisation hat die Erklärung bereits unterzeichnet.']);
    expect(closedWith).toBe('open');
  });
});
