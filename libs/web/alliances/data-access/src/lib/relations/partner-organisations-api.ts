import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CreateOrganisationDto, OrganisationDto, Page } from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { queryParams } from './page-request';

export interface OrganisationSearch {
  q?: string;
  /** Only organisations that are current partners of this alliance. */
  allianceId?: string;
}

/** Organisations for the pickers of the alliance tabs: search (`GET /api/organisations`) and create inline. */
@Injectable({ providedIn: 'root' })
export class PartnerOrganisationsApi {
  private readonly http = inject(HttpClient);

  search(lookup: OrganisationSearch, pageSize = 10): Observable<Page<OrganisationDto>> {
    return this.http.get<Page<OrganisationDto>>('/api/organisations', {
      params: queryParams({ ...lookup, page: 1, pageSize, sort: 'name', direction: 'asc' }),
    });
  }

  create(dto: CreateOrganisationDto): Observable<OrganisationDto> {
    return this.http.post<OrganisationDto>('/api/organisations', dto);
  }
}
