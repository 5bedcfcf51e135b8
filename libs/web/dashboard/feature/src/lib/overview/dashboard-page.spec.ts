import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { DashboardDto } from '@bn/shared/contracts';
import { DashboardPage } from './dashboard-page';

jest.setTimeout(30_000);

const zeroStatus = { INTERESSENT: 0, IN_GRUENDUNG: 0, AKTIV: 0, RUHEND: 0, AUFGELOEST: 0, FUSIONIERT: 0 };
const zeroModes = { TELEFONISCH: 0, VOR_ORT: 0, ONLINE: 0, HYBRID: 0, SCHRIFTLICH: 0 };

const DASHBOARD: DashboardDto = {
  year: 2025,
  countedOn: '2025-11-21',
  scope: 'own',
  keyFigures: { activeAlliances: 1234, newAlliances: 1, partners: 2, deployments: 2, openRequests: 1 },
  alliancesByLand: [
    { landCode: '03', landName: 'Niedersachsen', counts: { ...zeroStatus, AKTIV: 3, RUHEND: 1 } },
    { landCode: '15', landName: 'Sachsen-Anhalt', counts: { ...zeroStatus, RUHEND: 1 } },
  ],
  foundingsByYear: [
    { year: 2023, count: 1 },
    { year: 2024, count: 0 },
    { year: 2025, count: 2 },
  ],
  deploymentsByYear: [
    { year: 2024, counts: { ...zeroModes, TELEFONISCH: 1 } },
    { year: 2025, counts: { ...zeroModes, VOR_ORT: 3, ONLINE: 1 } },
  ],
  handlungsfelder: [
    { id: 'h1', code: 'HF01', name: 'Vereinbarkeit von Familie und Beruf', count: 1, share: 0.25 },
    { id: 'h3', code: 'HF03', name: 'Kinderbetreuung', count: 3, share: 0.75 },
  ],
};

const text = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('DashboardPage', () => {
  it('shows the key figures and, once scrolled into view, the charts with German summaries', async () => {
    TestBed.configureTestingModule({
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(DashboardPage);
    const http = TestBed.inject(HttpTestingController);
    const root = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/dashboard').flush(DASHBOARD);
    await fixture.whenStable();

    expect(text(root.querySelector('.subtitle'))).toBe('Ihre Bündnisse und Einsätze, Stand 21.11.2025');
    expect(Array.from(root.querySelectorAll('.figure')).map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))])).toEqual([
      ['Aktive Bündnisse', '1.234'],
      ['Neu gegründet 2025', '1'],
      ['Bündnispartner', '2'],
      ['Einsätze 2025', '2'],
      ['Offene Anfragen', '1'],
    ]);
    const blocks = await fixture.getDeferBlocks();
    expect(blocks).toHaveLength(4);
    expect(root.querySelectorAll('figure')).toHaveLength(0);
    for (const block of blocks) await block.render(DeferBlockState.Complete);

    expect(Array.from(root.querySelectorAll('figure')).map((f) => [text(f.querySelector('figcaption')), text(f.querySelector('.summary'))])).toEqual([
      ['Bündnisse nach Land und Status', '5 Bündnisse, davon 3 aktiv; die meisten in Niedersachsen (4).'],
      ['Gründungen je Jahr', '3 Gründungen von 2023 bis 2025; die meisten 2025 (2).'],
      ['Einsätze je Jahr nach Modus', '5 Einsätze seit 2024, 4 davon 2025, am häufigsten „Vor Ort“ (3).'],
      ['Handlungsfelder der aktiven Bündnisse', 'Am häufigsten: Kinderbetreuung (75 % der aktiven Bündnisse).'],
    ]);
    http.verify();
  });

  it('says so when the figures cannot be loaded', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController).expectOne('/api/dashboard').flush({ code: 'FORBIDDEN', message: 'Dafür fehlt Ihnen die Berechtigung.' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();
    expect(text((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]'))).toBe(
      'Die Übersicht konnte nicht geladen werden. Dafür fehlt Ihnen die Berechtigung.',
    );
  });
});
