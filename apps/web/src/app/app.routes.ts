import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Bündnisnetz',
    loadComponent: () => import('./start/start-page').then((m) => m.StartPage),
  },
  { path: '**', redirectTo: '' },
];
