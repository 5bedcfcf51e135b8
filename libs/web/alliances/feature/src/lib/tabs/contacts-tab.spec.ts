// The contracts' decorators need the metadata polyfill when their module is loaded whole (as under Jest).
import 'reflect-metadata';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import type { AllianceDetailDto, PersonDetailDto, PersonListItemDto, Role } from '@bn/shared/contracts';
import { AllianceContactsTab } from './contacts-tab';
import { ALLIANCE_ID, TEST_ALLIANCE, pageOf, pause, settle, tabTestProviders } from './testing/tab-test-kit';

// Harness-driven dialogs take a few seconds each on a busy machine.
jest.setTimeout(30_000);

const PERSON = {
  id: 'r1',
  title: null,
  firstName: 'Erika',
  lastName: 'Musterfrau',
  email: 'e.musterfrau@wolfsburg.example',
  phone: '05361 28-0',
  functions: [
    { id: 'f1', functionType: 'KOORDINATION', functionLabel: 'Bündniskoordinator:in', organisationId: null, organisationName: null, allianceId: ALLIANCE_ID, allianceName: 'Wolfsburg' },
    { id: 'f9', functionType: 'MITARBEIT', functionLabel: 'Mitarbeiter:in', organisationId: 'o1', organisationName: 'Stadt Wolfsburg', allianceId: null, allianceName: null },
  ],
} as unknown as PersonListItemDto;

describe('AllianceContactsTab', () => {
  let fixture: ComponentFixture<AllianceContactsTab>;
  let http: HttpTestingController;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function setUp(role: Role, alliance: AllianceDetailDto = TEST_ALLIANCE): Promise<void> {
    TestBed.configureTestingModule({ providers: tabTestProviders(role) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AllianceContactsTab);
    fixture.componentRef.setInput('alliance', alliance);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await settle(fixture);
  }

  async function answerList(items: PersonListItemDto[]): Promise<Record<string, string | null>> {
    await settle(fixture);
    const request = http.expectOne((req) => req.url === '/api/persons' && req.params.has('allianceId'));
    const params = Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
    request.flush(pageOf(items));
    await settle(fixture);
    return params;
  }

  afterEach(() => http.verify());

  it('lists persons with their function in this alliance, linking person, e-mail and phone', async () => {
    await setUp('KOORDINATION');
    const params = await answerList([PERSON]);
    expect(params).toEqual({ page: '1', pageSize: '10', sort: 'lastName', direction: 'asc', allianceId: ALLIANCE_ID });
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['name'].text).toEqual(['Erika Musterfrau']);
    expect(cells['function'].text).toEqual(['Bündniskoordinator:in']);
    const links = Array.from(fixture.nativeElement.querySelectorAll('td a') as NodeListOf<HTMLAnchorElement>).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/personen/r1', 'mailto:e.musterfrau@wolfsburg.example', 'tel:05361280']);
  });

  it('shows mentors the contacts of the alliance record without asking the person register', async () => {
    await setUp('MENTOR', {
      ...TEST_ALLIANCE,
      contacts: [{ personId: 'r1', name: 'Erika Musterfrau', email: null, phone: '0531 1', functionType: 'ANSPRECHPERSON', validFrom: null, validUntil: null }],
    });
    http.expectNone('/api/persons');
    const cells = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(cells['function'].text).toEqual(['Ansprechperson']);
    expect(fixture.nativeElement.querySelector('td a').getAttribute('href')).toBe('tel:05311');
  });

  it('ends a function today with the version from the person record', async () => {
    await setUp('FACHBERATUNG');
    await answerList([PERSON]);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label^="Aktionen für Erika Musterfrau"]' }))).click();
    await (await root.getHarness(MatMenuHarness)).clickItem({ text: /Funktion beenden/ });
    await (await (await root.getHarness(MatDialogHarness)).getHarness(MatButtonHarness.with({ text: 'Beenden' }))).click();
    await settle(fixture);
    http.expectOne('/api/persons/r1').flush({ id: 'r1', functions: [{ id: 'f1', validFrom: '2020-01-01', version: 7 }] } as unknown as PersonDetailDto);
    await settle(fixture);
    const end = http.expectOne('/api/persons/r1/functions/f1/end');
    // the last day is yesterday, so the function no longer counts today
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    const iso = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    expect(end.request.body).toEqual({ validUntil: iso, version: 7 });
    end.flush({});
    await answerList([]);
    expect(fixture.nativeElement.textContent).toContain('keine aktuellen Kontakte');
  });

  it('adds a contact: a person from the register gets a function in the alliance', async () => {
    await setUp('KOORDINATION');
    await answerList([]);
    await (await loader.getHarness(MatButtonHarness.with({ text: /Kontakt hinzufügen/ }))).click();
    const dialog = await root.getHarness(MatDialogHarness);
    const picker = await dialog.getHarness(MatAutocompleteHarness);
    await picker.enterText('Muster');
    await pause();
    await settle(fixture);
    http.match((req) => req.url === '/api/persons' && !req.params.has('allianceId')).forEach((req) => req.flush(pageOf([PERSON])));
    await settle(fixture);
    await picker.selectOption({ text: /Erika Musterfrau/ });
    const type = await dialog.getHarness(MatSelectHarness);
    await type.open();
    await type.clickOptions({ text: 'Sprecher:in' });
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Kontakt hinzufügen' }))).click();
    await settle(fixture);
    const add = http.expectOne('/api/persons/r1/functions');
    expect(add.request.body).toEqual({
      functionType: 'SPRECHER',
      allianceId: ALLIANCE_ID,
      validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      validUntil: null,
    });
    add.flush({ id: 'f2' });
    await answerList([PERSON]);
  });
});
