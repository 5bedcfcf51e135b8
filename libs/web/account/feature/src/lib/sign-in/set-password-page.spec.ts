import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiError, settle } from '../../testing/fixtures';
import { SetPasswordPage } from './set-password-page';

const PASSWORD = 'Familienfreundlich seit 2004!';

describe('SetPasswordPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'anmelden/einladung', component: SetPasswordPage, data: { purpose: 'invitation' } },
          { path: 'anmelden/passwort-zuruecksetzen/:token', component: SetPasswordPage, data: { purpose: 'reset' } },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create(url);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function fill(label: string, value: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  }

  it('accepts an invitation with the token from the query and the password twice', async () => {
    await open('/anmelden/einladung?token=tok_abc');
    expect(harness.routeNativeElement?.querySelector('h1')?.textContent).toBe('Einladung annehmen');
    await fill('Passwort', PASSWORD);
    await fill('Passwort wiederholen', PASSWORD);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Passwort festlegen' }))).click();

    const request = http.expectOne({ method: 'POST', url: '/api/auth/invitations/accept' });
    expect(request.request.body).toEqual({ token: 'tok_abc', password: PASSWORD });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(harness.fixture);
    expect(harness.routeNativeElement?.querySelector('[role="status"]')?.textContent).toContain('Ihr Benutzerkonto ist aktiviert.');
  });

  it('resets the password with the token from the path and explains an expired link', async () => {
    await open('/anmelden/passwort-zuruecksetzen/tok_xyz');
    await fill('Neues Passwort', PASSWORD);
    await fill('Neues Passwort wiederholen', PASSWORD);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Passwort speichern' }))).click();

    const request = http.expectOne('/api/auth/password-reset/confirm');
    expect(request.request.body).toEqual({ token: 'tok_xyz', password: PASSWORD });
    request.flush(apiError('INVALID_TOKEN', 'Der Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.'), {
      status: 400,
      statusText: 'Bad Request',
    });
    await settle(harness.fixture);
    const alert = harness.routeNativeElement?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Der Link ist ungültig');
    expect(alert?.querySelector('a')?.getAttribute('href')).toBe('/anmelden/passwort-vergessen');
  });

  it('shows the password policy of the server at the password field', async () => {
    await open('/anmelden/einladung?token=tok_abc');
    await fill('Passwort', 'passwort1234');
    await fill('Passwort wiederholen', 'passwort1234');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Passwort festlegen' }))).click();
    const weak = 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.';
    http.expectOne('/api/auth/invitations/accept').flush(apiError('WEAK_PASSWORD', weak, { password: weak }), { status: 400, statusText: 'Bad Request' });
    await settle(harness.fixture);

    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Passwort' }));
    expect(await field.getTextErrors()).toEqual([weak]);
  });

  it('explains a link without token', async () => {
    await open('/anmelden/einladung');
    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Der Link ist unvollständig.');
    expect(await loader.getAllHarnesses(MatFormFieldHarness)).toHaveLength(0);
  });
});
