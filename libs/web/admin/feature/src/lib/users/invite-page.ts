import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { ROLE_LABELS } from '@bn/shared/contracts';
import type { UserDetailDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { PageHeader } from '@bn/web/ui';
import { InviteUserDialog, InviteUserDialogData } from './invite-user-dialog';
import { invitableRoles } from './invite-roles';

/**
 * Inviting without the user list: the Fachberatung may invite coordinators and mentors (the API's
 * user list is for Administration and Leitung only).
 */
@Component({
  selector: 'bn-invite-page',
  imports: [MatButton, MatIcon, PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bn-page-header title="Benutzer:in einladen" [breadcrumbs]="[{ label: 'Verwaltung' }, { label: 'Benutzer:in einladen' }]">
      <button mat-flat-button type="button" (click)="openInvite()"><mat-icon aria-hidden="true">person_add</mat-icon>Einladung erstellen</button>
    </bn-page-header>
    <p>
      Sie können Personen mit diesen Rollen zu Bündnisnetz einladen: {{ roleNames() }}. Die eingeladene Person erhält einen Link, mit
      dem sie ihr Passwort festlegt; der Link gilt sieben Tage. Bündniskoordinationen ordnen Sie ihren Bündnissen zu, Mentor:innen ihrem Mentorprofil.
    </p>
    @if (invited().length) {
      <h2>In dieser Sitzung eingeladen</h2>
      <ul>
        @for (user of invited(); track user.id) {
          <li>{{ user.displayName }} ({{ user.email }}), {{ roleLabels[user.role] }}</li>
        }
      </ul>
    }
  `,
  styles: `h2 { font: var(--mat-sys-title-large); margin: 24px 0 8px; } :host { display: block; max-width: 880px; }`,
})
export class InvitePage {
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);

  protected readonly roleLabels = ROLE_LABELS;
  protected readonly roles = computed(() => invitableRoles(this.session.role()));
  protected readonly roleNames = computed(() => this.roles().map((role) => ROLE_LABELS[role]).join(', ').replace(/, ([^,]*)$/, ' und $1'));
  protected readonly invited = signal<UserDetailDto[]>([]);

  protected openInvite(): void {
    const ref = this.dialog.open<InviteUserDialog, InviteUserDialogData, UserDetailDto>(InviteUserDialog, {
      data: { roles: this.roles() },
      width: '560px',
    });
    ref.afterClosed().subscribe((user) => {
      if (user) this.invited.update((list) => [user, ...list]);
    });
  }
}
