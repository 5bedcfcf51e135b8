import { Route } from '@angular/router';

/** The start page per role. */
export const HOME_ROUTES: Route[] = [
  { path: '', title: 'Start – Bündnisnetz', loadComponent: () => import('./home-page').then((m) => m.HomePage) },
];
