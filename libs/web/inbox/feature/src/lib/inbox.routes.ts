import { Route } from '@angular/router';

/** Lazy routes of Benachrichtigungen (the inbox). */
export const INBOX_ROUTES: Route[] = [
  {
    path: '',
    title: 'Benachrichtigungen – Bündnisnetz',
    loadComponent: () => import('./inbox-page').then((m) => m.InboxPage),
  },
];

/** Lazy routes of the calendar subscriptions: own sessions (mentors) and one alliance's dates. */
export const CALENDAR_ROUTES: Route[] = [
  {
    path: '',
    title: 'Kalender abonnieren – Bündnisnetz',
    loadComponent: () => import('./calendar-feed-page').then((m) => m.CalendarFeedPage),
  },
  {
    path: 'buendnis/:allianceId',
    title: 'Bündnistermine abonnieren – Bündnisnetz',
    loadComponent: () => import('./calendar-feed-page').then((m) => m.CalendarFeedPage),
  },
];
