import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { SessionStore } from '@bn/web/account/data-access';
import { PageHeader } from '@bn/web/ui';

/** The start page: what needs doing, per role. */
@Component({
  selector: 'bn-home-page',
  imports: [PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bn-page-header [title]="'Willkommen, ' + (user()?.displayName ?? '')" />`,
})
export class HomePage {
  protected readonly user = inject(SessionStore).user;
}
