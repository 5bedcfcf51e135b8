import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Einsätze" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-deployments-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Einsätze</p>',
})
export class AllianceDeploymentsTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
