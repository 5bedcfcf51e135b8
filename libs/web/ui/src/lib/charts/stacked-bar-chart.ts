import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartFrame } from './chart-frame';
import { ChartLegend } from './chart-legend';
import { ChartRow, ChartSeries, chartColor, formatChartValue, niceMax, shortLabel } from './chart-model';

const WIDTH = 640;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 60;
const ROW_HEIGHT = 24;

/** Horizontal stacked bars: one bar per row, one segment per series, the total at the end. */
@Component({
  selector: 'bn-stacked-bar-chart',
  imports: [ChartFrame, ChartLegend],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-chart-frame
      [caption]="caption()"
      [summary]="summary()"
      [categoryLabel]="categoryLabel()"
      [series]="series()"
      [rows]="rows()"
      [hasTotal]="true"
    >
      <bn-chart-legend [series]="series()" />
      <svg [attr.viewBox]="viewBox()" role="img" [attr.aria-label]="summary()" preserveAspectRatio="xMinYMin meet">
        @for (bar of bars(); track $index) {
          <g>
            <title>{{ bar.title }}</title>
            <text [attr.x]="labelX" [attr.y]="bar.y + 16" text-anchor="end">{{ bar.label }}</text>
            @for (segment of bar.segments; track $index) {
              <rect [attr.x]="segment.x" [attr.y]="bar.y + 4" [attr.width]="segment.width" height="16" [attr.fill]="segment.color" stroke="#fff" stroke-width="1" />
            }
            <text [attr.x]="bar.end + 6" [attr.y]="bar.y + 16">{{ bar.total }}</text>
          </g>
        }
      </svg>
    </bn-chart-frame>
  `,
  styles: `
    svg { width: 100%; height: auto; display: block; }
    text { font-size: 12px; fill: var(--mat-sys-on-surface, #1b1b1f); }
  `,
})
export class StackedBarChart {
  readonly caption = input.required<string>();
  readonly summary = input.required<string>();
  readonly categoryLabel = input.required<string>();
  readonly series = input.required<ChartSeries[]>();
  readonly rows = input.required<ChartRow[]>();

  protected readonly labelX = LABEL_WIDTH - 8;
  protected readonly viewBox = computed(() => `0 0 ${WIDTH} ${Math.max(1, this.rows().length) * ROW_HEIGHT + 4}`);

  protected readonly bars = computed(() => {
    const totals = this.rows().map((row) => row.values.reduce((sum, v) => sum + v, 0));
    const max = niceMax(Math.max(0, ...totals));
    const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    const series = this.series();
    return this.rows().map((row, i) => {
      let x = LABEL_WIDTH;
      const segments = row.values
        .map((value, s) => {
          const width = (value / max) * span;
          const segment = { x, width, color: chartColor(s) };
          x += width;
          return segment;
        })
        .filter((segment) => segment.width > 0);
      const parts = row.values.map((value, s) => `${series[s]?.label ?? ''} ${formatChartValue(value)}`).join(', ');
      return {
        y: i * ROW_HEIGHT,
        label: shortLabel(row.label, 24),
        title: `${row.label}: ${formatChartValue(totals[i])} (${parts})`,
        segments,
        end: x,
        total: formatChartValue(totals[i]),
      };
    });
  });
}
