import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import type { Role, WorkflowSubjectKind, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { ConfirmService } from '@bn/web/ui';
import { WorkflowActions } from './workflow-actions';

@Component({
  imports: [WorkflowActions],
  template: `<bn-workflow-actions
    [subject]="subject()"
    subjectId="r1"
    [version]="3"
    [status]="status()"
    [role]="role()"
    [layout]="layout()"
    recordLabel="Bündnis Merzig"
    [showEmpty]="true"
    (transitioned)="results.push($event)"
    (reloadRequested)="reloads = reloads + 1"
  />`,
})
class Host {
  readonly subject = signal<WorkflowSubjectKind>('REQUEST');
  readonly status = signal('EINGEGANGEN');
  readonly role = signal<Role | null>('FACHBERATUNG');
  readonly layout = signal<'buttons' | 'menu'>('buttons');
  results: WorkflowTransitionResultDto[] = [];
  reloads = 0;
}

function result(status: string): WorkflowTransitionResultDto {
  return {
    subjectId: 'r1',
    status,
    version: 4,
    transition: { id: 't1', subjectType: 'REQUEST', subjectId: 'r1', fromStatus: 'EINGEGANGEN', toStatus: status, actorId: 'u1', actor: 'Test', note: null, occurredAt: '2026-11-20T10:00:00.000Z' },
  };
}

describe('WorkflowActions', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
  let root: HarnessLoader;
  let http: HttpTestingController;
  const confirmService = { confirm: jest.fn(), confirmReloadAfterConflict: jest.fn() };

  function setup(init: (host: Host) => void = () => undefined) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: ConfirmService, useValue: confirmService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    init(fixture.componentInstance);
    loader = TestbedHarnessEnvironment.loader(fixture);
    root = TestbedHarnessEnvironment.documentRootLoader(fixture);
  }

  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const buttonTexts = async () => Promise.all((await loader.getAllHarnesses(MatButtonHarness)).map((b) => b.getText()));

  afterEach(() => {
    http.verify();
    jest.clearAllMocks();
  });

  it('offers the Fachberatung the manual next steps of a new request', async () => {
    setup();
    await settle();
    expect((await buttonTexts()).map((t) => t.replace(/^(arrow_forward|block)/, ''))).toEqual(['Zu „In Klärung“', 'Zu „Matching“', 'Zu „Storniert“', 'Zu „Verschoben“']);
  });

  it('offers a coordinator only the withdrawal and a Leitung nothing', async () => {
    setup((host) => host.role.set('KOORDINATION'));
    await settle();
    expect((await buttonTexts()).map((t) => t.replace(/^(arrow_forward|block)/, ''))).toEqual(['Zu „Storniert“']);
    fixture.componentInstance.role.set('LEITUNG');
    await settle();
    expect(await buttonTexts()).toEqual([]);
    expect(fixture.nativeElement.textContent).toContain('Für Sie ist hier gerade kein Statuswechsel möglich.');
  });

  it('sends a plain step with an optional note and emits the result', async () => {
    setup();
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /In Klärung/ }))).click();
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Status ändern zu „In Klärung“');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/requests/r1/transitions' });
    expect(post.request.body).toEqual({ to: 'IN_KLAERUNG', version: 3, note: null });
    post.flush(result('IN_KLAERUNG'));
    await settle();
    expect(fixture.componentInstance.results.map((r) => r.status)).toEqual(['IN_KLAERUNG']);
    expect(await root.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
  });

  it('asks for a reason before a side exit and sends it', async () => {
    setup();
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Storniert/ }))).click();
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    const field = await dialog.getHarness(MatFormFieldHarness.with({ floatingLabelText: /Begründung/ }));
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    http.expectNone({ method: 'POST', url: '/api/requests/r1/transitions' });
    expect(await field.getTextErrors()).toEqual(['Bitte geben Sie eine Begründung an.']);

    await (await field.getControl(MatInputHarness))?.setValue('   ');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    http.expectNone({ method: 'POST', url: '/api/requests/r1/transitions' });

    await (await field.getControl(MatInputHarness))?.setValue('Das Bündnis hat die Anfrage zurückgezogen.');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    const post = http.expectOne({ method: 'POST', url: '/api/requests/r1/transitions' });
    expect(post.request.body).toEqual({ to: 'STORNIERT', version: 3, note: 'Das Bündnis hat die Anfrage zurückgezogen.' });
    post.flush(result('STORNIERT'));
    await settle();
    expect(fixture.componentInstance.results.map((r) => r.status)).toEqual(['STORNIERT']);
  });

  it('shows a refusal in the dialog and offers a reload after a version conflict', async () => {
    setup((host) => {
      host.subject.set('DEPLOYMENT');
      host.status.set('ZUGEWIESEN');
      host.role.set('MENTOR');
    });
    await settle();
    await (await loader.getHarness(MatButtonHarness.with({ text: /Terminiert/ }))).click();
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/deployments/r1/transitions' })
      .flush({ code: 'DEPLOYMENT_SESSION_REQUIRED', message: 'Tragen Sie zuerst mindestens einen Termin ein; dann ist der Einsatz terminiert.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(document.querySelector('bn-transition-dialog [role="alert"]')?.textContent).toContain('Tragen Sie zuerst mindestens einen Termin ein');
    expect(fixture.componentInstance.results).toEqual([]);

    confirmService.confirmReloadAfterConflict.mockResolvedValue(true);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    http
      .expectOne({ method: 'POST', url: '/api/deployments/r1/transitions' })
      .flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(confirmService.confirmReloadAfterConflict).toHaveBeenCalled();
    expect(fixture.componentInstance.reloads).toBe(1);
  });

  it('offers the steps in a "Status ändern" menu reachable by keyboard', async () => {
    setup((host) => host.layout.set('menu'));
    await settle();
    const trigger = await loader.getHarness(MatButtonHarness.with({ text: /Status ändern/ }));
    expect(await (await trigger.host()).getAttribute('aria-label')).toBe('Status ändern: Bündnis Merzig');
    // A native button: reachable with Tab and opened with Enter or Space (no drag and drop).
    expect((await (await trigger.host()).getProperty<string>('tagName')).toLowerCase()).toBe('button');
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.open();
    await settle();
    expect(await menu.isOpen()).toBe(true);
    const items = await menu.getItems();
    expect(await Promise.all(items.map((i) => i.getText()))).toEqual(['Zu „In Klärung“', 'Zu „Matching“', 'Zu „Storniert“', 'Zu „Verschoben“']);
    await menu.clickItem({ text: 'Zu „Matching“' });
    await settle();
    const dialog = await root.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Status ändern' }))).click();
    await settle();
    expect(http.expectOne({ method: 'POST', url: '/api/requests/r1/transitions' }).request.body).toMatchObject({ to: 'MATCHING' });
  });
});
