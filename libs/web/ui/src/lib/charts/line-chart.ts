import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartFrame } from './chart-frame';
import { ChartRow, ChartSeries, chartColor, formatChartValue, niceMax } from './chart-model';

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 44;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 28;
const MAX_X_LABELS = 12;

/** A line over ordered categories (years) for the first series, with a marker per value. */
@Component({
  selector: 'bn-line-chart',
  imports: [ChartFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-chart-frame [caption]="caption()" [summary]="summary()" [categoryLabel]="categoryLabel()" [series]="series()" [rows]="rows()">
      <svg [attr.viewBox]="viewBox" role="img" [attr.aria-label]="summary()" preserveAspectRatio="xMinYMin meet">
        @for (tick of layout().yTicks; track tick.y) {
          <line [attr.x1]="left" [attr.x2]="right" [attr.y1]="tick.y" [attr.y2]="tick.y" class="grid" />
          <text [attr.x]="left - 6" [attr.y]="tick.y + 4" text-anchor="end">{{ tick.label }}</text>
        }
        @for (tick of layout().xTicks; track tick.x) {
          <text [attr.x]="tick.x" [attr.y]="bottom + 18" text-anchor="middle">{{ tick.label }}</text>
        }
        <polyline [attr.points]="layout().line" fill="none" [attr.stroke]="color" stroke-width="2" />
        @for (point of layout().points; track $index) {
          <circle [attr.cx]="point.x" [attr.cy]="point.y" r="3.5" [attr.fill]="color"><title>{{ point.title }}</title></circle>
        }
      </svg>
    </bn-chart-frame>
  `,
  styles: `
    svg { width: 100%; height: auto; display: block; }
    text { font-size: 12px; fill: var(--mat-sys-on-surface, #1b1b1f); }
    .grid { stroke: #c4c6d0; stroke-width: 1; }
  `,
})
export class LineChart {
  readonly caption = input.required<string>();
  readonly summary = input.required<string>();
  readonly categoryLabel = input.required<string>();
  readonly series = input.required<ChartSeries[]>();
  readonly rows = input.required<ChartRow[]>();

  protected readonly viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  protected readonly left = LEFT;
  protected readonly right = WIDTH - RIGHT;
  protected readonly bottom = HEIGHT - BOTTOM;
  protected readonly color = chartColor(0);

  protected readonly layout = computed(() => {
    const rows = this.rows();
    const max = niceMax(Math.max(0, ...rows.map((row) => row.values[0] ?? 0)));
    const plotWidth = WIDTH - LEFT - RIGHT;
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const x = (i: number): number => LEFT + (rows.length <= 1 ? plotWidth / 2 : (i / (rows.length - 1)) * plotWidth);
    const y = (value: number): number => TOP + plotHeight - (value / max) * plotHeight;
    const points = rows.map((row, i) => ({
      x: x(i),
      y: y(row.values[0] ?? 0),
      title: `${row.label}: ${formatChartValue(row.values[0] ?? 0)}`,
    }));
    const every = Math.max(1, Math.ceil(rows.length / MAX_X_LABELS));
    return {
      points,
      line: points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
      yTicks: [0, max / 2, max].map((value) => ({ y: y(value), label: formatChartValue(value) })),
      xTicks: rows.map((row, i) => ({ x: x(i), label: row.label })).filter((_, i) => i % every === 0 || i === rows.length - 1),
    };
  });
}
