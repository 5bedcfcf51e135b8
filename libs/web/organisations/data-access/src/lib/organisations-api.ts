import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateOrganisationDto,
  OrganisationDetailDto,
  OrganisationDto,
  Page,
  UpdateOrganisationDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/organisations';

/**
 * Typed client of `/api/organisations`. Lists take the list query of `OrganisationListQueryDto`
 * (page, pageSize, sort, direction, q, sector, actorType, companySize, landCode, kreisAgs, allianceId,
 * includeArchived); the server restricts every answer to what the role may see.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string>): Observable<Page<OrganisationDto>> {
    return this.http.get<Page<OrganisationDto>>(BASE, { params });
  }

  get(id: string): Observable<OrganisationDetailDto> {
    return this.http.get<OrganisationDetailDto>(`${BASE}/${encodeURIComponent(id)}`);
  }

  create(dto: CreateOrganisationDto): Observable<OrganisationDto> {
    return this.http.post<OrganisationDto>(BASE, dto);
  }

  /** Full replacement; `dto.version` is the version the client read (stale → 409 VERSION_CONFLICT). */
  update(id: string, dto: UpdateOrganisationDto): Observable<OrganisationDto> {
    return this.http.put<OrganisationDto>(`${BASE}/${encodeURIComponent(id)}`, dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${BASE}/${encodeURIComponent(id)}/archive`, { version });
  }
}
