import { Route } from '@angular/router';
import { signedOutGuard } from '@bn/web/core';

/** Pages outside the signed-in area: sign-in and its second step. */
export const ACCOUNT_PUBLIC_ROUTES: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Anmeldung – Bündnisnetz',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
  },
];

/** The own account page (password, two-factor authentication, sessions). */
export const ACCOUNT_ROUTES: Route[] = [];
