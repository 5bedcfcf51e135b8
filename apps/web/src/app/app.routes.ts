import { Route } from '@angular/router';

/**
 * Only this table is eager: the sign-in pages and the signed-in area (shell, Material, date adapter)
 * are lazy chunks, and within the signed-in area every domain is a chunk of its own.
 */
export const appRoutes: Route[] = [
  {
    path: 'anmelden',
    loadComponent: () => import('./layout/public-layout').then((m) => m.PublicLayout),
    loadChildren: () => import('@bn/web/account/feature').then((m) => m.ACCOUNT_PUBLIC_ROUTES),
  },
  {
    path: 'barrierefreiheit',
    loadComponent: () => import('./layout/public-layout').then((m) => m.PublicLayout),
    loadChildren: () => import('@bn/web/account/feature').then((m) => m.ACCESSIBILITY_ROUTES),
  },
  // The API's one-time links (e-mails, admin screens) use these short forms.
  { path: 'einladung/:token', redirectTo: '/anmelden/einladung/:token' },
  { path: 'passwort-zuruecksetzen/:token', redirectTo: '/anmelden/passwort-zuruecksetzen/:token' },
  { path: '', loadChildren: () => import('./layout/signed-in.routes').then((m) => m.SIGNED_IN_ROUTES) },
];
