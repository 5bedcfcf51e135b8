import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatRadioButtonHarness } from '@angular/material/radio/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideGermanDates } from '@bn/web/util';
import { LAENDER, run } from '../testing/fixtures';
import { CreateReportDialog, PERIOD_ORDER_MESSAGE } from './create-report-dialog';

describe('CreateReportDialog', () => {
  let http: HttpTestingController;
  let close: jest.Mock;

  async function render() {
    close = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideGermanDates(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: MatDialogRef, useValue: { close } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CreateReportDialog);
    http.expectOne('/api/reference/laender').flush(LAENDER);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, loader, element: fixture.nativeElement as HTMLElement };
  }

  async function field(loader: Awaited<ReturnType<typeof render>>['loader'], label: string) {
    return loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function setDate(loader: Awaited<ReturnType<typeof render>>['loader'], name: string, value: string) {
    const input = await loader.getHarness(MatInputHarness.with({ selector: `[formControlName="${name}"]` }));
    await input.setValue(value);
    await input.blur();
  }

  afterEach(() => http.verify());

  it('asks for every required field in German and sends nothing', async () => {
    const { loader } = await render();
    await setDate(loader, 'periodFrom', '');
    await setDate(loader, 'periodTo', '');
    await setDate(loader, 'referenceDate', '');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Bericht erstellen' }))).click();

    for (const label of ['Zeitraum von', 'Zeitraum bis', 'Stichtag']) {
      expect(await (await field(loader, label)).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    }
    http.expectNone('/api/reports/runs');
    expect(close).not.toHaveBeenCalled();
  });

  it('rejects a period that ends before it starts and a mistyped date', async () => {
    const { loader } = await render();
    await setDate(loader, 'periodFrom', '01.07.2025');
    await setDate(loader, 'periodTo', '30.06.2025');
    await setDate(loader, 'referenceDate', '31.13.2025');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Bericht erstellen' }))).click();
    expect(await (await field(loader, 'Zeitraum bis')).getTextErrors()).toEqual([PERIOD_ORDER_MESSAGE]);
    expect(await (await field(loader, 'Stichtag')).getTextErrors()).toEqual(['Bitte geben Sie ein Datum im Format TT.MM.JJJJ an.']);

    // Moving the start fixes the end's error too.
    await setDate(loader, 'periodFrom', '01.01.2025');
    expect(await (await field(loader, 'Zeitraum bis')).getTextErrors()).toEqual([]);
    http.expectNone('/api/reports/runs');
  });

  it('starts a Mentoring-Bericht for some Länder and closes with the new run', async () => {
    const { loader } = await render();
    await (await loader.getHarness(MatRadioButtonHarness.with({ label: 'Mentoring-Bericht' }))).check();
    await setDate(loader, 'periodFrom', '01.01.2025');
    await setDate(loader, 'periodTo', '30.06.2025');
    await setDate(loader, 'referenceDate', '30.06.2025');
    const laender = await loader.getHarness(MatSelectHarness.with({ selector: '[formControlName="laender"]' }));
    await laender.open();
    await laender.clickOptions({ text: 'Bayern' });
    await laender.clickOptions({ text: 'Niedersachsen' });
    await laender.close();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Bericht erstellen' }))).click();

    const request = http.expectOne('/api/reports/runs');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      type: 'MENTORING_BERICHT', periodFrom: '2025-01-01', periodTo: '2025-06-30', referenceDate: '2025-06-30', laender: ['03', '09'],
    });
    const created = run({ id: 'r9', type: 'MENTORING_BERICHT', jobState: 'WARTEND', progress: 0 });
    request.flush(created, { status: 202, statusText: 'Accepted' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(close).toHaveBeenCalledWith(created);
  });

  it('shows the API field messages at the fields', async () => {
    const { loader } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Bericht erstellen' }))).click();
    http.expectOne('/api/reports/runs').flush(
      { code: 'REPORT_PERIOD_INVALID', message: 'Ungültig.', fields: { periodTo: 'Das Ende des Zeitraums darf nicht vor dessen Beginn liegen.' } },
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    expect(await (await field(loader, 'Zeitraum bis')).getTextErrors()).toEqual(['Das Ende des Zeitraums darf nicht vor dessen Beginn liegen.']);
    expect(close).not.toHaveBeenCalled();
  });
});
