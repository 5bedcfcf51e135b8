import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Projekte" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-projects-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Projekte</p>',
})
export class AllianceProjectsTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
