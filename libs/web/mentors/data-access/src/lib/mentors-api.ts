import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateMentorAbsenceDto,
  CreateMentorDto,
  MentorAbsenceDto,
  MentorDetailDto,
  MentorDto,
  MentorGalleryItemDto,
  MentorListItemDto,
  Page,
  UpdateMentorAvailabilityDto,
  UpdateMentorDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/mentors';

function mentorUrl(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}`;
}

/** Typed client of `/api/mentors`: gallery, profiles, availability and absences. */
@Injectable({ providedIn: 'root' })
export class MentorsApi {
  private readonly http = inject(HttpClient);

  /** The public gallery (every working role): `q`, `fachgebietCode`, `landCode`, `mode`, `page`, `pageSize`. */
  gallery(params: Record<string, string>): Observable<Page<MentorGalleryItemDto>> {
    return this.http.get<Page<MentorGalleryItemDto>>(`${BASE}/gallery`, { params });
  }

  /** All profiles (Fachberatung, Leitung; a mentor gets only their own). */
  list(params: Record<string, string>): Observable<Page<MentorListItemDto>> {
    return this.http.get<Page<MentorListItemDto>>(BASE, { params });
  }

  get(id: string): Observable<MentorDetailDto> {
    return this.http.get<MentorDetailDto>(mentorUrl(id));
  }

  create(dto: CreateMentorDto): Observable<MentorDto> {
    return this.http.post<MentorDto>(BASE, dto);
  }

  update(id: string, dto: UpdateMentorDto): Observable<MentorDto> {
    return this.http.put<MentorDto>(mentorUrl(id), dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${mentorUrl(id)}/archive`, { version });
  }

  /** Modes, capacity, radius, Länder and gallery text (a mentor on their own profile). */
  updateAvailability(id: string, dto: UpdateMentorAvailabilityDto): Observable<MentorDto> {
    return this.http.put<MentorDto>(`${mentorUrl(id)}/availability`, dto);
  }

  addAbsence(id: string, dto: CreateMentorAbsenceDto): Observable<MentorAbsenceDto> {
    return this.http.post<MentorAbsenceDto>(`${mentorUrl(id)}/absences`, dto);
  }

  removeAbsence(id: string, absenceId: string): Observable<void> {
    return this.http.delete<void>(`${mentorUrl(id)}/absences/${encodeURIComponent(absenceId)}`);
  }
}
