import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatMenuHarness } from '@angular/material/menu/testing';
import type { ExportFormat } from '@bn/shared/contracts';
import type { DownloadedFile } from '@bn/web/util';
import { Subject } from 'rxjs';
import { ExportMenu } from './export-menu';

const requests: { format: ExportFormat; answer: Subject<DownloadedFile> }[] = [];

@Component({
  imports: [ExportMenu],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bn-export-menu subject="Bündnisse" [download]="download" />`,
})
class Host {
  readonly download = (format: ExportFormat) => {
    const answer = new Subject<DownloadedFile>();
    requests.push({ format, answer });
    return answer;
  };
}

describe('ExportMenu', () => {
  let clicked: HTMLAnchorElement[];

  beforeEach(() => {
    requests.length = 0;
    clicked = [];
    Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:x'), revokeObjectURL: jest.fn() });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    return { fixture, loader, element: fixture.nativeElement as HTMLElement };
  }

  it('offers XLSX and CSV under a named button', async () => {
    const { loader, element } = await render();
    const menu = await loader.getHarness(MatMenuHarness);
    expect(await menu.getTriggerText()).toContain('Exportieren');
    expect(element.querySelector('button')?.getAttribute('aria-label')).toBe('Bündnisse exportieren');
    await menu.open();
    const items = await menu.getItems();
    expect(await Promise.all(items.map((item) => item.getText()))).toEqual(['Excel (XLSX)', 'CSV']);
  });

  it('shows progress while the file is made, then saves it under the server name', async () => {
    const { fixture, loader, element } = await render();
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.clickItem({ text: 'Excel (XLSX)' });
    expect(requests.map((r) => r.format)).toEqual(['xlsx']);
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Export wird erstellt …');
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    expect(await menu.isDisabled()).toBe(true);

    requests[0].answer.next({ blob: new Blob(['x']), fileName: 'buendnisse_2026-01-05.xlsx' });
    requests[0].answer.complete();
    await fixture.whenStable();
    expect(clicked.map((link) => link.download)).toEqual(['buendnisse_2026-01-05.xlsx']);
    expect(element.querySelector('mat-progress-bar')).toBeNull();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Export heruntergeladen: buendnisse_2026-01-05.xlsx');
    expect(await menu.isDisabled()).toBe(false);
  });

  it('shows an error when the export fails', async () => {
    const { fixture, loader, element } = await render();
    const menu = await loader.getHarness(MatMenuHarness);
    await menu.clickItem({ text: 'CSV' });
    // (HTTP errors with the API's message are mapped by toApiError; web-ui may not import the HTTP client.)
    requests[0].answer.error(new Error('boom'));
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'Der Export ist fehlgeschlagen. Ein unerwarteter Fehler ist aufgetreten. Bitte laden Sie die Seite neu.',
    );
    expect(clicked).toHaveLength(0);
    expect(await menu.isDisabled()).toBe(false);
  });
});
