import { Route } from '@angular/router';
import { roleGuard } from '@bn/web/core';
import { unsavedChangesGuard } from '@bn/web/ui';
import { EventDetailPage } from './detail/event-detail-page';
import { EventFormPage } from './form/event-form-page';
import { EventsPage } from './list/events-page';

/** Lazy routes of the area "Veranstaltungen": list/calendar, create, detail, edit. */
export const EVENT_ROUTES: Route[] = [
  { path: '', title: 'Veranstaltungen – Bündnisnetz', component: EventsPage },
  {
    path: 'neu',
    title: 'Neue Veranstaltung – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'KOORDINATION')],
    canDeactivate: [unsavedChangesGuard],
    component: EventFormPage,
  },
  { path: ':id', title: 'Veranstaltung – Bündnisnetz', canDeactivate: [unsavedChangesGuard], component: EventDetailPage },
  {
    path: ':id/bearbeiten',
    title: 'Veranstaltung bearbeiten – Bündnisnetz',
    canMatch: [roleGuard('FACHBERATUNG', 'KOORDINATION')],
    canDeactivate: [unsavedChangesGuard],
    component: EventFormPage,
  },
];
