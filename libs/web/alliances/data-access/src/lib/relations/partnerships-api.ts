import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AlliancePartnershipDto,
  CreateAlliancePartnershipDto,
  Page,
  PartnerRole,
  Sector,
  UpdateAlliancePartnershipDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { PageRequest, idPath, pageParams, queryParams } from './page-request';

export interface PartnershipFilter {
  q?: string;
  role?: PartnerRole;
  sector?: Sector;
  /** Only partnerships whose period has not ended. */
  currentOnly?: boolean;
  includeArchived?: boolean;
}

/** Typed client of `/api/alliances/:id/partners` (Bündnispartnerschaften of one alliance). */
@Injectable({ providedIn: 'root' })
export class AlliancePartnershipsApi {
  private readonly http = inject(HttpClient);

  list(allianceId: string, request: PageRequest, filter: PartnershipFilter = {}): Observable<Page<AlliancePartnershipDto>> {
    return this.http.get<Page<AlliancePartnershipDto>>(this.base(allianceId), {
      params: queryParams({ ...pageParams(request), ...filter }),
    });
  }

  create(allianceId: string, dto: CreateAlliancePartnershipDto): Observable<AlliancePartnershipDto> {
    return this.http.post<AlliancePartnershipDto>(this.base(allianceId), dto);
  }

  update(allianceId: string, partnershipId: string, dto: UpdateAlliancePartnershipDto): Observable<AlliancePartnershipDto> {
    return this.http.put<AlliancePartnershipDto>(`${this.base(allianceId)}/${idPath(partnershipId)}`, dto);
  }

  archive(allianceId: string, partnershipId: string, version: number): Observable<void> {
    return this.http.post<void>(`${this.base(allianceId)}/${idPath(partnershipId)}/archive`, { version });
  }

  private base(allianceId: string): string {
    return `/api/alliances/${idPath(allianceId)}/partners`;
  }
}
