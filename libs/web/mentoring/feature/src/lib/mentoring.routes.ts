import { Route } from '@angular/router';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';

/** Lazy routes of Anfragen (mentoring requests). */
export const REQUEST_ROUTES: Route[] = [
  {
    path: '',
    title: 'Anfragen – Bündnisnetz',
    loadComponent: () => import('./requests/request-list-page').then((m) => m.RequestListPage),
  },
  {
    path: 'neu',
    title: 'Neue Anfrage – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'KOORDINATION')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./requests/request-form-page').then((m) => m.RequestFormPage),
  },
  {
    path: 'board',
    title: 'Board: Anfragen und Einsätze – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')],
    loadComponent: () => import('./board/mentoring-board-page').then((m) => m.MentoringBoardPage),
  },
  {
    path: 'gewichtung',
    title: 'Gewichtung des Matchings – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'ADMINISTRATION')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./matching/matching-settings-page').then((m) => m.MatchingSettingsPage),
  },
  {
    path: ':id',
    title: 'Anfrage – Bündnisnetz',
    loadComponent: () => import('./requests/request-detail-page').then((m) => m.RequestDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Anfrage bearbeiten – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./requests/request-form-page').then((m) => m.RequestFormPage),
  },
];

/** Lazy routes of Einsätze (deployments). */
export const DEPLOYMENT_ROUTES: Route[] = [
  {
    path: '',
    title: 'Einsätze – Bündnisnetz',
    loadComponent: () => import('./deployments/deployment-list-page').then((m) => m.DeploymentListPage),
  },
  {
    path: ':id',
    title: 'Einsatz – Bündnisnetz',
    loadComponent: () => import('./deployments/deployment-detail-page').then((m) => m.DeploymentDetailPage),
  },
  {
    path: ':id/bearbeiten',
    title: 'Einsatz bearbeiten – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG')],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./deployments/deployment-edit-page').then((m) => m.DeploymentEditPage),
  },
];
