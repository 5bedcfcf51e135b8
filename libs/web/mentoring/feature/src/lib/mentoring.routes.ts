import { Route } from '@angular/router';

/** Lazy routes of Anfragen (mentoring requests). */
export const REQUEST_ROUTES: Route[] = [];

/** Lazy routes of Einsätze (deployments). */
export const DEPLOYMENT_ROUTES: Route[] = [];
