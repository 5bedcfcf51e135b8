import { ChangeDetectionStrategy, Component, Injectable, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatButton } from '@angular/material/button';
import { firstValueFrom } from 'rxjs';

export interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** Destructive actions (archive, remove) are shown as such. */
  isDestructive?: boolean;
}

/** A yes/no question; focus starts on the safe choice and returns to the trigger when closed. */
@Component({
  selector: 'bn-confirm-dialog',
  imports: [MatDialogModule, MatButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content><p>{{ data.message }}</p></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button [mat-dialog-close]="false" cdkFocusInitial>{{ data.cancelLabel ?? 'Abbrechen' }}</button>
      <button mat-flat-button [class.destructive]="data.isDestructive" [mat-dialog-close]="true">{{ data.confirmLabel }}</button>
    </mat-dialog-actions>
  `,
  styles: `.destructive { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }`,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmOptions>(MAT_DIALOG_DATA);
}

@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly dialog = inject(MatDialog);

  /** Resolves true when the user confirmed. */
  async confirm(options: ConfirmOptions): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmOptions, boolean>(ConfirmDialog, {
      data: options,
      width: '440px',
      role: 'alertdialog',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  /** After a 409: someone else saved first. Resolves true when the user wants to reload the record. */
  confirmReloadAfterConflict(): Promise<boolean> {
    return this.confirm({
      title: 'Datensatz wurde inzwischen geändert',
      message:
        'Jemand anderes hat diesen Datensatz gespeichert, während Sie ihn bearbeitet haben. Ihre Änderungen wurden nicht gespeichert. Laden Sie den aktuellen Stand neu und tragen Sie Ihre Änderungen erneut ein.',
      confirmLabel: 'Aktuellen Stand laden',
      cancelLabel: 'Schließen',
    });
  }
}
