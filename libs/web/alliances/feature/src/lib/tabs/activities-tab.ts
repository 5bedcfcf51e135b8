import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Aktivitäten" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-activities-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Aktivitäten</p>',
})
export class AllianceActivitiesTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
