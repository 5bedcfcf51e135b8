import { inject, signal } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ConfirmOptions, ConfirmService } from '@bn/web/ui';
import { isConflict, toApiError } from '@bn/web/util';
import { Observable, firstValueFrom } from 'rxjs';

/**
 * Confirmed actions on a row of a tab's table (archive, end): ask, call the API, confirm with a snackbar
 * and reload; a 409 offers to reload the list, other failures show their message (`error`, for a
 * `role="alert"` block). Create it in a field initializer.
 */
export class RowActions {
  private readonly confirmService = inject(ConfirmService);
  private readonly snackBar = inject(MatSnackBar);
  readonly error = signal<string | null>(null);
  readonly busy = signal(false);

  constructor(private readonly reload: () => void) {}

  /** Resolves true when the action was done. */
  async run(confirm: ConfirmOptions, action: () => Observable<unknown>, doneMessage: string): Promise<boolean> {
    if (!(await this.confirmService.confirm(confirm))) return false;
    this.error.set(null);
    this.busy.set(true);
    try {
      await firstValueFrom(action(), { defaultValue: undefined });
      this.snackBar.open(doneMessage, 'OK');
      this.reload();
      return true;
    } catch (error: unknown) {
      const apiError = toApiError(error);
      if (isConflict(apiError)) {
        if (await this.confirmService.confirmReloadAfterConflict()) this.reload();
      } else {
        this.error.set(apiError.message);
      }
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  /** After a dialog saved something. */
  saved(message = 'Gespeichert.'): void {
    this.error.set(null);
    this.snackBar.open(message, 'OK');
    this.reload();
  }
}
