import { FormGroup } from '@angular/forms';
import { ApiError, applyServerErrors } from '@bn/web/util';

/** How a dialog that writes ended: saved, or refused because someone else changed the record first (409). */
export type WriteDialogResult = 'saved' | 'conflict';

/** Today as a date without time (date pickers compare whole days). */
export function today(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/**
 * Shows the API's field messages at the dialog's fields; returns the message for the top of the
 * dialog (the general message and whatever matched no field), or null when the fields say it all.
 */
export function dialogErrorMessage(form: FormGroup, error: ApiError): string | null {
  const unmatched = applyServerErrors(form, error);
  const hasFieldErrors = Object.keys(error.fields).length > 0;
  return unmatched.length || !hasFieldErrors ? [error.message, ...unmatched].join(' ') : null;
}
