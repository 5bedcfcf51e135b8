import { ComponentType } from '@angular/cdk/portal';
import { Injectable, Injector, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { PersonDetailStore } from '@bn/web/persons/data-access';
import { ConfirmService } from '@bn/web/ui';
import { firstValueFrom } from 'rxjs';
import { WriteDialogResult } from '../dialogs/dialog-support';

/**
 * Opens the detail page's writing dialogs and handles their end alike: saved → snackbar and reload;
 * a 409 → offer to load the current state. Provided by the page, so the dialogs get the page's
 * injector (and with it the German date adapter of the signed-in area).
 */
@Injectable()
export class PersonDialogs {
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly store = inject(PersonDetailStore);
  private readonly confirm = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);

  async open<C, D>(component: ComponentType<C>, data: D, successMessage: string): Promise<void> {
    const ref = this.dialog.open<C, D, WriteDialogResult>(component, {
      data,
      injector: this.injector,
      width: '600px',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result === 'saved') {
      this.snackBar.open(successMessage);
      await this.store.reload();
    } else if (result === 'conflict' && (await this.confirm.confirmReloadAfterConflict())) {
      await this.store.reload();
    }
  }
}
