import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Partner" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-partners-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Partner</p>',
})
export class AlliancePartnersTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
