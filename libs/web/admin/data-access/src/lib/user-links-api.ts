import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AllianceListItemDto, MentorListItemDto, Page } from '@bn/shared/contracts';
import { Observable, map } from 'rxjs';

/** An alliance or Mentorprofil a user account can be linked to, as a picker shows it. */
export interface LinkOption {
  id: string;
  label: string;
}

const LOOKUP_SIZE = '10';

/**
 * Look-ups for the user administration's pickers: alliances (for coordinators) and Mentorprofile
 * (for mentors). The API answers 403 to roles that may not read them (e.g. Administration).
 */
@Injectable({ providedIn: 'root' })
export class UserLinksApi {
  private readonly http = inject(HttpClient);

  findAlliances(q: string): Observable<LinkOption[]> {
    return this.http
      .get<Page<AllianceListItemDto>>('/api/alliances', { params: { q, pageSize: LOOKUP_SIZE, sort: 'name', direction: 'asc' } })
      .pipe(map((page) => page.items.map((a) => ({ id: a.id, label: `${a.name} (${a.code})` }))));
  }

  findMentorProfiles(q: string): Observable<LinkOption[]> {
    return this.http
      .get<Page<MentorListItemDto>>('/api/mentors', { params: { q, pageSize: LOOKUP_SIZE, sort: 'lastName', direction: 'asc' } })
      .pipe(map((page) => page.items.map((m) => ({ id: m.id, label: `${m.firstName} ${m.lastName}`.trim() }))));
  }
}
