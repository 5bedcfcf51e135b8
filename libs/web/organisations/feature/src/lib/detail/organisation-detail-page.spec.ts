import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { fakeSession, organisationDetail } from '../testing/test-support';
import { OrganisationDetailPage } from './organisation-detail-page';

@Component({ selector: 'bn-stub-page', template: 'Liste' })
class StubPage {}

const ID = '11111111-1111-4111-8111-111111111111';

describe('OrganisationDetailPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  async function open(role: Role = 'FACHBERATUNG'): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'organisationen', component: StubPage },
            { path: 'organisationen/:id', component: OrganisationDetailPage },
          ],
          withComponentInputBinding(),
        ),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: SessionStore, useValue: fakeSession(role) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/organisationen/${ID}`, OrganisationDetailPage);
    http.expectOne('/api/reference/laender').flush([{ code: '06', abbreviation: 'HE', name: 'Hessen', latitude: 0, longitude: 0 }]);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await harness.fixture.whenStable();
  }

  /** The organisation, then its contacts (persons with a current function there). */
  function answer(detail = organisationDetail()): void {
    http.expectOne(`/api/organisations/${ID}`).flush(detail);
  }

  function answerPersons(): void {
    const persons = http.expectOne((request) => request.url === '/api/persons');
    expect(persons.request.params.get('organisationId')).toBe(ID);
    persons.flush({ items: [], total: 0, page: 1, pageSize: 10 });
  }

  const text = () => harness.routeNativeElement?.textContent ?? '';
  const buttons = (label: RegExp) => loader.getAllHarnesses(MatButtonHarness.with({ text: label }));

  afterEach(() => http.verify());

  it('shows the fields, the address and the alliances with roles and period, linked to the alliance', async () => {
    await open();
    answer(
      organisationDetail({
        partnerships: [
          { partnershipId: 'p-1', allianceId: 'a-1', allianceName: 'Bündnis Mittelhessen', roles: ['GRUENDUNGSMITGLIED', 'UNTERZEICHNER'], since: '2012-05-15', until: null },
        ],
      }),
    );
    await settle();
    answerPersons();
    await settle();

    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Handwerkskammer Wiesbaden');
    expect(text()).toContain('Kammer (IHK, HWK, sonstige)');
    expect(text()).toContain('Wiesbaden, Hessen');
    expect(text()).toContain('65189 Wiesbaden');
    const [partnerships] = await loader.getAllHarnesses(MatTableHarness);
    const cells = await partnerships.getCellTextByColumnName();
    expect(cells['alliance'].text).toEqual(['Bündnis Mittelhessen']);
    expect(cells['roles'].text).toEqual(['Gründungsmitglied, Unterzeichner']);
    expect(cells['since'].text).toEqual(['15.05.2012']);
    expect(cells['until'].text).toEqual(['–']);
    expect(harness.routeNativeElement?.querySelector('td a')?.getAttribute('href')).toBe('/buendnisse/a-1');
    expect(text()).toContain('Für diese Organisation ist keine Person mit aktueller Funktion erfasst.');
  });

  it('lets the Fachberatung archive after confirmation, with the version read', async () => {
    await open();
    answer(organisationDetail({ version: 7 }));
    await settle();
    answerPersons();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Archivieren/ }))).click();
    const dialog = await TestbedHarnessEnvironment.documentRootLoader(harness.fixture).getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Organisation archivieren?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Archivieren' }))).click();
    const request = http.expectOne({ method: 'POST', url: `/api/organisations/${ID}/archive` });
    expect(request.request.body).toEqual({ version: 7 });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/organisationen');
  });

  it('lets coordinators edit but not archive, and the Leitung only read', async () => {
    await open('KOORDINATION');
    answer();
    await settle();
    answerPersons();
    expect(await buttons(/Bearbeiten/)).toHaveLength(1);
    expect(await buttons(/Archivieren/)).toHaveLength(0);
    expect(await buttons(/Person anlegen/)).toHaveLength(1);

    TestBed.resetTestingModule();
    await open('LEITUNG');
    answer();
    await settle();
    answerPersons();
    expect(await buttons(/Bearbeiten|Archivieren|Person anlegen/)).toHaveLength(0);
  });

  it('explains an organisation that does not exist or is not visible', async () => {
    await open('KOORDINATION');
    http
      .expectOne(`/api/organisations/${ID}`)
      .flush({ code: 'ORGANISATION_NOT_FOUND', message: 'Die Organisation wurde nicht gefunden.' }, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Organisation nicht gefunden');
  });
});
