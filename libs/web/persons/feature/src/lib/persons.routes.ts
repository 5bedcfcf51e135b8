import { Route } from '@angular/router';

/** Lazy routes of the area "Personen" (filled in by its pages). */
export const PERSON_ROUTES: Route[] = [];
