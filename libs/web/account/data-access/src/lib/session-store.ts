import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { AuthUserDto, LoginResponseDto, Role, SessionStateDto } from '@bn/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth-api';

/** Where the user is in signing in. */
export type SessionPhase = 'unknown' | 'anonymous' | 'second-factor' | 'totp-enrolment' | 'signed-in';

interface SessionState {
  phase: SessionPhase;
  user: AuthUserDto | null;
  idleExpiresAt: number | null;
  expiresAt: number | null;
}

const ANONYMOUS: SessionState = { phase: 'anonymous', user: null, idleExpiresAt: null, expiresAt: null };

/** The signed-in user and the session's expiry, as signals; intent methods for sign-in and sign-out. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<SessionState>({ ...ANONYMOUS, phase: 'unknown' });
  private loading: Promise<void> | null = null;

  readonly phase = computed(() => this.state().phase);
  readonly user = computed(() => this.state().user);
  readonly role = computed<Role | null>(() => this.state().user?.role ?? null);
  readonly isSignedIn = computed(() => this.state().phase === 'signed-in');
  /** Milliseconds since epoch when the session ends for inactivity (null when signed out). */
  readonly idleExpiresAt = computed(() => this.state().idleExpiresAt);
  readonly expiresAt = computed(() => this.state().expiresAt);

  hasRole(...roles: Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /** Loads the session once (on start or after a reload); later calls reuse the answer. */
  ensureLoaded(): Promise<void> {
    this.loading ??= this.reload();
    return this.loading;
  }

  async reload(): Promise<void> {
    try {
      this.applyState(await firstValueFrom(this.api.me()));
    } catch (error) {
      if (error instanceof HttpErrorResponse && error.status === 401) this.state.set(ANONYMOUS);
      else throw error;
    }
  }

  async login(email: string, password: string): Promise<SessionPhase> {
    const response: LoginResponseDto = await firstValueFrom(this.api.login(email, password));
    this.state.set({
      phase: response.totpEnrolmentRequired ? 'totp-enrolment' : response.secondFactorRequired ? 'second-factor' : 'signed-in',
      user: response.user,
      idleExpiresAt: Date.parse(response.idleExpiresAt),
      expiresAt: Date.parse(response.expiresAt),
    });
    this.loading = Promise.resolve();
    return this.phase();
  }

  async confirmSecondFactor(input: { code: string } | { recoveryCode: string }): Promise<void> {
    this.applyState(await firstValueFrom(this.api.confirmSecondFactor(input)));
  }

  async extend(): Promise<void> {
    const response = await firstValueFrom(this.api.extend());
    this.state.update((s) => ({ ...s, idleExpiresAt: Date.parse(response.idleExpiresAt), expiresAt: Date.parse(response.expiresAt) }));
  }

  /** Any API call keeps the session alive on the server; mirror that locally. */
  noteActivity(idleMinutes = 30): void {
    this.state.update((s) => (s.phase === 'anonymous' || s.phase === 'unknown' ? s : { ...s, idleExpiresAt: Date.now() + idleMinutes * 60_000 }));
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.markSignedOut();
    }
  }

  /** The server no longer knows the session (expired, revoked): forget it locally. */
  markSignedOut(): void {
    this.state.set(ANONYMOUS);
    this.loading = Promise.resolve();
  }

  private applyState(dto: SessionStateDto): void {
    this.state.set({
      phase: dto.totpEnrolmentRequired ? 'totp-enrolment' : dto.secondFactorPending ? 'second-factor' : 'signed-in',
      user: dto.user,
      idleExpiresAt: Date.parse(dto.idleExpiresAt),
      expiresAt: Date.parse(dto.expiresAt),
    });
    this.loading = Promise.resolve();
  }
}
