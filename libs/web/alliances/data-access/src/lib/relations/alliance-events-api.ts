import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { EventListItemDto, Page } from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { PageRequest, pageParams, queryParams } from './page-request';

/** Read side of `/api/events` for one alliance (events are created and edited in the events area). */
@Injectable({ providedIn: 'root' })
export class AllianceEventsApi {
  private readonly http = inject(HttpClient);

  list(allianceId: string, request: PageRequest): Observable<Page<EventListItemDto>> {
    return this.http.get<Page<EventListItemDto>>('/api/events', { params: queryParams({ ...pageParams(request), allianceId }) });
  }
}
