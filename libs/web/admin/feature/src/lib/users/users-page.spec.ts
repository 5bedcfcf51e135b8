import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHeaderHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@bn/web/account/data-access';
import { page, settle, signedInAs, user } from '../../testing/fixtures';
import { UsersPage } from './users-page';

@Component({ template: '<p>Detail</p>' })
class DetailStub {}

describe('UsersPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'benutzer', component: UsersPage },
          { path: 'benutzer/:id', component: DetailStub },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).reload();
    http.expectOne('/api/auth/me').flush(signedInAs('LEITUNG'));
    await loading;
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  function expectList(): TestRequest {
    return http.expectOne((request) => request.method === 'GET' && request.url === '/api/users');
  }

  it('turns the URL state into API parameters and renders the rows', async () => {
    await open('/benutzer?q=anna&role=MENTOR&status=deaktiviert&page=2&pageSize=10&sort=email&direction=desc');
    const request = expectList();
    const params = Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
    expect(params).toEqual({ page: '2', pageSize: '10', sort: 'email', direction: 'desc', q: 'anna', role: 'MENTOR', disabled: 'true' });
    request.flush(
      page(
        [
          user({ disabledAt: '2026-10-01T10:00:00.000Z' }),
          user({ id: '10000000-0000-4000-8000-000000000002', displayName: 'Bernd Eingeladen', email: 'b@example.org', invitationPending: true, lastLoginAt: null }),
        ],
        12,
        2,
        10,
      ),
    );
    await settle(harness.fixture);

    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['displayName'].text).toEqual(['Anna Beispiel', 'Bernd Eingeladen']);
    expect(rows['role'].text).toEqual(['Mentor:in', 'Mentor:in']);
    expect(rows['status'].text).toEqual([expect.stringContaining('Deaktiviert'), expect.stringContaining('Eingeladen')]);
    expect(rows['lastLoginAt'].text).toEqual(['02.11.2026', 'noch nie']);
    expect(harness.routeNativeElement?.querySelector('.count')?.textContent).toContain('12 Benutzerkonten');
    const link = harness.routeNativeElement?.querySelector('td a');
    expect(link?.getAttribute('href')).toBe('/benutzer/10000000-0000-4000-8000-000000000001');
  });

  it('keeps filter changes and sorting in the URL and reloads from page 1', async () => {
    await open('/benutzer?page=3');
    expectList().flush(page([user()], 80, 3));
    await settle(harness.fixture);

    const role = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="role"]' }));
    await role.open();
    await role.clickOptions({ text: 'Bündniskoordination' });
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/benutzer?role=KOORDINATION');
    expect(expectList().request.params.get('role')).toBe('KOORDINATION');

    const emailHeader = await loader.getHarness(MatSortHeaderHarness.with({ label: 'E-Mail-Adresse' }));
    await emailHeader.click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/benutzer?sort=email&direction=asc&role=KOORDINATION');
    expectList().flush(page([], 0));
    await settle(harness.fixture);
  });

  it('offers to reset the filters when nothing matches', async () => {
    await open('/benutzer?q=niemand');
    expectList().flush(page([], 0));
    await settle(harness.fixture);

    expect(harness.routeNativeElement?.textContent).toContain('Keine Benutzerkonten gefunden.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Filter zurücksetzen' }))).click();
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/benutzer');
    expect(expectList().request.params.has('q')).toBe(false);
  });

  it('shows a failed load with a retry', async () => {
    await open('/benutzer');
    expectList().flush({ code: 'INTERNAL', message: 'Der Server ist gerade nicht erreichbar.' }, { status: 503, statusText: 'Unavailable' });
    await settle(harness.fixture);
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Der Server ist gerade nicht erreichbar.');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Erneut versuchen' }))).click();
    expectList().flush(page([user()]));
    await settle(harness.fixture);
    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(1);
  });
});
