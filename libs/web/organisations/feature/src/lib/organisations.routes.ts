import { Route } from '@angular/router';

/** Lazy routes of the area "Organisationen" (filled in by its pages). */
export const ORGANISATION_ROUTES: Route[] = [];
