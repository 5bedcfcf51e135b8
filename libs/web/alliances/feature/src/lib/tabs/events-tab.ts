import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Veranstaltungen" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-events-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Veranstaltungen</p>',
})
export class AllianceEventsTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
