import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GemeindeDto, KreisDto, LandDto } from '@bn/shared/contracts';
import { Observable, shareReplay } from 'rxjs';

/**
 * The reference geography (`/api/reference/...`) as the organisation filters and the address's
 * Gemeinde picker need it: the 16 Länder, the Kreise of a Land and a German-tolerant Gemeinde search.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceGeographyApi {
  private readonly http = inject(HttpClient);
  private laenderCache: Observable<LandDto[]> | null = null;

  /** The 16 Länder, ordered by code (loaded once per session; the list does not change). */
  laender(): Observable<LandDto[]> {
    this.laenderCache ??= this.http.get<LandDto[]>('/api/reference/laender').pipe(shareReplay({ bufferSize: 1, refCount: false }));
    return this.laenderCache;
  }

  kreise(landCode: string): Observable<KreisDto[]> {
    return this.http.get<KreisDto[]>('/api/reference/kreise', { params: { landCode } });
  }

  /** Gemeinden whose name matches `q` (at least two characters), e.g. "noerten" finds Nörten-Hardenberg. */
  gemeinden(q: string, limit = 20): Observable<GemeindeDto[]> {
    return this.http.get<GemeindeDto[]>('/api/reference/gemeinden', { params: { q, limit } });
  }
}
