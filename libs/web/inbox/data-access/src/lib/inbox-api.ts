import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MarkedReadDto, NotificationDto, Page, UnreadCountDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/inbox';

/** Typed client of `/api/inbox`: the signed-in user's own notifications (every role). */
@Injectable({ providedIn: 'root' })
export class InboxApi {
  private readonly http = inject(HttpClient);

  /** Newest first; `unread` shows only unread entries. */
  list(query: { page: number; pageSize: number; unread: boolean }): Observable<Page<NotificationDto>> {
    const params: Record<string, string> = { page: String(query.page), pageSize: String(query.pageSize) };
    if (query.unread) params['unread'] = 'true';
    return this.http.get<Page<NotificationDto>>(BASE, { params });
  }

  unreadCount(): Observable<UnreadCountDto> {
    return this.http.get<UnreadCountDto>(`${BASE}/unread-count`);
  }

  markRead(id: string): Observable<NotificationDto> {
    return this.http.post<NotificationDto>(`${BASE}/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<MarkedReadDto> {
    return this.http.post<MarkedReadDto>(`${BASE}/read-all`, {});
  }
}
