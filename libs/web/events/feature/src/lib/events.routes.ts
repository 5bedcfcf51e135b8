import { Route } from '@angular/router';

/** Lazy routes of the area "Veranstaltungen" (filled in by its pages). */
export const EVENT_ROUTES: Route[] = [];
