import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { DeploymentListItemDto, Page } from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { PageRequest, pageParams, queryParams } from './page-request';

/** Read side of `/api/deployments` for one alliance (the workflow lives in the mentoring area). */
@Injectable({ providedIn: 'root' })
export class AllianceDeploymentsApi {
  private readonly http = inject(HttpClient);

  list(allianceId: string, request: PageRequest): Observable<Page<DeploymentListItemDto>> {
    return this.http.get<Page<DeploymentListItemDto>>('/api/deployments', {
      params: queryParams({ ...pageParams(request), allianceId }),
    });
  }
}
