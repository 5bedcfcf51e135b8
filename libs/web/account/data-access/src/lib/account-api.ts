import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OwnSessionDto, RecoveryCodesResponseDto, TotpSetupResponseDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Typed client of `/api/account` (own password, TOTP, sessions) and the public one-time links. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);

  sessions(): Observable<OwnSessionDto[]> {
    return this.http.get<OwnSessionDto[]>('/api/account/sessions');
  }

  revokeSession(id: string): Observable<void> {
    return this.http.delete<void>(`/api/account/sessions/${encodeURIComponent(id)}`);
  }

  changePassword(currentPassword: string, newPassword: string): Observable<void> {
    return this.http.post<void>('/api/account/password', { currentPassword, newPassword });
  }

  setupTotp(): Observable<TotpSetupResponseDto> {
    return this.http.post<TotpSetupResponseDto>('/api/account/totp/setup', {});
  }

  enableTotp(code: string): Observable<RecoveryCodesResponseDto> {
    return this.http.post<RecoveryCodesResponseDto>('/api/account/totp/enable', { code });
  }

  disableTotp(code: string): Observable<void> {
    return this.http.post<void>('/api/account/totp/disable', { code });
  }

  newRecoveryCodes(code: string): Observable<RecoveryCodesResponseDto> {
    return this.http.post<RecoveryCodesResponseDto>('/api/account/recovery-codes', { code });
  }

  acceptInvitation(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/invitations/accept', { token, password });
  }

  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/request', { email });
  }

  confirmPasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<void>('/api/auth/password-reset/confirm', { token, password });
  }
}
