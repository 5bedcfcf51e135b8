import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of } from 'rxjs';

/** Body of `GET /api/health/ready` (only the field the client relies on). */
export interface ReadinessReport {
  readonly status: 'ok' | 'error';
}

/** What the start page shows about the server's readiness. */
export type ReadinessCheck =
  | { readonly state: 'idle' }
  | { readonly state: 'loading' }
  | { readonly state: 'ok'; readonly checkedAt: Date }
  | {
      readonly state: 'error';
      readonly reason: string;
      readonly checkedAt: Date;
    };

export const READINESS_URL = '/api/health/ready';

/** Thin typed client for the API's readiness probe. */
@Injectable({ providedIn: 'root' })
export class SystemHealthClient {
  private readonly http = inject(HttpClient);

  /** Emits exactly one result and never errors: a failed request becomes an `error` state. */
  checkReadiness(): Observable<ReadinessCheck> {
    return this.http.get<ReadinessReport>(READINESS_URL).pipe(
      map((report): ReadinessCheck => {
        const checkedAt = new Date();
        return report.status === 'ok'
          ? { state: 'ok', checkedAt }
          : { state: 'error', reason: NOT_READY, checkedAt };
      }),
      catchError((error: unknown) =>
        of<ReadinessCheck>({
          state: 'error',
          reason: describeFailure(error),
          checkedAt: new Date(),
        }),
      ),
    );
  }
}

const NOT_READY =
  'Der Server ist erreichbar, aber nicht betriebsbereit (zum Beispiel fehlt die Verbindung zur Datenbank).';

function describeFailure(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) {
    return 'Die Antwort des Servers konnte nicht gelesen werden.';
  }
  if (error.status === 0) {
    return 'Der Server ist nicht erreichbar.';
  }
  if (error.status === 503) {
    return NOT_READY;
  }
  return `Unerwartete Antwort des Servers (HTTP ${error.status}).`;
}
