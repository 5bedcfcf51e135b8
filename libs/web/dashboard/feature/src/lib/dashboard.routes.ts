import { Route } from '@angular/router';
import { DashboardPage } from './overview/dashboard-page';
import { MapPage } from './map/map-page';

/** Lazy routes of "Übersicht" (/uebersicht); the map is its own entry point (/karte). */
export const DASHBOARD_ROUTES: Route[] = [{ path: '', title: 'Übersicht – Bündnisnetz', component: DashboardPage }];

export const MAP_ROUTES: Route[] = [{ path: '', title: 'Karte – Bündnisnetz', component: MapPage }];
