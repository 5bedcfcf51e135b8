import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { AllianceDetailDto } from '@bn/shared/contracts';

/** Tab "Gemeinsame Erklärung" of the alliance detail page. */
@Component({
  selector: 'bn-alliance-declaration-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '<p>Gemeinsame Erklärung</p>',
})
export class AllianceDeclarationTab {
  readonly alliance = input.required<AllianceDetailDto>();
}
