import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AllianceMapDto, AllianceStatus, DashboardDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

export interface AllianceMapFilter {
  status: AllianceStatus | null;
  handlungsfeld: string | null;
}

/** Typed client of `/api/dashboard` and `/api/map/alliances`. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  dashboard(): Observable<DashboardDto> {
    return this.http.get<DashboardDto>('/api/dashboard');
  }

  /** Unset filters are left out of the query. */
  allianceMap(filter: AllianceMapFilter): Observable<AllianceMapDto> {
    const params: Record<string, string> = {};
    if (filter.status) params['status'] = filter.status;
    if (filter.handlungsfeld) params['handlungsfeld'] = filter.handlungsfeld;
    return this.http.get<AllianceMapDto>('/api/map/alliances', { params });
  }
}
