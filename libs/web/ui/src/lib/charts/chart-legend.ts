import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { ChartSeries, chartColor } from './chart-model';

/** The colour key of a multi-series chart (hidden from screen readers: the table carries the names). */
@Component({
  selector: 'bn-chart-legend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul aria-hidden="true">
      @for (item of items(); track item.label) {
        <li><span class="swatch" [style.background]="item.color"></span>{{ item.label }}</li>
      }
    </ul>
  `,
  styles: `
    ul { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 0 0 8px; padding: 0; font: var(--mat-sys-body-small); }
    li { display: flex; align-items: center; gap: 6px; }
    .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
  `,
})
export class ChartLegend {
  readonly series = input.required<ChartSeries[]>();
  protected readonly items = computed(() => this.series().map((s, i) => ({ label: s.label, color: chartColor(i) })));
}
