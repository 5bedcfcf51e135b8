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
import { SessionStore } from '@bn/web/account/data-access';
import { apiError, sessionState, settle } from '../../testing/fixtures';
import { groupSecret } from '../shared/totp-enrolment';
import { TotpEnrolmentPage } from './totp-enrolment-page';

@Component({ template: '<p>Start</p>' })
class StartPage {}

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const OTPAUTH = `otpauth://totp/B%C3%BCndnisnetz:frieda?secret=${SECRET}&issuer=B%C3%BCndnisnetz`;
const CODES = ['a1b2-c3d4', 'e5f6-g7h8', 'i9j0-k1l2'];

describe('TotpEnrolmentPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'anmelden/zwei-faktor-einrichten', component: TotpEnrolmentPage },
          { path: '', component: StartPage },
        ]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create('/anmelden/zwei-faktor-einrichten');
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    http.expectOne({ method: 'POST', url: '/api/account/totp/setup' }).flush({ secret: SECRET, otpauthUrl: OTPAUTH });
    await settle(harness.fixture);
  });

  afterEach(() => http.verify());

  function text(selector: string): string {
    return harness.routeNativeElement?.querySelector(selector)?.textContent?.trim() ?? '';
  }

  async function enterCode(code: string): Promise<void> {
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Sicherheitscode' }));
    await ((await field.getControl(MatInputHarness)) as MatInputHarness).setValue(code);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Bestätigen' }))).click();
  }

  it('shows the secret in blocks of four and the otpauth link, with a hint that there is no QR code', async () => {
    expect(text('[data-testid="totp-secret"]')).toBe('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
    const link = await loader.getHarness(MatButtonHarness.with({ text: /In Authenticator-App öffnen/ }));
    expect(await (await link.host()).getAttribute('href')).toBe(OTPAUTH);
    expect(harness.routeNativeElement?.textContent).toContain('Einen QR-Code zum Abscannen kann Bündnisnetz derzeit nicht anzeigen');
  });

  it('shows a wrong code at the code field', async () => {
    await enterCode('111111');
    const enable = http.expectOne({ method: 'POST', url: '/api/account/totp/enable' });
    expect(enable.request.body).toEqual({ code: '111111' });
    enable.flush(apiError('INVALID_TOTP', 'Der Code ist falsch oder abgelaufen.', { code: 'Der Code ist falsch oder abgelaufen.' }), {
      status: 400,
      statusText: 'Bad Request',
    });
    await settle(harness.fixture);

    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Sicherheitscode' }));
    expect(await field.getTextErrors()).toEqual(['Der Code ist falsch oder abgelaufen.']);
  });

  it('rejects a code that is not six digits without asking the server', async () => {
    await enterCode('12ab');
    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Sicherheitscode' }));
    expect(await field.getTextErrors()).toEqual(['Bitte geben Sie die sechs Ziffern aus Ihrer Authenticator-App ein.']);
    http.expectNone('/api/account/totp/enable');
  });

  it('shows the recovery codes once, then loads the completed session and continues to the start page', async () => {
    await enterCode('123456');
    http.expectOne('/api/account/totp/enable').flush({ recoveryCodes: CODES });
    await settle(harness.fixture);

    const items = harness.routeNativeElement?.querySelectorAll('ol[aria-label="Wiederherstellungscodes"] li');
    const listed = Array.from(items ?? [], (li) => li.textContent?.trim());
    expect(listed).toEqual(CODES);

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Ich habe die Codes gespeichert' }))).click();
    http.expectOne({ method: 'GET', url: '/api/auth/me' }).flush(sessionState());
    await settle(harness.fixture);

    expect(TestBed.inject(SessionStore).isSignedIn()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/');
  });
});

describe('groupSecret', () => {
  it('groups by four and ignores spaces', () => {
    expect(groupSecret('ABCD EFGH IJ')).toBe('ABCD EFGH IJ');
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
