import { PointsPipe } from './points.pipe';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MatchCriterionDto } from '@bn/shared/contracts';

/**
 * A mentor's score per criterion: a compact bar (decorative) and the German sentence, as a real table
 * so that a screen reader announces criterion, points and explanation together.
 */
@Component({
  selector: 'bn-criteria-table',
  imports: [PointsPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="criteria">
      <caption class="visually-hidden">{{ caption() }}</caption>
      <thead class="visually-hidden">
        <tr>
          <th scope="col">Kriterium</th>
          <th scope="col">Punkte</th>
          <th scope="col">Erläuterung</th>
        </tr>
      </thead>
      <tbody>
        @for (c of criteria(); track c.key) {
          <tr>
            <th scope="row">{{ c.criterion }}</th>
            <td class="points">
              <span class="bar" aria-hidden="true"><span class="fill" [style.width.%]="share(c)"></span></span>
              <span>{{ c.points | points }} von {{ c.maxPoints | points }}</span>
            </td>
            <td>{{ c.text }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    .criteria { border-collapse: collapse; width: 100%; font: var(--mat-sys-body-medium); }
    .criteria th, .criteria td { text-align: left; padding: 2px 8px 2px 0; vertical-align: middle; }
    .criteria th[scope='row'] { font-weight: 500; white-space: nowrap; width: 1%; }
    .points { white-space: nowrap; width: 1%; font-variant-numeric: tabular-nums; }
    .bar { display: inline-block; width: 64px; height: 8px; margin-right: 6px; border-radius: 4px; background: var(--mat-sys-surface-container-highest); border: 1px solid var(--mat-sys-outline-variant); vertical-align: middle; overflow: hidden; }
    .fill { display: block; height: 100%; background: var(--mat-sys-primary); }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  `,
})
export class CriteriaTable {
  readonly criteria = input.required<MatchCriterionDto[]>();
  readonly caption = input.required<string>();

  protected share(criterion: MatchCriterionDto): number {
    if (criterion.maxPoints <= 0) return 0;
    return Math.max(0, Math.min(100, (criterion.points / criterion.maxPoints) * 100));
  }
}
