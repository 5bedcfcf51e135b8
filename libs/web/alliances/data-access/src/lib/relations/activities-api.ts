import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ActivityDetailDto,
  ActivityListItemDto,
  ActivityType,
  CreateActivityDto,
  Page,
  UpdateActivityDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { PageRequest, idPath, pageParams, queryParams } from './page-request';

export interface ActivityFilter {
  q?: string;
  activityType?: ActivityType;
  handlungsfeldId?: string;
}

/** Typed client of `/api/activities`, used for the activities of one alliance (`allianceId` filter). */
@Injectable({ providedIn: 'root' })
export class AllianceActivitiesApi {
  private readonly http = inject(HttpClient);

  list(allianceId: string, request: PageRequest, filter: ActivityFilter = {}): Observable<Page<ActivityListItemDto>> {
    return this.http.get<Page<ActivityListItemDto>>('/api/activities', {
      params: queryParams({ ...pageParams(request), ...filter, allianceId }),
    });
  }

  get(id: string): Observable<ActivityDetailDto> {
    return this.http.get<ActivityDetailDto>(`/api/activities/${idPath(id)}`);
  }

  create(dto: CreateActivityDto): Observable<ActivityDetailDto> {
    return this.http.post<ActivityDetailDto>('/api/activities', dto);
  }

  update(id: string, dto: UpdateActivityDto): Observable<ActivityDetailDto> {
    return this.http.put<ActivityDetailDto>(`/api/activities/${idPath(id)}`, dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`/api/activities/${idPath(id)}/archive`, { version });
  }
}
