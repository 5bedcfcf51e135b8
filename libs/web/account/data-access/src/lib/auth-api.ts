import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ExtendSessionResponseDto, LoginResponseDto, SessionStateDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Typed client of `/api/auth`: sign-in in two steps, session state, extend, sign-out. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);

  login(email: string, password: string): Observable<LoginResponseDto> {
    return this.http.post<LoginResponseDto>('/api/auth/login', { email, password });
  }

  confirmSecondFactor(input: { code: string } | { recoveryCode: string }): Observable<SessionStateDto> {
    return this.http.post<SessionStateDto>('/api/auth/totp', input);
  }

  me(): Observable<SessionStateDto> {
    return this.http.get<SessionStateDto>('/api/auth/me');
  }

  extend(): Observable<ExtendSessionResponseDto> {
    return this.http.post<ExtendSessionResponseDto>('/api/auth/extend', {});
  }

  logout(): Observable<void> {
    return this.http.post<void>('/api/auth/logout', {});
  }
}
