import { Route } from '@angular/router';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';

/**
 * Lazy routes of the area "Bündnisse". Each page is a chunk of its own, so the list does not load the
 * form's date picker and autocomplete. The detail page sets its title to the alliance's name.
 */
export const ALLIANCE_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Bündnisse – Bündnisnetz',
    loadComponent: () => import('./list/alliance-list-page').then((m) => m.AllianceListPage),
  },
  {
    path: 'neu',
    title: 'Neues Bündnis – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./form/alliance-form-page').then((m) => m.AllianceFormPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Bündnis bearbeiten – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./form/alliance-form-page').then((m) => m.AllianceFormPage),
  },
  {
    path: ':id',
    title: 'Bündnis – Bündnisnetz',
    loadComponent: () => import('./detail/alliance-detail-page').then((m) => m.AllianceDetailPage),
  },
];
