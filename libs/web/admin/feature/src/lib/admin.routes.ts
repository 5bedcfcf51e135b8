import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { SessionStore } from '@bn/web/account/data-access';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';

/**
 * The area "Verwaltung" (mounted at `/verwaltung` for Administration, Leitung and Fachberatung):
 * user administration for Administration and Leitung, inviting for the Fachberatung too (coordinators
 * and mentors, as the API allows), taxonomies read-only for all three.
 */
export const ADMIN_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    redirectTo: () => (inject(SessionStore).hasRole('ADMINISTRATION', 'LEITUNG') ? 'benutzer' : 'taxonomien'),
  },
  {
    path: 'benutzer',
    canMatch: [roleGuard('ADMINISTRATION', 'LEITUNG')],
    children: [
      {
        path: '',
        title: 'Benutzer:innen – Bündnisnetz',
        loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: ':id',
        title: 'Benutzerkonto – Bündnisnetz',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./users/user-detail-page').then((m) => m.UserDetailPage),
      },
    ],
  },
  {
    path: 'einladen',
    title: 'Benutzer:in einladen – Bündnisnetz',
    canMatch: [roleGuard('ADMINISTRATION', 'LEITUNG', 'FACHBERATUNG')],
    loadComponent: () => import('./users/invite-page').then((m) => m.InvitePage),
  },
  {
    path: 'taxonomien',
    title: 'Taxonomien – Bündnisnetz',
    loadComponent: () => import('./taxonomies/taxonomies-page').then((m) => m.TaxonomiesPage),
  },
];
