import { inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';
import { ConfirmService } from './confirm-dialog';

/** A page with a form implements this so that leaving with unsaved changes asks first. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = async (component) => {
  if (!component.hasUnsavedChanges()) return true;
  return inject(ConfirmService).confirm({
    title: 'Ungespeicherte Änderungen',
    message: 'Sie haben Änderungen, die noch nicht gespeichert sind. Möchten Sie die Seite trotzdem verlassen? Die Änderungen gehen dann verloren.',
    confirmLabel: 'Verlassen und verwerfen',
    cancelLabel: 'Auf der Seite bleiben',
    isDestructive: true,
  });
};
