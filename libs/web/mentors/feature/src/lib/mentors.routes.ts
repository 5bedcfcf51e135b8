import { Route } from '@angular/router';

/** Lazy routes of the area "Mentor:innen" (filled in by its pages). */
export const MENTOR_ROUTES: Route[] = [];
