import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  DeploymentDetailDto,
  DeploymentDto,
  DeploymentListItemDto,
  DeploymentReportDto,
  Page,
  UpdateDeploymentDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/deployments';

/** Typed client of `/api/deployments` (Einsätze); the API restricts each role to what it may see. */
@Injectable({ providedIn: 'root' })
export class DeploymentsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string>): Observable<Page<DeploymentListItemDto>> {
    return this.http.get<Page<DeploymentListItemDto>>(BASE, { params });
  }

  /** Everything the deployment screen shows: sessions, totals, report (per role), feedback. */
  get(id: string): Observable<DeploymentDetailDto> {
    return this.http.get<DeploymentDetailDto>(`${BASE}/${encodeURIComponent(id)}`);
  }

  /** The latest report revision (Fachberatung, Leitung, the deployment's mentors); 404 without a report. */
  report(id: string): Observable<DeploymentReportDto> {
    return this.http.get<DeploymentReportDto>(`${BASE}/${encodeURIComponent(id)}/report`);
  }

  update(id: string, dto: UpdateDeploymentDto): Observable<DeploymentDto> {
    return this.http.put<DeploymentDto>(`${BASE}/${encodeURIComponent(id)}`, dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${BASE}/${encodeURIComponent(id)}/archive`, { version });
  }
}
