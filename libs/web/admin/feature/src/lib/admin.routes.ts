import { Route } from '@angular/router';

/** Lazy routes of the area "Administration" (filled in by its pages). */
export const ADMIN_ROUTES: Route[] = [];
