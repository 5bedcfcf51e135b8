import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ROLES_REQUIRING_TOTP } from '@bn/shared/contracts';
import type { RecoveryCodesResponseDto } from '@bn/shared/contracts';
import { AccountApi, SessionStore } from '@bn/web/account/data-access';
import { StatusChip } from '@bn/web/ui';
import { toApiError } from '@bn/web/util';
import { Observable, firstValueFrom } from 'rxjs';
import { RecoveryCodes } from '../shared/recovery-codes';
import { TotpEnrolment } from '../shared/totp-enrolment';
import { CodeDialog, CodeDialogData, CodeDialogResult } from './code-dialog';

/** The own second factor: status, set-up, new recovery codes and switch-off (each with a current code). */
@Component({
  selector: 'bn-totp-settings',
  imports: [MatButton, StatusChip, TotpEnrolment, RecoveryCodes],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (message(); as text) {
      <p class="message" role="alert">{{ text }}</p>
    }
    @if (recoveryCodes(); as codes) {
      <h3>Neue Wiederherstellungscodes</h3>
      <p>Die bisherigen Codes gelten nicht mehr.</p>
      <bn-recovery-codes [codes]="codes" (confirmed)="recoveryCodes.set(null)" />
    } @else if (isEnrolling()) {
      <bn-totp-enrolment [headingLevel]="3" (finished)="finishEnrolment()" />
      <button mat-button type="button" (click)="isEnrolling.set(false)">Einrichtung abbrechen</button>
    } @else if (isEnabled()) {
      <p><bn-status-chip label="Eingerichtet" tone="positive" icon="verified_user" /></p>
      <p>Bei jeder Anmeldung fragt Bündnisnetz nach einem Code aus Ihrer Authenticator-App.</p>
      @if (isRequired()) {
        <p class="hint">Für Ihre Rolle ist die Zwei-Faktor-Anmeldung vorgeschrieben; sie kann nicht abgeschaltet werden.</p>
      }
      <div class="actions">
        <button mat-stroked-button type="button" (click)="renewRecoveryCodes()">Neue Wiederherstellungscodes erzeugen</button>
        @if (!isRequired()) {
          <button mat-stroked-button type="button" (click)="disable()">Zwei-Faktor-Anmeldung abschalten</button>
        }
      </div>
    } @else {
      <p><bn-status-chip label="Nicht eingerichtet" tone="warning" icon="gpp_maybe" /></p>
      <p>Mit einem zweiten Faktor schützen Sie Ihr Konto auch dann, wenn jemand Ihr Passwort kennt. Wir empfehlen ihn.</p>
      <button mat-flat-button type="button" (click)="startEnrolment()">Zwei-Faktor-Anmeldung einrichten</button>
    }
  `,
  styles: `
    :host { display: block; }
    h3 { font: var(--mat-sys-title-medium); margin: 8px 0 4px; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; }
    .hint { color: var(--mat-sys-on-surface-variant); }
    .message { color: var(--mat-sys-error); font-weight: 500; }
  `,
})
export class TotpSettings {
  private readonly api = inject(AccountApi);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  protected readonly isEnabled = computed(() => this.session.user()?.totpEnabled ?? false);
  protected readonly isRequired = computed(() => {
    const role = this.session.role();
    return role !== null && ROLES_REQUIRING_TOTP.includes(role);
  });
  protected readonly isEnrolling = signal(false);
  protected readonly recoveryCodes = signal<string[] | null>(null);
  protected readonly message = signal<string | null>(null);

  protected startEnrolment(): void {
    this.message.set(null);
    this.isEnrolling.set(true);
  }

  protected async finishEnrolment(): Promise<void> {
    this.isEnrolling.set(false);
    await this.reloadSession();
    this.snackBar.open('Die Zwei-Faktor-Anmeldung ist eingerichtet.', 'OK');
  }

  protected async renewRecoveryCodes(): Promise<void> {
    const result = await this.askForCode<RecoveryCodesResponseDto>({
      title: 'Neue Wiederherstellungscodes erzeugen',
      message: 'Die bisherigen Wiederherstellungscodes werden ungültig. Bitte bestätigen Sie mit einem aktuellen Code.',
      confirmLabel: 'Codes erzeugen',
      action: (code) => this.api.newRecoveryCodes(code),
    });
    if (result) this.recoveryCodes.set(result.value.recoveryCodes);
  }

  protected async disable(): Promise<void> {
    const result = await this.askForCode<void>({
      title: 'Zwei-Faktor-Anmeldung abschalten',
      message: 'Danach genügt zur Anmeldung Ihr Passwort; Ihre Wiederherstellungscodes werden gelöscht. Bitte bestätigen Sie mit einem aktuellen Code.',
      confirmLabel: 'Abschalten',
      isDestructive: true,
      action: (code): Observable<void> => this.api.disableTotp(code),
    });
    if (!result) return;
    await this.reloadSession();
    this.snackBar.open('Die Zwei-Faktor-Anmeldung ist abgeschaltet.', 'OK');
  }

  private askForCode<T>(data: CodeDialogData<T>): Promise<CodeDialogResult<T> | undefined> {
    const ref = this.dialog.open<CodeDialog<T>, CodeDialogData<T>, CodeDialogResult<T>>(CodeDialog, {
      data,
      width: '480px',
      injector: this.injector,
    });
    return firstValueFrom(ref.afterClosed());
  }

  private async reloadSession(): Promise<void> {
    try {
      await this.session.reload();
    } catch (error) {
      this.message.set(toApiError(error).message);
    }
  }
}
