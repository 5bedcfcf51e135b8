import { Route } from '@angular/router';
import { ReportRunsPage } from './runs/report-runs-page';

/** Lazy routes of the area "Berichte": the report runs with creation, progress, release and downloads. */
export const REPORT_ROUTES: Route[] = [{ path: '', title: 'Berichte – Bündnisnetz', component: ReportRunsPage }];
