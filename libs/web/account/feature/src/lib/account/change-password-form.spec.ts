import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { SessionStore } from '@bn/web/account/data-access';
import { apiError, sessionState, settle } from '../../testing/fixtures';
import { ChangePasswordForm } from './change-password-form';

const NEW_PASSWORD = 'Ein langer Satz über Familien 2026';

describe('ChangePasswordForm', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<ChangePasswordForm>;
  let loader: HarnessLoader;
  let changes: number;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    // The signed-in user (for the rule "not the e-mail address").
    const loading = TestBed.inject(SessionStore).reload();
    http.expectOne('/api/auth/me').flush(sessionState());
    await loading;

    fixture = TestBed.createComponent(ChangePasswordForm);
    changes = 0;
    fixture.componentInstance.changed.subscribe(() => changes++);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function field(label: string): Promise<MatFormFieldHarness> {
    return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      await ((await (await field(label)).getControl(MatInputHarness)) as MatInputHarness).setValue(value);
    }
  }

  async function submit(): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Passwort ändern' }))).click();
  }

  it('shows the password rules as a hint', async () => {
    expect(await (await field('Neues Passwort')).getTextHints()).toEqual([expect.stringContaining('Mindestens 12 Zeichen')]);
  });

  it('checks length, repetition and the e-mail rule before sending', async () => {
    await fill({ 'Neues Passwort': 'zu kurz', 'Neues Passwort wiederholen': 'anders' });
    await submit();

    expect(await (await field('Aktuelles Passwort')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field('Neues Passwort')).getTextErrors()).toEqual(['Mindestens 12 Zeichen.']);
    expect(await (await field('Neues Passwort wiederholen')).getTextErrors()).toEqual(['Die beiden Eingaben stimmen nicht überein.']);

    await fill({ 'Neues Passwort': 'Mein fachberatung Passwort', 'Neues Passwort wiederholen': 'Mein fachberatung Passwort' });
    expect(await (await field('Neues Passwort')).getTextErrors()).toEqual([
      'Das Passwort darf weder Ihre E-Mail-Adresse noch deren Teil vor dem @ enthalten.',
    ]);
    expect(await (await field('Neues Passwort wiederholen')).getTextErrors()).toEqual([]);
    http.expectNone('/api/account/password');
  });

  it('shows the server messages at the fields they concern', async () => {
    await fill({ 'Aktuelles Passwort': 'falsch-falsch-falsch', 'Neues Passwort': NEW_PASSWORD, 'Neues Passwort wiederholen': NEW_PASSWORD });
    await submit();
    http
      .expectOne('/api/account/password')
      .flush(apiError('INVALID_CURRENT_PASSWORD', 'Das aktuelle Passwort ist falsch.', { currentPassword: 'Das aktuelle Passwort ist falsch.' }), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle(fixture);
    expect(await (await field('Aktuelles Passwort')).getTextErrors()).toEqual(['Das aktuelle Passwort ist falsch.']);

    await fill({ 'Aktuelles Passwort': 'Demo-Bündnisnetz-2026!' });
    await submit();
    const weak = 'Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.';
    http.expectOne('/api/account/password').flush(apiError('WEAK_PASSWORD', weak, { newPassword: weak }), { status: 400, statusText: 'Bad Request' });
    await settle(fixture);
    expect(await (await field('Neues Passwort')).getTextErrors()).toEqual([weak]);
    expect(changes).toBe(0);
  });

  it('sends current and new password, confirms, clears the form and reports the change', async () => {
    await fill({ 'Aktuelles Passwort': 'Demo-Bündnisnetz-2026!', 'Neues Passwort': NEW_PASSWORD, 'Neues Passwort wiederholen': NEW_PASSWORD });
    await submit();
    const request = http.expectOne({ method: 'POST', url: '/api/account/password' });
    expect(request.request.body).toEqual({ currentPassword: 'Demo-Bündnisnetz-2026!', newPassword: NEW_PASSWORD });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);

    const snackBar = await TestbedHarnessEnvironment.documentRootLoader(fixture).getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('Passwort geändert. Ihre anderen Sitzungen wurden beendet.');
    expect(changes).toBe(1);
    expect(await ((await (await field('Neues Passwort')).getControl(MatInputHarness)) as MatInputHarness).getValue()).toBe('');
    expect(await (await field('Aktuelles Passwort')).getTextErrors()).toEqual([]);
  });
});
