import { Component, Injector, inject } from '@angular/core';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import type { Role } from '@bn/shared/contracts';
import { detail, testProviders, wait } from '../testing/test-helpers';
import { AllianceStatusDialog, StatusDialogData, StatusDialogResult } from './status-dialog';

/** Opens the dialog the way the detail page does (with the opener's injector). */
@Component({ selector: 'bn-dialog-opener', template: '' })
class Opener {
  readonly dialog = inject(MatDialog);
  readonly injector = inject(Injector);
}

// Harness tests are slow on a shared 2-core machine.
jest.setTimeout(30_000);

describe('AllianceStatusDialog', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<Opener>;
  let root: HarnessLoader;
  let result: StatusDialogResult | undefined | 'open';
  const alliance = detail({ status: 'AKTIV', version: 7 });

  async function open(mode: StatusDialogData['mode'], role: Role = mode === 'request' ? 'KOORDINATION' : 'FACHBERATUNG'): Promise<MatDialogHarness> {
    TestBed.configureTestingModule({ providers: testProviders(role) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Opener);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    result = 'open';
    fixture.componentInstance.dialog
      .open<AllianceStatusDialog, StatusDialogData, StatusDialogResult>(AllianceStatusDialog, {
        data: { alliance, mode },
        injector: fixture.componentInstance.injector,
      })
      .afterClosed()
      .subscribe((value) => (result = value));
    await fixture.whenStable();
    return root.getHarness(MatDialogHarness);
  }

  async function field(dialog: MatDialogHarness, label: string | RegExp): Promise<MatFormFieldHarness> {
    return dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  }

  async function chooseStatus(dialog: MatDialogHarness, label: string | RegExp, option: string): Promise<void> {
    const select = (await (await field(dialog, label)).getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    await select.clickOptions({ text: option });
  }

  async function typeReason(dialog: MatDialogHarness, text: string): Promise<void> {
    const input = (await (await field(dialog, 'Begründung')).getControl(MatInputHarness)) as MatInputHarness;
    await input.setValue(text);
  }

  async function submit(dialog: MatDialogHarness, label: string): Promise<void> {
    await (await dialog.getHarness(MatButtonHarness.with({ text: label }))).click();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('offers only the transitions allowed from the current status', async () => {
    const dialog = await open('transition');
    expect(await dialog.getTitleText()).toBe('Status ändern');
    const select = (await (await field(dialog, 'Neuer Status')).getControl(MatSelectHarness)) as MatSelectHarness;
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual(['Ruhend', 'Aufgelöst', 'Fusioniert']);
  });

  it('needs a status and a reason, then records the change with the version read', async () => {
    const dialog = await open('transition');
    expect(await (await field(dialog, 'Begründung')).getTextHints()).toEqual(['Bitte keine sensiblen personenbezogenen Daten eintragen.']);
    await submit(dialog, 'Status ändern');
    expect(await (await field(dialog, 'Neuer Status')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    expect(await (await field(dialog, 'Begründung')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    http.expectNone(`/api/alliances/${alliance.id}/status-transitions`);

    await chooseStatus(dialog, 'Neuer Status', 'Ruhend');
    await typeReason(dialog, '  Seit einem Jahr keine Treffen mehr ');
    await submit(dialog, 'Status ändern');
    const post = http.expectOne({ method: 'POST', url: `/api/alliances/${alliance.id}/status-transitions` });
    expect(post.request.body).toEqual({ toStatus: 'RUHEND', reason: 'Seit einem Jahr keine Treffen mehr', changedOn: null, mergedIntoId: null, version: 7 });
    post.flush({ alliance: { ...alliance, status: 'RUHEND' }, statusChange: {}, warnings: [] });
    await fixture.whenStable();
    await wait(0);
    expect(result).toEqual({ message: 'Der Status wurde in „Ruhend“ geändert.' });
  });

  it('asks for the receiving alliance of a merger', async () => {
    const dialog = await open('transition');
    await chooseStatus(dialog, 'Neuer Status', 'Fusioniert');
    await typeReason(dialog, 'Zusammenschluss mit dem Nachbarbündnis');
    await submit(dialog, 'Status ändern');
    expect(await (await field(dialog, 'Aufnehmendes Bündnis')).getTextErrors()).toEqual(['Dieses Feld ist ein Pflichtfeld.']);
    http.expectNone(`/api/alliances/${alliance.id}/status-transitions`);
  });

  it('shows a refused transition at the status field', async () => {
    const dialog = await open('transition');
    await chooseStatus(dialog, 'Neuer Status', 'Aufgelöst');
    await typeReason(dialog, 'Aufgelöst laut Protokoll');
    await submit(dialog, 'Status ändern');
    http
      .expectOne(`/api/alliances/${alliance.id}/status-transitions`)
      .flush(
        { code: 'ALLIANCE_TRANSITION_NOT_ALLOWED', message: 'Nicht möglich.', fields: { toStatus: 'Von „Ruhend“ aus ist dieser Wechsel nicht möglich.' } },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(await (await field(dialog, 'Neuer Status')).getTextErrors()).toEqual(['Von „Ruhend“ aus ist dieser Wechsel nicht möglich.']);
    expect(result).toBe('open');
  });

  it('offers a reload when someone else changed the alliance (409)', async () => {
    const dialog = await open('transition');
    await chooseStatus(dialog, 'Neuer Status', 'Ruhend');
    await typeReason(dialog, 'Pause');
    await submit(dialog, 'Status ändern');
    http
      .expectOne(`/api/alliances/${alliance.id}/status-transitions`)
      .flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    const dialogs = await root.getAllHarnesses(MatDialogHarness);
    const conflict = dialogs[dialogs.length - 1];
    expect(await conflict.getTitleText()).toBe('Datensatz wurde inzwischen geändert');
    await (await conflict.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await fixture.whenStable();
    await wait(0);
    expect(result).toEqual({ message: null });
  });

  it('lets a coordinator request a change and shows why the Fachberatung refused a second one', async () => {
    const dialog = await open('request');
    expect(await dialog.getTitleText()).toBe('Statusänderung beantragen');
    expect(await dialog.getAllHarnesses(MatFormFieldHarness.with({ floatingLabelText: 'Datum der Änderung' }))).toHaveLength(0);
    await chooseStatus(dialog, 'Gewünschter Status', 'Ruhend');
    await typeReason(dialog, 'Die Koordinatorin geht in Elternzeit.');
    await submit(dialog, 'Antrag senden');
    const post = http.expectOne({ method: 'POST', url: `/api/alliances/${alliance.id}/status-requests` });
    expect(post.request.body).toEqual({ requestedStatus: 'RUHEND', reason: 'Die Koordinatorin geht in Elternzeit.' });
    post.flush(
      { code: 'STATUS_REQUEST_OPEN', message: 'Für dieses Bündnis gibt es bereits einen offenen Antrag auf Statusänderung.' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(await (await dialog.host()).text()).toContain('Für dieses Bündnis gibt es bereits einen offenen Antrag auf Statusänderung.');
    expect(document.querySelector('mat-dialog-container [role="alert"]')?.textContent).toContain('bereits einen offenen Antrag');
    expect(result).toBe('open');
  });
});
