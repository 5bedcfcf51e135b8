import { DOCUMENT, DatePipe, DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute } from '@angular/router';
import { ROLES } from '@bn/shared/contracts';
import type { UserDetailDto } from '@bn/shared/contracts';
import { SessionStore } from '@bn/web/account/data-access';
import { UsersApi, oneTimeLinkUrl } from '@bn/web/admin/data-access';
import { ConfirmService, HasUnsavedChanges, Loading, MessagePage, PageHeader, StatusChip } from '@bn/web/ui';
import { ApiError, applyServerErrors, isConflict, toApiError } from '@bn/web/util';
import { firstValueFrom } from 'rxjs';
import { OneTimeLinkDialog, OneTimeLinkDialogData } from './one-time-link';
import { UserAccessFields, accessPayload, userAccessControls } from './user-access-fields';
import { userStatus } from './user-status';

/** One account: overview, edit name/role/links, disable or enable, password-reset link. */
@Component({
  selector: 'bn-user-detail-page',
  imports: [
    DatePipe, DecimalPipe, ReactiveFormsModule, MatButton, MatIcon, PageHeader, StatusChip, Loading, MessagePage, UserAccessFields,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-detail-page.html',
  styleUrl: './user-detail-page.scss',
})
export class UserDetailPage implements HasUnsavedChanges {
  private readonly api = inject(UsersApi);
  private readonly confirmService = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly origin = inject(DOCUMENT).location.origin;
  private readonly id = inject(ActivatedRoute).snapshot.paramMap.get('id') ?? '';

  protected readonly roles = ROLES;
  protected readonly user = signal<UserDetailDto | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly form = new FormGroup(userAccessControls());
  protected readonly isSelf = computed(() => this.user()?.id === this.session.user()?.id);
  protected readonly status = computed(() => {
    const user = this.user();
    return user ? userStatus(user) : null;
  });
  protected readonly initialAlliances = computed(() => (this.user()?.alliances ?? []).map((a) => ({ id: a.id, label: `${a.name} (${a.code})` })));

  constructor() {
    void this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.show(await firstValueFrom(this.api.get(this.id)));
    } catch (error) {
      this.loadError.set(toApiError(error));
    }
  }

  protected discard(): void {
    const user = this.user();
    if (user) this.show(user);
  }

  protected async save(): Promise<void> {
    const user = this.user();
    if (!user) return;
    if (this.form.invalid) return this.form.markAllAsTouched();
    await this.run(async () => {
      await firstValueFrom(this.api.update(user.id, { ...accessPayload(this.form.getRawValue()), version: user.version }));
      this.form.markAsPristine();
      this.snackBar.open('Gespeichert.', 'OK');
      await this.load();
    }, true);
  }

  protected async toggleDisabled(): Promise<void> {
    const user = this.user();
    if (!user) return;
    const isDisabling = !user.disabledAt;
    const isConfirmed = await this.confirmService.confirm(
      isDisabling
        ? {
            title: 'Benutzerkonto deaktivieren?',
            message: `${user.displayName} kann sich danach nicht mehr anmelden; alle laufenden Sitzungen werden beendet. Sie können das Konto später wieder aktivieren.`,
            confirmLabel: 'Deaktivieren',
            isDestructive: true,
          }
        : {
            title: 'Benutzerkonto aktivieren?',
            message: `${user.displayName} kann sich danach wieder anmelden.`,
            confirmLabel: 'Aktivieren',
          },
    );
    if (!isConfirmed) return;
    await this.run(async () => {
      await firstValueFrom(isDisabling ? this.api.disable(user.id, user.version) : this.api.enable(user.id, user.version));
      this.snackBar.open(isDisabling ? 'Das Benutzerkonto ist deaktiviert.' : 'Das Benutzerkonto ist aktiviert.', 'OK');
      await this.load();
    }, false);
  }

  protected async createResetLink(): Promise<void> {
    const user = this.user();
    if (!user) return;
    await this.run(async () => {
      const link = await firstValueFrom(this.api.passwordResetLink(user.id));
      this.dialog.open<OneTimeLinkDialog, OneTimeLinkDialogData>(OneTimeLinkDialog, {
        width: '560px',
        data: {
          title: 'Link zum Zurücksetzen des Passworts',
          intro: `Mit diesem Link legt ${user.displayName} ein neues Passwort fest. Frühere, nicht genutzte Links gelten nicht mehr.`,
          url: oneTimeLinkUrl(link, this.origin),
          expiresAt: link.expiresAt,
          email: user.email,
        },
      });
    }, false);
  }

  private show(user: UserDetailDto): void {
    this.user.set(user);
    this.form.reset({ displayName: user.displayName, role: user.role, allianceIds: user.allianceIds, mentorProfileId: user.mentorProfileId });
    const role = this.form.controls.role;
    if (this.isSelf()) role.disable();
    else role.enable();
  }

  /** Runs a write; a 409 offers to reload, field errors go to the form, the rest above it. */
  private async run(action: () => Promise<void>, isFormWrite: boolean): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await action();
    } catch (error) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirmService.confirmReloadAfterConflict()) await this.load();
        return;
      }
      const unmatched = isFormWrite ? applyServerErrors(this.form, apiError) : [];
      if (unmatched.length || !isFormWrite || !Object.keys(apiError.fields).length) {
        this.message.set(unmatched.length ? unmatched.join(' ') : apiError.message);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
