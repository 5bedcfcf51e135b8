import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { UserLinkOptionDto } from '@bn/shared/contracts';
import { Observable, map } from 'rxjs';

/** An alliance or Mentorprofil a user account can be linked to, as a picker shows it. */
export interface LinkOption {
  id: string;
  label: string;
}

/**
 * Look-ups for the user administration's pickers: alliances (for coordinators) and Mentorprofile (for
 * mentors). They use the user administration's own look-ups (id, code, name only), which every role that
 * may invite can read, the Administration included; the alliance and mentor lists stay closed to it.
 */
@Injectable({ providedIn: 'root' })
export class UserLinksApi {
  private readonly http = inject(HttpClient);

  findAlliances(q: string): Observable<LinkOption[]> {
    return this.http
      .get<UserLinkOptionDto[]>('/api/users/link-options/alliances', { params: { q } })
      .pipe(map((items) => items.map((a) => ({ id: a.id, label: a.code ? `${a.name} (${a.code})` : a.name }))));
  }

  findMentorProfiles(q: string): Observable<LinkOption[]> {
    return this.http
      .get<UserLinkOptionDto[]>('/api/users/link-options/mentor-profiles', { params: { q } })
      .pipe(map((items) => items.map((m) => ({ id: m.id, label: m.name }))));
  }
}
