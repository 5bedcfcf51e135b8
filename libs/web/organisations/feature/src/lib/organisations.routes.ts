import { Route } from '@angular/router';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';

/** Who may create and edit organisations (mirrors the API's @Roles on POST/PUT /organisations). */
const EDITORS = roleGuard('FACHBERATUNG', 'KOORDINATION');

/** Lazy routes of the area "Organisationen". */
export const ORGANISATION_ROUTES: Route[] = [
  {
    path: '',
    title: 'Organisationen – Bündnisnetz',
    loadComponent: () => import('./list/organisation-list-page').then((m) => m.OrganisationListPage),
  },
  {
    path: 'neu',
    title: 'Neue Organisation – Bündnisnetz',
    canMatch: [EDITORS],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./form/organisation-form-page').then((m) => m.OrganisationFormPage),
  },
  {
    path: ':id',
    title: 'Organisation – Bündnisnetz',
    loadComponent: () => import('./detail/organisation-detail-page').then((m) => m.OrganisationDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Organisation bearbeiten – Bündnisnetz',
    canMatch: [EDITORS],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./form/organisation-form-page').then((m) => m.OrganisationFormPage),
  },
];
