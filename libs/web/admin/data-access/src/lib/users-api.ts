import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  InvitationResponseDto,
  InviteUserDto,
  OneTimeLinkDto,
  Page,
  UpdateUserDto,
  UserDetailDto,
  UserDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Typed client of `/api/users`: the user administration (list, invite, edit, disable, reset links). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** `params`: page, pageSize, sort, direction, q, role, disabled (`true`/`false`). */
  list(params: Record<string, string>): Observable<Page<UserDto>> {
    return this.http.get<Page<UserDto>>('/api/users', { params });
  }

  get(id: string): Observable<UserDetailDto> {
    return this.http.get<UserDetailDto>(`/api/users/${encodeURIComponent(id)}`);
  }

  invite(dto: InviteUserDto): Observable<InvitationResponseDto> {
    return this.http.post<InvitationResponseDto>('/api/users/invitations', dto);
  }

  update(id: string, dto: UpdateUserDto): Observable<UserDto> {
    return this.http.put<UserDto>(`/api/users/${encodeURIComponent(id)}`, dto);
  }

  disable(id: string, version: number): Observable<UserDto> {
    return this.http.post<UserDto>(`/api/users/${encodeURIComponent(id)}/disable`, { version });
  }

  enable(id: string, version: number): Observable<UserDto> {
    return this.http.post<UserDto>(`/api/users/${encodeURIComponent(id)}/enable`, { version });
  }

  passwordResetLink(id: string): Observable<OneTimeLinkDto> {
    return this.http.post<OneTimeLinkDto>(`/api/users/${encodeURIComponent(id)}/password-reset`, {});
  }
}

/**
 * The web address a one-time link of the API leads to. The API answers `/einladung/<token>` or
 * `/passwort-zuruecksetzen/<token>`; the client serves these pages under `/anmelden/…?token=`.
 */
export function oneTimeLinkUrl(link: OneTimeLinkDto, origin: string): string {
  const match = /^\/?(einladung|passwort-zuruecksetzen)\/([^/?#]+)$/.exec(link.link);
  if (!match) return new URL(link.link, origin).toString();
  return `${origin}/anmelden/${match[1]}?token=${encodeURIComponent(decodeURIComponent(match[2]))}`;
}
