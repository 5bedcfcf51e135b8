import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideRouter } from '@angular/router';
import { ParticipantsSection } from './participants-section';
import { eventDetail } from '../testing/fixtures';

describe('ParticipantsSection', () => {
  async function render(canEdit = true) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    const fixture = TestBed.createComponent(ParticipantsSection);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.componentRef.setInput('participants', eventDetail().participants);
    fixture.componentRef.setInput('canEdit', canEdit);
    let reloads = 0;
    fixture.componentInstance.reload.subscribe(() => reloads++);
    await fixture.whenStable();
    return {
      fixture,
      http: TestBed.inject(HttpTestingController),
      loader: TestbedHarnessEnvironment.loader(fixture),
      rootLoader: TestbedHarnessEnvironment.documentRootLoader(fixture),
      reloads: () => reloads,
    };
  }

  const settle = async (fixture: { whenStable(): Promise<unknown> }) => {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  it('lists participants in a table with their attendance', async () => {
    const { loader } = await render();
    const table = await loader.getHarness(MatTableHarness.with({ selector: '[aria-label="Teilnehmende"]' }));
    const cells = await table.getCellTextByColumnName();
    expect(cells['name'].text).toEqual(['Jobcenter Börde', 'Erika Beispiel']);
    expect((await table.getHeaderRows()).length).toBe(1);
    const selects = await loader.getAllHarnesses(MatSelectHarness.with({ ancestor: 'table' }));
    expect(await Promise.all(selects.map((select) => select.getValueText()))).toEqual(['Angemeldet', 'Teilgenommen']);
  });

  it('saves a changed attendance with the version it read', async () => {
    const { fixture, http, loader } = await render();
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[aria-label="Teilnahme von Jobcenter Börde"]' }));
    await select.open();
    await select.clickOptions({ text: 'Teilgenommen' });

    const request = http.expectOne({ method: 'PUT', url: '/api/events/e1/participants/p1' });
    expect(request.request.body).toEqual({ attendance: 'TEILGENOMMEN', version: 2 });
    request.flush({ ...eventDetail().participants[0], attendance: 'TEILGENOMMEN', version: 3 });
    await settle(fixture);
    // The saved row is rendered anew (with its new version).
    const saved = await loader.getHarness(MatSelectHarness.with({ selector: '[aria-label="Teilnahme von Jobcenter Börde"]' }));
    expect(await saved.getValueText()).toBe('Teilgenommen');

    await saved.open();
    await saved.clickOptions({ text: 'Entschuldigt' });
    expect(http.expectOne({ method: 'PUT', url: '/api/events/e1/participants/p1' }).request.body).toEqual({ attendance: 'ENTSCHULDIGT', version: 3 });
  });

  it('on a 409 restores the stored value and offers to reload the event', async () => {
    const { fixture, http, loader, rootLoader, reloads } = await render();
    const select = await loader.getHarness(MatSelectHarness.with({ selector: '[aria-label="Teilnahme von Jobcenter Börde"]' }));
    await select.open();
    await select.clickOptions({ text: 'Nicht erschienen' });
    http
      .expectOne({ method: 'PUT', url: '/api/events/e1/participants/p1' })
      .flush({ code: 'VERSION_CONFLICT', message: 'Geändert.' }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    const dialog = await rootLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Aktuellen Stand laden' }))).click();
    await settle(fixture);
    expect(reloads()).toBe(1);
    const restored = await loader.getHarness(MatSelectHarness.with({ selector: '[aria-label="Teilnahme von Jobcenter Börde"]' }));
    expect(await restored.getValueText()).toBe('Angemeldet');
  });

  it('shows attendance as text and icon to those who may not change it', async () => {
    const { fixture, loader } = await render(false);
    expect(await loader.getAllHarnesses(MatSelectHarness)).toHaveLength(0);
    const chips = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('bn-status-chip')).map((chip) => chip.textContent?.trim());
    expect(chips).toEqual(['infoAngemeldet', 'check_circleTeilgenommen']);
  });
});
