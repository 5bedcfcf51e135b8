import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import type { Role } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { FB_USER, apiError, sessionState, settle } from '../../testing/fixtures';
import { TotpSettings } from './totp-settings';

describe('TotpSettings', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<TotpSettings>;
  let loader: HarnessLoader;
  let root: HarnessLoader;

  async function render(role: Role, totpEnabled: boolean): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(SessionStore).reload();
    http.expectOne('/api/auth/me').flush(sessionState({ user: { ...FB_USER, role, totpEnabled } }));
    await loading;
    fixture = TestBed.createComponent(TotpSettings);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  async function enterCodeInDialog(code: string, confirmLabel: string): Promise<void> {
    const dialog = await root.getHarness(MatDialogHarness);
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Sicherheitscode' }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(code);
    await (await dialog.getHarness(MatButtonHarness.with({ text: confirmLabel }))).click();
  }

  it('tells a Fachberatung that TOTP cannot be switched off, and renews recovery codes with a current code', async () => {
    await render('FACHBERATUNG', true);
    expect(fixture.nativeElement.textContent).toContain('Eingerichtet');
    expect(fixture.nativeElement.textContent).toContain('vorgeschrieben');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Zwei-Faktor-Anmeldung abschalten' }))).toHaveLength(0);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Neue Wiederherstellungscodes erzeugen' }))).click();
    expect(await (await root.getHarness(MatDialogHarness)).getTitleText()).toBe('Neue Wiederherstellungscodes erzeugen');
    await enterCodeInDialog('999999', 'Codes erzeugen');
    http
      .expectOne('/api/account/recovery-codes')
      .flush(apiError('INVALID_TOTP', 'Der Code ist falsch oder abgelaufen.', { code: 'Der Code ist falsch oder abgelaufen.' }), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle(fixture);
    const field = await (await root.getHarness(MatDialogHarness)).getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Sicherheitscode' }));
    expect(await field.getTextErrors()).toEqual(['Der Code ist falsch oder abgelaufen.']);

    await enterCodeInDialog('123456', 'Codes erzeugen');
    const renew = http.expectOne({ method: 'POST', url: '/api/account/recovery-codes' });
    expect(renew.request.body).toEqual({ code: '123456' });
    renew.flush({ recoveryCodes: ['neu1-neu1', 'neu2-neu2'] });
    await settle(fixture);

    expect(await root.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(fixture.nativeElement.querySelectorAll('ol[aria-label="Wiederherstellungscodes"] li')).toHaveLength(2);
  });

  it('lets a coordinator switch TOTP off with a current code', async () => {
    await render('KOORDINATION', true);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Zwei-Faktor-Anmeldung abschalten' }))).click();
    await enterCodeInDialog('123456', 'Abschalten');
    const disable = http.expectOne({ method: 'POST', url: '/api/account/totp/disable' });
    expect(disable.request.body).toEqual({ code: '123456' });
    disable.flush(null, { status: 204, statusText: 'No Content' });
    await settle(fixture);
    http.expectOne('/api/auth/me').flush(sessionState({ user: { ...FB_USER, role: 'KOORDINATION', totpEnabled: false } }));
    await settle(fixture);

    expect(fixture.nativeElement.textContent).toContain('Nicht eingerichtet');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Zwei-Faktor-Anmeldung einrichten' }))).toHaveLength(1);
  });
});
