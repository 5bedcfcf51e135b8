import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartFrame } from './chart-frame';
import { ChartRow, ChartSeries, chartColor, formatChartValue, niceMax, shortLabel } from './chart-model';

const WIDTH = 640;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 90;
const ROW_HEIGHT = 24;

/**
 * Horizontal bars, one per row, for the first series (further series appear in the table only, e.g.
 * a share next to a count). Hand-written SVG: no chart library in the bundle.
 */
@Component({
  selector: 'bn-bar-chart',
  imports: [ChartFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-chart-frame [caption]="caption()" [summary]="summary()" [categoryLabel]="categoryLabel()" [series]="series()" [rows]="rows()">
      <svg [attr.viewBox]="viewBox()" role="img" [attr.aria-label]="summary()" preserveAspectRatio="xMinYMin meet">
        @for (bar of bars(); track $index) {
          <g>
            <title>{{ bar.title }}</title>
            <text [attr.x]="labelX" [attr.y]="bar.y + 16" text-anchor="end" class="label">{{ bar.label }}</text>
            <rect [attr.x]="barX" [attr.y]="bar.y + 4" [attr.width]="bar.width" height="16" [attr.fill]="color" />
            <text [attr.x]="barX + bar.width + 6" [attr.y]="bar.y + 16" class="value">{{ bar.value }}</text>
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
export class BarChart {
  readonly caption = input.required<string>();
  readonly summary = input.required<string>();
  readonly categoryLabel = input.required<string>();
  readonly series = input.required<ChartSeries[]>();
  readonly rows = input.required<ChartRow[]>();

  protected readonly labelX = LABEL_WIDTH - 8;
  protected readonly barX = LABEL_WIDTH;
  protected readonly color = chartColor(0);
  protected readonly viewBox = computed(() => `0 0 ${WIDTH} ${Math.max(1, this.rows().length) * ROW_HEIGHT + 4}`);

  protected readonly bars = computed(() => {
    const max = niceMax(Math.max(0, ...this.rows().map((row) => row.values[0] ?? 0)));
    const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    const format = this.series()[0]?.format;
    return this.rows().map((row, i) => {
      const value = formatChartValue(row.values[0] ?? 0, format);
      return {
        y: i * ROW_HEIGHT,
        label: shortLabel(row.label),
        title: `${row.label}: ${value}`,
        width: ((row.values[0] ?? 0) / max) * span,
        value,
      };
    });
  });
}
