import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';

/** A loading indicator that screen readers announce. */
@Component({
  selector: 'bn-loading',
  imports: [MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<mat-progress-bar mode="indeterminate" [attr.aria-label]="label()" /><span class="visually-hidden" role="status">{{ label() }}</span>`,
  styles: `:host { display: block; margin: 8px 0; } .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }`,
})
export class Loading {
  readonly label = input('Wird geladen …');
}
