import { MatPaginatorIntl } from '@angular/material/paginator';
import { MAT_SNACK_BAR_DEFAULT_OPTIONS } from '@angular/material/snack-bar';
import { Route } from '@angular/router';
import { roleGuard, signedInGuard } from '@bn/web/core';
import { ForbiddenPage, GermanPaginatorIntl, NotFoundPage } from '@bn/web/ui';
import { provideGermanDates } from '@bn/web/util';
import { Shell } from './shell';

/** The signed-in area: the shell with its shared providers, and every domain as its own lazy chunk. */
export const SIGNED_IN_ROUTES: Route[] = [
  {
    path: '',
    component: Shell,
    canActivate: [signedInGuard],
    // Shared by every signed-in page. Dialogs that hold a date picker pass their opener's injector.
    providers: [
      provideGermanDates(),
      { provide: MatPaginatorIntl, useClass: GermanPaginatorIntl },
      { provide: MAT_SNACK_BAR_DEFAULT_OPTIONS, useValue: { duration: 5000, politeness: 'polite' } },
    ],
    children: [
      { path: '', pathMatch: 'full', loadChildren: () => import('@bn/web/home/feature').then((m) => m.HOME_ROUTES) },
      {
        path: 'buendnisse',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')],
        loadChildren: () => import('@bn/web/alliances/feature').then((m) => m.ALLIANCE_ROUTES),
      },
      {
        path: 'organisationen',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')],
        loadChildren: () => import('@bn/web/organisations/feature').then((m) => m.ORGANISATION_ROUTES),
      },
      {
        path: 'personen',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')],
        loadChildren: () => import('@bn/web/persons/feature').then((m) => m.PERSON_ROUTES),
      },
      {
        path: 'mentorinnen',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')],
        loadChildren: () => import('@bn/web/mentors/feature').then((m) => m.MENTOR_ROUTES),
      },
      {
        path: 'veranstaltungen',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')],
        loadChildren: () => import('@bn/web/events/feature').then((m) => m.EVENT_ROUTES),
      },
      {
        path: 'anfragen',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')],
        loadChildren: () => import('@bn/web/mentoring/feature').then((m) => m.REQUEST_ROUTES),
      },
      {
        path: 'einsaetze',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')],
        loadChildren: () => import('@bn/web/mentoring/feature').then((m) => m.DEPLOYMENT_ROUTES),
      },
      {
        path: 'uebersicht',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM')],
        loadChildren: () => import('@bn/web/dashboard/feature').then((m) => m.DASHBOARD_ROUTES),
      },
      {
        path: 'karte',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM')],
        loadChildren: () => import('@bn/web/dashboard/feature').then((m) => m.MAP_ROUTES),
      },
      {
        path: 'berichte',
        canMatch: [roleGuard('FACHBERATUNG', 'LEITUNG', 'MINISTERIUM')],
        loadChildren: () => import('@bn/web/reports/feature').then((m) => m.REPORT_ROUTES),
      },
      {
        path: 'verwaltung',
        canMatch: [roleGuard('ADMINISTRATION', 'LEITUNG', 'FACHBERATUNG')],
        loadChildren: () => import('@bn/web/admin/feature').then((m) => m.ADMIN_ROUTES),
      },
      { path: 'benachrichtigungen', loadChildren: () => import('@bn/web/inbox/feature').then((m) => m.INBOX_ROUTES) },
      {
        path: 'kalender',
        canMatch: [roleGuard('FACHBERATUNG', 'KOORDINATION', 'MENTOR')],
        loadChildren: () => import('@bn/web/inbox/feature').then((m) => m.CALENDAR_ROUTES),
      },
      { path: 'konto', loadChildren: () => import('@bn/web/account/feature').then((m) => m.ACCOUNT_ROUTES) },
      { path: 'kein-zugriff', title: 'Kein Zugriff – Bündnisnetz', component: ForbiddenPage },
      { path: '**', title: 'Seite nicht gefunden – Bündnisnetz', component: NotFoundPage },
    ],
  },
];
