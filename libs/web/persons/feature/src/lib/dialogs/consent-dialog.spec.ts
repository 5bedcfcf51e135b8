import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDatepickerInputHarness } from '@angular/material/datepicker/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideGermanDates } from '@bn/web/util';
import { PERSON_ID, consent } from '../testing/test-support';
import { ConsentDialog, ConsentDialogData } from './consent-dialog';
import { WriteDialogResult } from './dialog-support';
import { WithdrawConsentDialog, WithdrawConsentDialogData } from './withdraw-consent-dialog';

@Component({ selector: 'bn-host', template: '' })
class Host {}

describe('consent dialogs', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let loader: HarnessLoader;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  });

  afterEach(() => http.verify());

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Collects how the dialog ended. */
  function resultOf(ref: MatDialogRef<unknown, WriteDialogResult>): { value?: WriteDialogResult; isClosed: boolean } {
    const result: { value?: WriteDialogResult; isClosed: boolean } = { isClosed: false };
    ref.afterClosed().subscribe((value) => Object.assign(result, { value, isClosed: true }));
    return result;
  }

  describe('ConsentDialog ("Einwilligung erfassen")', () => {
    async function openDialog() {
      const data: ConsentDialogData = { personId: PERSON_ID, personName: 'Frau Dr. Erika Beispiel' };
      const ref = TestBed.inject(MatDialog).open<ConsentDialog, ConsentDialogData, WriteDialogResult>(ConsentDialog, { data });
      const result = resultOf(ref);
      const dialog = await loader.getHarness(MatDialogHarness);
      return { dialog, result };
    }

    const field = (dialog: MatDialogHarness, label: string) => dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
    const submit = async (dialog: MatDialogHarness) => (await dialog.getHarness(MatButtonHarness.with({ text: 'Einwilligung speichern' }))).click();

    it('has a title and asks for purpose, date and text version', async () => {
      const { dialog } = await openDialog();
      expect(await dialog.getTitleText()).toBe('Einwilligung erfassen');
      const date = await dialog.getHarness(MatDatepickerInputHarness);
      expect(await date.getValue()).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    });

    it('shows the validation messages and sends nothing while the form is incomplete', async () => {
      const { dialog, result } = await openDialog();
      await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('');
      await submit(dialog);
      expect(await (await field(dialog, 'Zweck')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
      expect(await (await field(dialog, 'Erteilt am')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
      expect(await (await field(dialog, 'Version des Einwilligungstextes')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
      http.expectNone(`/api/persons/${PERSON_ID}/consents`);
      expect(result.isClosed).toBe(false);
    });

    it('records the consent with the ISO date and closes as saved', async () => {
      const { dialog, result } = await openDialog();
      const purpose = await dialog.getHarness(MatSelectHarness);
      await purpose.open();
      await purpose.clickOptions({ text: 'Galerie der Aktiven (Profil/Foto)' });
      await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('15.03.2025');
      await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="textVersion"]' }))).setValue(' Galerie 2025-01 ');
      await submit(dialog);

      const request = http.expectOne({ method: 'POST', url: `/api/persons/${PERSON_ID}/consents` });
      expect(request.request.body).toEqual({ purpose: 'GALERIE', grantedOn: '2025-03-15', textVersion: 'Galerie 2025-01' });
      request.flush(consent({ purpose: 'GALERIE' }));
      await settle();
      expect(result).toEqual({ value: 'saved', isClosed: true });
    });

    it('shows a server field error at its field and a conflict message in the dialog', async () => {
      const { dialog, result } = await openDialog();
      const purpose = await dialog.getHarness(MatSelectHarness);
      await purpose.open();
      await purpose.clickOptions({ text: 'Newsletter' });
      await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName="textVersion"]' }))).setValue('Newsletter 2024-03');

      await submit(dialog);
      http.expectOne(`/api/persons/${PERSON_ID}/consents`).flush(
        { code: 'DATE_IN_FUTURE', message: 'Die Eingaben sind ungültig.', fields: { grantedOn: 'Das Datum darf nicht in der Zukunft liegen.' } },
        { status: 400, statusText: 'Bad Request' },
      );
      await settle();
      expect(await (await field(dialog, 'Erteilt am')).getTextErrors()).toEqual(['Das Datum darf nicht in der Zukunft liegen.']);

      await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('01.03.2024');
      await submit(dialog);
      http.expectOne(`/api/persons/${PERSON_ID}/consents`).flush(
        { code: 'CONSENT_ALREADY_ACTIVE', message: 'Für diesen Zweck liegt bereits eine aktive Einwilligung mit dieser Textversion vor.' },
        { status: 409, statusText: 'Conflict' },
      );
      await settle();
      const alert = document.querySelector('bn-consent-dialog [role="alert"]');
      expect(alert?.textContent).toContain('Für diesen Zweck liegt bereits eine aktive Einwilligung');
      expect(result.isClosed).toBe(false);
    });

    it('closes without a request on "Abbrechen"', async () => {
      const { dialog, result } = await openDialog();
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Abbrechen' }))).click();
      await settle();
      expect(result.isClosed).toBe(true);
      expect(result.value).toBeFalsy();
    });
  });

  describe('WithdrawConsentDialog ("Widerrufen")', () => {
    async function openDialog() {
      const data: WithdrawConsentDialogData = { personId: PERSON_ID, consent: consent() };
      const ref = TestBed.inject(MatDialog).open<WithdrawConsentDialog, WithdrawConsentDialogData, WriteDialogResult>(WithdrawConsentDialog, { data });
      return { dialog: await loader.getHarness(MatDialogHarness), result: resultOf(ref) };
    }

    it('asks for confirmation, names the consent and sends the withdrawal date', async () => {
      const { dialog, result } = await openDialog();
      expect(await dialog.getTitleText()).toBe('Einwilligung widerrufen?');
      expect(await dialog.getContentText()).toContain('„Newsletter“ (Textversion Newsletter 2024-03, erteilt am 01.03.2024)');
      await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('02.04.2025');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Widerrufen' }))).click();

      const request = http.expectOne({ method: 'POST', url: `/api/persons/${PERSON_ID}/consents/c-1/withdraw` });
      expect(request.request.body).toEqual({ withdrawnOn: '2025-04-02' });
      request.flush(consent({ withdrawnOn: '2025-04-02', isActive: false }));
      await settle();
      expect(result).toEqual({ value: 'saved', isClosed: true });
    });

    it('refuses a date before the consent was granted', async () => {
      const { dialog, result } = await openDialog();
      await (await dialog.getHarness(MatDatepickerInputHarness)).setValue('01.01.2024');
      await (await dialog.getHarness(MatButtonHarness.with({ text: 'Widerrufen' }))).click();
      const error = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: 'Widerrufen am' }));
      expect(await error.getTextErrors()).toEqual(['Das Datum liegt zu früh.']);
      http.expectNone(`/api/persons/${PERSON_ID}/consents/c-1/withdraw`);
      expect(result.isClosed).toBe(false);
    });
  });
});
