import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ExportFormat, ExportList, Role } from '@bn/shared/contracts';
import type { DownloadedFile } from '@bn/web/util';
import { Observable } from 'rxjs';
import { getFile } from './file-request';

/** The filters a raw list export understands (ExportQueryDto); the rows are always limited to the caller's scope. */
export interface ExportFilters {
  landCode?: string | null;
  /** Only the records of one alliance (organisations: its partners). */
  allianceId?: string | null;
  includeArchived?: boolean | null;
}

/** Who may export which list (the roles of ExportsController; the API enforces them, this hides the menu). */
export const EXPORT_ROLES: Record<ExportList, readonly Role[]> = {
  alliances: ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'],
  organisations: ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'],
  events: ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'],
  activities: ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION'],
  deployments: ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR'],
};

export function canExport(list: ExportList, role: Role | null | undefined): boolean {
  return !!role && EXPORT_ROLES[list].includes(role);
}

/** Typed client of `/api/exports/*`: raw lists as XLSX or CSV. */
@Injectable({ providedIn: 'root' })
export class ExportsApi {
  private readonly http = inject(HttpClient);

  download(list: ExportList, format: ExportFormat, filters: ExportFilters = {}): Observable<DownloadedFile> {
    const params: Record<string, string> = { format };
    if (filters.landCode) params['landCode'] = filters.landCode;
    if (filters.allianceId) params['allianceId'] = filters.allianceId;
    if (filters.includeArchived) params['includeArchived'] = 'true';
    return getFile(this.http, `/api/exports/${list}`, params, `${list}.${format}`);
  }

  /** A download function for `<bn-export-menu [download]>`, reading the list's current filters when called. */
  downloader(list: ExportList, filters: () => ExportFilters = () => ({})): (format: ExportFormat) => Observable<DownloadedFile> {
    return (format) => this.download(list, format, filters());
  }
}
