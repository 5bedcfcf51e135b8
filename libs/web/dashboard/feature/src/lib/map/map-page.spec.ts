import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, DeferBlockBehavior, DeferBlockState, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideRouter } from '@angular/router';
import type { AllianceMapDto, AllianceMapPointDto } from '@bn/shared/contracts';
import { MapPage } from './map-page';
import { projectToMap, shadeClasses } from './map-geometry';

jest.setTimeout(30_000);


const point = (id: string, name: string, status: AllianceMapPointDto['status'], extra: Partial<AllianceMapPointDto> = {}): AllianceMapPointDto => ({
  id,
  name,
  code: `LBF-${id}`,
  status,
  landCode: '03',
  landName: 'Niedersachsen',
  municipalityName: 'Northeim',
  latitude: 51.7,
  longitude: 10.0,
  ...extra,
});

const LANDS = [
  { landCode: '03', landName: 'Niedersachsen', activeAlliances: 8 },
  { landCode: '09', landName: 'Bayern', activeAlliances: 2 },
];
const HANDLUNGSFELDER = [
  { id: 'hf-01', code: 'HF01', name: 'Vereinbarkeit von Familie und Beruf' },
  { id: 'hf-03', code: 'HF03', name: 'Kinderbetreuung' },
];
const ALL: AllianceMapDto = {
  points: [
    point('a1', 'Lokales Bündnis für Familie Northeim', 'AKTIV'),
    point('a2', 'Bündnis für Familie Haldensleben', 'RUHEND', { landCode: '15', landName: 'Sachsen-Anhalt', municipalityName: 'Haldensleben', latitude: 52.29, longitude: 11.41 }),
    point('a3', 'Familienbündnis ohne Ort', 'AKTIV', { municipalityName: null, latitude: null, longitude: null }),
  ],
  lands: LANDS,
  handlungsfelder: HANDLUNGSFELDER,
};

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('MapPage', () => {
  let fixture: ComponentFixture<MapPage>;
  let http: HttpTestingController;
  let root: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      deferBlockBehavior: DeferBlockBehavior.Manual,
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    fixture = TestBed.createComponent(MapPage);
    http = TestBed.inject(HttpTestingController);
    root = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/map/alliances').flush(ALL);
    await fixture.whenStable();
    for (const block of await fixture.getDeferBlocks()) await block.render(DeferBlockState.Complete);
  });

  afterEach(() => http.verify());

  const listNames = (): string[] => Array.from(root.querySelectorAll('table.alliance-list tbody th')).map(text);
  const markerIds = (): string[] => Array.from(root.querySelectorAll('circle.alliance')).map((c) => c.getAttribute('data-id') ?? '');

  it('draws the 16 Länder, a point per placed alliance, and lists every alliance', () => {
    expect(root.querySelectorAll('path.land')).toHaveLength(16);
    expect(markerIds()).toEqual(['a1', 'a2']);
    expect(listNames()).toEqual(['Lokales Bündnis für Familie Northeim', 'Bündnis für Familie Haldensleben', 'Familienbündnis ohne Ort']);
    expect(text(root.querySelector('.result'))).toBe('3 Bündnisse (davon 1 ohne Ort, nur in der Liste)');
    const link = root.querySelector('table.alliance-list tbody a');
    expect(link?.getAttribute('href')).toBe('/buendnisse/a1');
    expect(text(root.querySelector('.attribution'))).toContain('© GeoBasis-DE / BKG 2021 (Daten verändert)');
    // legend classes for up to 8 active alliances: keine, 1–2, 3–4, 5–6, 7–8
    expect(Array.from(root.querySelectorAll('.legend li')).map(text)).toEqual(['keine', '1–2', '3–4', '5–6', '7–8', 'Bündnis (Punkt)']);
    const niedersachsen = Array.from(root.querySelectorAll('path.land')).find((p) => text(p.querySelector('title')).startsWith('Niedersachsen'));
    expect(niedersachsen?.getAttribute('fill')).toBe(shadeClasses([8, 2])[4].color);
  });

  it('opens a popup with status, place and a link to the alliance', () => {
    (root.querySelector('circle[data-id="a2"]') as SVGCircleElement).dispatchEvent(new MouseEvent('click'));
    fixture.detectChanges();
    const popup = root.querySelector('.popup');
    expect(text(popup)).toContain('Bündnis für Familie Haldensleben');
    expect(text(popup)).toContain('Ruhend · Haldensleben');
    expect(popup?.querySelector('a')?.getAttribute('href')).toBe('/buendnisse/a2');
    (popup?.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(root.querySelector('.popup')).toBeNull();
  });

  it('filters by status and Handlungsfeld; map and list show the same selection', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [statusSelect, fieldSelect] = await loader.getAllHarnesses(MatSelectHarness);

    await statusSelect.open();
    await statusSelect.clickOptions({ text: 'Ruhend' });
    http.expectOne('/api/map/alliances?status=RUHEND').flush({ ...ALL, points: [ALL.points[1]] });
    await fixture.whenStable();
    expect(markerIds()).toEqual(['a2']);
    expect(listNames()).toEqual(['Bündnis für Familie Haldensleben']);
    expect(text(root.querySelector('.result'))).toBe('1 Bündnis');

    await fieldSelect.open();
    expect(await fieldSelect.getOptions().then((options) => Promise.all(options.map((o) => o.getText())))).toEqual([
      'Alle Handlungsfelder',
      'Vereinbarkeit von Familie und Beruf',
      'Kinderbetreuung',
    ]);
    await fieldSelect.clickOptions({ text: 'Kinderbetreuung' });
    http.expectOne('/api/map/alliances?status=RUHEND&handlungsfeld=hf-03').flush({ ...ALL, points: [] });
    await fixture.whenStable();
    expect(markerIds()).toEqual([]);
    expect(text(root.querySelector('table.alliance-list tbody'))).toBe('Keine Bündnisse in dieser Auswahl.');

    await statusSelect.open();
    await statusSelect.clickOptions({ text: 'Alle Status' });
    http.expectOne('/api/map/alliances?handlungsfeld=hf-03').flush({ ...ALL, points: [ALL.points[0]] });
    await fixture.whenStable();
    expect(markerIds()).toEqual(['a1']);
    expect(listNames()).toEqual(['Lokales Bündnis für Familie Northeim']);
  });

  it('projects points like the Mercator fit of the build script (Berlin east of Hamburg, Munich south)', () => {
    const hamburg = projectToMap(9.99, 53.55);
    const berlin = projectToMap(13.4, 52.52);
    const munich = projectToMap(11.58, 48.14);
    expect(berlin.x).toBeGreaterThan(hamburg.x);
    expect(munich.y).toBeGreaterThan(berlin.y);
    for (const p of [hamburg, berlin, munich]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(600);
    }
  });
});
