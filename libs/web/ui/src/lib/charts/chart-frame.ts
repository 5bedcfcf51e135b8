import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { ChartRow, ChartSeries, formatChartValue } from './chart-model';

let nextId = 0;

/**
 * The accessible frame of every chart (WCAG 1.1.1): a figure with caption, a one-line text summary,
 * the drawing (projected) and a table with the same numbers behind a disclosure button.
 */
@Component({
  selector: 'bn-chart-frame',
  imports: [MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure [attr.aria-labelledby]="captionId">
      <figcaption [id]="captionId">{{ caption() }}</figcaption>
      <p class="summary">{{ summary() }}</p>
      <ng-content />
      <button
        mat-button
        type="button"
        class="table-toggle"
        [attr.aria-expanded]="isTableShown()"
        [attr.aria-controls]="tableId"
        (click)="toggleTable()"
      >
        {{ isTableShown() ? 'Tabelle ausblenden' : 'Als Tabelle anzeigen' }}
      </button>
      <div class="table-wrap" [id]="tableId" [hidden]="!isTableShown()">
        @if (isTableShown()) {
          <table>
            <caption>
              {{ caption() }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ categoryLabel() }}</th>
                @for (header of headers(); track $index) {
                  <th scope="col" class="number">{{ header }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of tableRows(); track $index) {
                <tr>
                  <th scope="row">{{ row.label }}</th>
                  @for (cell of row.cells; track $index) {
                    <td class="number">{{ cell }}</td>
                  }
                </tr>
              } @empty {
                <tr>
                  <td [attr.colspan]="headers().length + 1">Keine Daten</td>
                </tr>
              }
            </tbody>
          </table>
        }
      </div>
    </figure>
  `,
  styles: `
    :host { display: block; }
    figure { margin: 0; }
    figcaption { font: var(--mat-sys-title-medium); margin-bottom: 4px; }
    .summary { margin: 0 0 8px; color: var(--mat-sys-on-surface-variant); }
    .table-toggle { margin-top: 4px; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; margin-top: 8px; }
    caption { text-align: start; font-weight: 500; padding-bottom: 4px; }
    th, td { padding: 4px 8px; border-bottom: 1px solid var(--mat-sys-outline-variant); text-align: start; }
    .number { text-align: end; font-variant-numeric: tabular-nums; }
  `,
})
export class ChartFrame {
  readonly caption = input.required<string>();
  readonly summary = input.required<string>();
  /** Header of the first table column ("Land", "Jahr"). */
  readonly categoryLabel = input.required<string>();
  readonly series = input.required<ChartSeries[]>();
  readonly rows = input.required<ChartRow[]>();
  /** Adds a "Summe" column (stacked charts). */
  readonly hasTotal = input(false);

  protected readonly captionId = `bn-chart-caption-${++nextId}`;
  protected readonly tableId = `bn-chart-table-${nextId}`;
  protected readonly isTableShown = signal(false);

  protected readonly headers = computed(() => [...this.series().map((s) => s.label), ...(this.hasTotal() ? ['Summe'] : [])]);

  protected readonly tableRows = computed(() =>
    this.rows().map((row) => ({
      label: row.label,
      cells: [
        ...this.series().map((series, i) => formatChartValue(row.values[i] ?? 0, series.format)),
        ...(this.hasTotal() ? [formatChartValue(row.values.reduce((sum, v) => sum + v, 0))] : []),
      ],
    })),
  );

  protected toggleTable(): void {
    this.isTableShown.update((shown) => !shown);
  }
}
