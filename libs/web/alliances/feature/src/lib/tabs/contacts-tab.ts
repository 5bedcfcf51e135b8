import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Kontakte" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-contacts-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Kontakte</p>',
})
export class AllianceContactsTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
