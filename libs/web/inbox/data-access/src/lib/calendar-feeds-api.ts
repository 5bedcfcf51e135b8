import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AllianceDetailDto, CalendarFeedDto, CreateCalendarFeedDto, CreatedCalendarFeedDto } from '@bn/shared/contracts';
import { Observable, map } from 'rxjs';

/** Typed client of `/api/calendar/feeds`: the user's iCal subscriptions (secret address shown once). */
@Injectable({ providedIn: 'root' })
export class CalendarFeedsApi {
  private readonly http = inject(HttpClient);

  /** Own feeds, without their addresses. */
  list(): Observable<CalendarFeedDto[]> {
    return this.http.get<CalendarFeedDto[]>('/api/calendar/feeds');
  }

  /** Creates the feed or renews its address (the old address stops working). */
  createOrRenew(dto: CreateCalendarFeedDto): Observable<CreatedCalendarFeedDto> {
    return this.http.post<CreatedCalendarFeedDto>('/api/calendar/feeds', dto);
  }

  /** The alliance's name for the page title (404/403 when it is not visible). */
  allianceName(id: string): Observable<string> {
    return this.http.get<AllianceDetailDto>(`/api/alliances/${encodeURIComponent(id)}`).pipe(map((a) => a.name));
  }
}
