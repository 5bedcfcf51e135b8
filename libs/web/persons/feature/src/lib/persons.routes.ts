import { Route } from '@angular/router';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';

/** Who may enter and edit persons (mirrors the API's @Roles on POST/PUT /persons). */
const EDITORS = roleGuard('FACHBERATUNG', 'KOORDINATION');

/** Lazy routes of the area "Personen". */
export const PERSON_ROUTES: Route[] = [
  {
    path: '',
    title: 'Personen – Bündnisnetz',
    loadComponent: () => import('./list/person-list-page').then((m) => m.PersonListPage),
  },
  {
    path: 'neu',
    title: 'Neue Person – Bündnisnetz',
    canMatch: [EDITORS],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./form/person-form-page').then((m) => m.PersonFormPage),
  },
  {
    path: ':id',
    title: 'Person – Bündnisnetz',
    loadComponent: () => import('./detail/person-detail-page').then((m) => m.PersonDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Person bearbeiten – Bündnisnetz',
    canMatch: [EDITORS],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./form/person-form-page').then((m) => m.PersonFormPage),
  },
];
