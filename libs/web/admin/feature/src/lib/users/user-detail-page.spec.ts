import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SessionStore } from '@bn/web/account/data-access';
import { apiError, settle, signedInAs, user, userDetail } from '../../testing/fixtures';
import { UserDetailPage } from './user-detail-page';

const ID = '10000000-0000-4000-8000-000000000001';
const WOLFSBURG = { id: '30000000-0000-4000-8000-000000000001', code: 'LBF-NI-0001', name: 'Lokales Bündnis für Familie Wolfsburg' };

describe('UserDetailPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'benutzer/:id', component: UserDetailPage }]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).reload();
    http.expectOne('/api/auth/me').flush(signedInAs('ADMINISTRATION'));
    await loading;
    harness = await RouterTestingHarness.create(`/benutzer/${ID}`);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(harness.fixture);
  });

  afterEach(() => http.verify());

  async function loadUser(detail = userDetail({ role: 'KOORDINATION', mentorProfileId: null, mentorProfileName: null, allianceIds: [WOLFSBURG.id], alliances: [WOLFSBURG] })): Promise<void> {
    http.expectOne(`/api/users/${ID}`).flush(detail);
    await settle(harness.fixture);
  }

  async function click(text: string, within: HarnessLoader = loader): Promise<void> {
    await (await within.getHarness(MatButtonHarness.with({ text }))).click();
  }

  it('shows the account and its alliances as chips', async () => {
    await loadUser();
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Anna Beispiel');
    expect(harness.routeNativeElement?.querySelector('.facts')?.textContent).toContain('Lokales Bündnis für Familie Wolfsburg (LBF-NI-0001)');
    expect(harness.routeNativeElement?.querySelector('mat-chip')?.textContent).toContain('Lokales Bündnis für Familie Wolfsburg (LBF-NI-0001)');
  });

  it('saves name and role with the version and offers to reload after a 409', async () => {
    await loadUser();
    const name = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Name' }));
    await ((await name.getControl(MatInputHarness)) as MatInputHarness).setValue('Anna Beispiel-Neu');
    expect((harness.routeDebugElement?.componentInstance as UserDetailPage).hasUnsavedChanges()).toBe(true);
    await click('Speichern');

    const save = http.expectOne({ method: 'PUT', url: `/api/users/${ID}` });
    expect(save.request.body).toEqual({ displayName: 'Anna Beispiel-Neu', role: 'KOORDINATION', allianceIds: [WOLFSBURG.id], mentorProfileId: null, version: 3 });
    save.flush(apiError('VERSION_CONFLICT', 'Der Datensatz wurde inzwischen geändert.'), { status: 409, statusText: 'Conflict' });
    await settle(harness.fixture);

    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await click('Aktuellen Stand laden', root);
    await settle(harness.fixture);
    await loadUser(userDetail({ displayName: 'Anna Anders', role: 'KOORDINATION', mentorProfileId: null, allianceIds: [WOLFSBURG.id], alliances: [WOLFSBURG], version: 4 }));

    expect(await ((await name.getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('Anna Anders');
    expect((harness.routeDebugElement?.componentInstance as UserDetailPage).hasUnsavedChanges()).toBe(false);
  });

  it('asks for the Mentorprofil when the role becomes Mentor:in', async () => {
    await loadUser();
    const role = (await (await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Rolle' }))).getControl(MatSelectHarness)) as MatSelectHarness;
    await role.open();
    await role.clickOptions({ text: 'Mentor:in' });
    await click('Speichern');

    const profile = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Mentorprofil' }));
    expect(await profile.getTextErrors()).toEqual(['Bitte wählen Sie das Mentorprofil dieser Mentor:in aus.']);
    http.expectNone({ method: 'PUT' });
  });

  it('disables the account after confirmation', async () => {
    await loadUser();
    await click('blockDeaktivieren');
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Benutzerkonto deaktivieren?');
    await click('Deaktivieren', dialog as unknown as HarnessLoader);
    await settle(harness.fixture);

    const request = http.expectOne({ method: 'POST', url: `/api/users/${ID}/disable` });
    expect(request.request.body).toEqual({ version: 3 });
    request.flush(user({ role: 'KOORDINATION', disabledAt: '2026-11-21T09:00:00.000Z', version: 4 }));
    await settle(harness.fixture);
    await loadUser(userDetail({ role: 'KOORDINATION', mentorProfileId: null, allianceIds: [WOLFSBURG.id], alliances: [WOLFSBURG], disabledAt: '2026-11-21T09:00:00.000Z', version: 4 }));
    expect(harness.routeNativeElement?.querySelector('.facts')?.textContent).toContain('Deaktiviert');
  });

  it('shows a helpful page for an unknown account', async () => {
    http.expectOne(`/api/users/${ID}`).flush(apiError('USER_NOT_FOUND', 'Das Benutzerkonto wurde nicht gefunden.'), { status: 404, statusText: 'Not Found' });
    await settle(harness.fixture);
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Benutzerkonto nicht gefunden');
  });
});
