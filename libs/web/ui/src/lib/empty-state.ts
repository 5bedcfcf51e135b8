import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/** Shown instead of an empty list: what is (not) there and, projected, the next step. */
@Component({
  selector: 'bn-empty-state',
  imports: [MatIcon],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
    <p class="message">{{ message() }}</p>
    <div class="next"><ng-content /></div>
  `,
  styles: `
    :host { display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 32px 16px; text-align: center; color: var(--mat-sys-on-surface-variant); }
    mat-icon { font-size: 40px; width: 40px; height: 40px; }
    .message { margin: 0; font: var(--mat-sys-body-large); }
  `,
})
export class EmptyState {
  readonly message = input.required<string>();
  readonly icon = input('inbox');
}
