import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateEventDto,
  CreateEventParticipantDto,
  CreateEventSpeakerDto,
  EventDetailDto,
  EventDto,
  EventListItemDto,
  EventParticipantDto,
  EventSpeakerDto,
  Page,
  UpdateEventDto,
  UpdateEventParticipantDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/events';

function eventUrl(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}`;
}

/** Typed client of `/api/events`: events, their participants (attendance) and speakers. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);

  /** `page`, `pageSize`, `sort`, `direction`, `q` and the filters of EventListQueryDto. */
  list(params: Record<string, string>): Observable<Page<EventListItemDto>> {
    return this.http.get<Page<EventListItemDto>>(BASE, { params });
  }

  get(id: string): Observable<EventDetailDto> {
    return this.http.get<EventDetailDto>(eventUrl(id));
  }

  create(dto: CreateEventDto): Observable<EventDto> {
    return this.http.post<EventDto>(BASE, dto);
  }

  update(id: string, dto: UpdateEventDto): Observable<EventDto> {
    return this.http.put<EventDto>(eventUrl(id), dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${eventUrl(id)}/archive`, { version });
  }

  addParticipant(id: string, dto: CreateEventParticipantDto): Observable<EventParticipantDto> {
    return this.http.post<EventParticipantDto>(`${eventUrl(id)}/participants`, dto);
  }

  updateParticipant(id: string, participantId: string, dto: UpdateEventParticipantDto): Observable<EventParticipantDto> {
    return this.http.put<EventParticipantDto>(`${eventUrl(id)}/participants/${encodeURIComponent(participantId)}`, dto);
  }

  removeParticipant(id: string, participantId: string): Observable<void> {
    return this.http.delete<void>(`${eventUrl(id)}/participants/${encodeURIComponent(participantId)}`);
  }

  addSpeaker(id: string, dto: CreateEventSpeakerDto): Observable<EventSpeakerDto> {
    return this.http.post<EventSpeakerDto>(`${eventUrl(id)}/speakers`, dto);
  }

  removeSpeaker(id: string, speakerId: string): Observable<void> {
    return this.http.delete<void>(`${eventUrl(id)}/speakers/${encodeURIComponent(speakerId)}`);
  }
}
