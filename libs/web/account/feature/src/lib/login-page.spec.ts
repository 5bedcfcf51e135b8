import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { apiError, loginResponse, sessionState, settle } from '../testing/fixtures';
import { LoginPage } from './login-page';

@Component({ template: '<p>Ziel</p>' })
class TargetPage {}

describe('LoginPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'anmelden', component: LoginPage },
          { path: 'anmelden/zwei-faktor-einrichten', component: TargetPage },
          { path: '**', component: TargetPage },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/anmelden?returnUrl=%2Fbuendnisse');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  });

  afterEach(() => http.verify());

  async function fill(label: string, value: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(value);
  }

  async function click(text: string): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text }))).click();
  }

  async function signInWithPassword(): Promise<void> {
    await fill('E-Mail-Adresse', ' fachberatung@demo.buendnisnetz.example ');
    await fill('Passwort', 'Demo-Bündnisnetz-2026!');
    await click('Anmelden');
  }

  it('asks for the code when the password step says secondFactorRequired, then continues to the return URL', async () => {
    await signInWithPassword();
    const login = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(login.request.body).toEqual({ email: 'fachberatung@demo.buendnisnetz.example', password: 'Demo-Bündnisnetz-2026!' });
    login.flush(loginResponse({ secondFactorRequired: true }));
    await settle(harness.fixture);

    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Passwort' }))).toHaveLength(0);
    await fill('Sicherheitscode', '123456');
    await click('Bestätigen');
    const totp = http.expectOne({ method: 'POST', url: '/api/auth/totp' });
    expect(totp.request.body).toEqual({ code: '123456' });
    totp.flush(sessionState());
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/buendnisse');
  });

  it('shows the server error of a failed sign-in and stays on the password step', async () => {
    await signInWithPassword();
    http
      .expectOne('/api/auth/login')
      .flush(apiError('INVALID_CREDENTIALS', 'E-Mail-Adresse oder Passwort ist falsch.'), { status: 401, statusText: 'Unauthorized' });
    await settle(harness.fixture);

    const alert = harness.routeNativeElement?.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('E-Mail-Adresse oder Passwort ist falsch.');
    expect(await loader.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Passwort' }))).toHaveLength(1);
  });

  it('shows a wrong code as an error and keeps the code step', async () => {
    await signInWithPassword();
    http.expectOne('/api/auth/login').flush(loginResponse({ secondFactorRequired: true }));
    await settle(harness.fixture);
    await fill('Sicherheitscode', '000000');
    await click('Bestätigen');
    http.expectOne('/api/auth/totp').flush(apiError('INVALID_TOTP', 'Der Code ist falsch oder abgelaufen.'), { status: 401, statusText: 'Unauthorized' });
    await settle(harness.fixture);

    expect(harness.routeNativeElement?.querySelector('[role="alert"]')?.textContent).toContain('Der Code ist falsch oder abgelaufen.');
    expect(TestBed.inject(Router).url).toBe('/anmelden?returnUrl=%2Fbuendnisse');
  });

  it('validates the fields before sending anything', async () => {
    await fill('E-Mail-Adresse', 'keine-adresse');
    await click('Anmelden');

    const email = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'E-Mail-Adresse' }));
    const password = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Passwort' }));
    expect(await email.getTextErrors()).toEqual(['Bitte geben Sie eine gültige E-Mail-Adresse an.']);
    expect(await password.getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    http.expectNone('/api/auth/login');
  });

  it('sends a role that must still set up TOTP to the enrolment page', async () => {
    await signInWithPassword();
    http.expectOne('/api/auth/login').flush(loginResponse({ totpEnrolmentRequired: true }));
    await settle(harness.fixture);

    expect(TestBed.inject(Router).url).toBe('/anmelden/zwei-faktor-einrichten');
  });

  it('accepts a recovery code instead of the app code', async () => {
    await signInWithPassword();
    http.expectOne('/api/auth/login').flush(loginResponse({ secondFactorRequired: true }));
    await settle(harness.fixture);
    await click('Wiederherstellungscode verwenden');
    await fill('Wiederherstellungscode', ' abcd-efgh-ijkl ');
    await click('Bestätigen');

    const totp = http.expectOne('/api/auth/totp');
    expect(totp.request.body).toEqual({ recoveryCode: 'abcd-efgh-ijkl' });
    totp.flush(sessionState());
    await settle(harness.fixture);
    expect(TestBed.inject(Router).url).toBe('/buendnisse');
  });
});
