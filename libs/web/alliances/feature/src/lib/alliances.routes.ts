import { Route } from '@angular/router';

/** Lazy routes of the area "Bündnisse" (filled in by its pages). */
export const ALLIANCE_ROUTES: Route[] = [];
