import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { BarChart } from './bar-chart';
import { LineChart } from './line-chart';
import { ChartRow, ChartSeries, formatChartValue, niceMax } from './chart-model';
import { StackedBarChart } from './stacked-bar-chart';

jest.setTimeout(30_000);

@Component({
  imports: [BarChart, StackedBarChart, LineChart],
  template: `
    <bn-stacked-bar-chart
      caption="Bündnisse nach Land und Status"
      summary="Die meisten Bündnisse hat Niedersachsen (5)."
      categoryLabel="Land"
      [series]="statusSeries"
      [rows]="landRows()"
    />
    <bn-bar-chart caption="Handlungsfelder" summary="Am häufigsten: Kinderbetreuung." categoryLabel="Handlungsfeld" [series]="shareSeries" [rows]="shareRows" />
    <bn-line-chart caption="Gründungen je Jahr" summary="3 Gründungen seit 2023." categoryLabel="Jahr" [series]="yearSeries" [rows]="yearRows" />
  `,
})
class Host {
  readonly statusSeries: ChartSeries[] = [{ label: 'Aktiv' }, { label: 'Ruhend' }];
  readonly landRows = signal<ChartRow[]>([
    { label: 'Niedersachsen', values: [4, 1] },
    { label: 'Sachsen-Anhalt', values: [0, 2] },
  ]);
  readonly shareSeries: ChartSeries[] = [{ label: 'Aktive Bündnisse' }, { label: 'Anteil', format: 'percent' }];
  readonly shareRows: ChartRow[] = [
    { label: 'Kinderbetreuung', values: [3, 0.75] },
    { label: 'Vereinbarkeit von Pflege und Beruf / Gesundheit und Pflege', values: [1, 0.25] },
  ];
  readonly yearSeries: ChartSeries[] = [{ label: 'Gründungen' }];
  readonly yearRows: ChartRow[] = [
    { label: '2023', values: [1] },
    { label: '2024', values: [0] },
    { label: '2025', values: [2] },
  ];
}

function text(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('Charts', () => {
  let fixture: ComponentFixture<Host>;
  let root: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
    fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    root = fixture.nativeElement as HTMLElement;
  });

  it('shows each chart as a figure with caption, one-line summary and a labelled drawing', () => {
    const figures = Array.from(root.querySelectorAll('figure'));
    expect(figures.map((f) => text(f.querySelector('figcaption')))).toEqual(['Bündnisse nach Land und Status', 'Handlungsfelder', 'Gründungen je Jahr']);
    expect(figures.map((f) => text(f.querySelector('.summary')))).toEqual([
      'Die meisten Bündnisse hat Niedersachsen (5).',
      'Am häufigsten: Kinderbetreuung.',
      '3 Gründungen seit 2023.',
    ]);
    for (const figure of figures) {
      const svg = figure.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      expect(svg?.getAttribute('aria-label')).toBe(text(figure.querySelector('.summary')));
      expect(figure.getAttribute('aria-labelledby')).toBe(figure.querySelector('figcaption')?.id);
    }
    // stacked: one segment per non-zero value; bar: one bar per row; line: one marker per year
    expect(figures[0].querySelectorAll('rect')).toHaveLength(3);
    expect(figures[1].querySelectorAll('rect')).toHaveLength(2);
    expect(figures[2].querySelectorAll('circle')).toHaveLength(3);
    expect(text(figures[1].querySelector('svg'))).toContain('Vereinbarkeit von Pflege und…');
  });

  it('opens and closes the table alternative with a disclosure button', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [stackedToggle] = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Als Tabelle anzeigen' }));
    const figure = root.querySelector('figure') as HTMLElement;
    const region = figure.querySelector('.table-wrap') as HTMLElement;
    expect(region.hidden).toBe(true);
    expect(await (await stackedToggle.host()).getAttribute('aria-expanded')).toBe('false');
    expect(await (await stackedToggle.host()).getAttribute('aria-controls')).toBe(region.id);

    await stackedToggle.click();
    expect(region.hidden).toBe(false);
    expect(await stackedToggle.getText()).toBe('Tabelle ausblenden');
    expect(await (await stackedToggle.host()).getAttribute('aria-expanded')).toBe('true');
    const table = figure.querySelector('table') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('thead th')).map(text)).toEqual(['Land', 'Aktiv', 'Ruhend', 'Summe']);
    expect(Array.from(table.querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map(text))).toEqual([
      ['Niedersachsen', '4', '1', '5'],
      ['Sachsen-Anhalt', '0', '2', '2'],
    ]);
    expect(Array.from(table.querySelectorAll('tbody th')).every((th) => th.getAttribute('scope') === 'row')).toBe(true);

    await stackedToggle.click();
    expect(region.hidden).toBe(true);
    expect(figure.querySelector('table')).toBeNull();
  });

  it('shows the full labels and formatted shares in the table', async () => {
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const toggles = await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Als Tabelle anzeigen' }));
    await toggles[1].click();
    const table = root.querySelectorAll('figure')[1].querySelector('table') as HTMLTableElement;
    expect(Array.from(table.querySelectorAll('tbody tr')).map((row) => Array.from(row.children).map(text))).toEqual([
      ['Kinderbetreuung', '3', '75 %'],
      ['Vereinbarkeit von Pflege und Beruf / Gesundheit und Pflege', '1', '25 %'],
    ]);
  });

  it('redraws when the data change', () => {
    fixture.componentInstance.landRows.set([{ label: 'Bayern', values: [7, 0] }]);
    fixture.detectChanges();
    const figure = root.querySelector('figure') as HTMLElement;
    expect(figure.querySelectorAll('rect')).toHaveLength(1);
    expect(text(figure.querySelector('svg'))).toContain('Bayern');
  });

  it('formats German numbers and rounds axis maxima', () => {
    expect(formatChartValue(1234)).toBe('1.234');
    expect(formatChartValue(0.125, 'percent')).toBe('12,5\u00a0%');
    expect([0, 3, 7, 12, 180].map(niceMax)).toEqual([1, 5, 10, 20, 200]);
  });
});
