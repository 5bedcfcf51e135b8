import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { GemeindeDto, HandlungsfeldDto, KreisDto, LandDto, ZielgruppeDto } from '@bn/shared/contracts';
import { Observable, shareReplay } from 'rxjs';

export interface GemeindeSearchOptions {
  landCode?: string | null;
  kreisAgs?: string | null;
  limit?: number;
}

/**
 * Typed client of `/api/reference` (Länder, Kreise, Gemeinden, Handlungsfelder, Zielgruppen) for pickers
 * and filters. The lists change only with a release, so each is fetched once per session and shared;
 * a failed request is not cached and is tried again by the next subscriber.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceApi {
  private readonly http = inject(HttpClient);
  private laender$: Observable<LandDto[]> | null = null;
  private handlungsfelder$: Observable<HandlungsfeldDto[]> | null = null;
  private zielgruppen$: Observable<ZielgruppeDto[]> | null = null;
  private readonly kreise = new Map<string, Observable<KreisDto[]>>();

  /** The 16 Länder, ordered by AGS code. */
  laender(): Observable<LandDto[]> {
    this.laender$ ??= this.http.get<LandDto[]>('/api/reference/laender').pipe(shareReplay(1));
    return this.laender$;
  }

  /** Landkreise and kreisfreie Städte, of one Land or (without a code) of all, ordered by name. */
  kreiseOf(landCode?: string | null): Observable<KreisDto[]> {
    const key = landCode ?? '';
    let kreise = this.kreise.get(key);
    if (!kreise) {
      const params: Record<string, string> = landCode ? { landCode } : {};
      kreise = this.http.get<KreisDto[]>('/api/reference/kreise', { params }).pipe(shareReplay(1));
      this.kreise.set(key, kreise);
    }
    return kreise;
  }

  /**
   * The Gemeinde picker: German-tolerant search by name (from two characters), optionally within a Land or
   * Kreis; without a limit the API answers its default number of hits.
   */
  searchGemeinden(q: string, options: GemeindeSearchOptions = {}): Observable<GemeindeDto[]> {
    const params: Record<string, string> = { q: q.trim() };
    if (options.limit) params['limit'] = String(options.limit);
    if (options.landCode) params['landCode'] = options.landCode;
    if (options.kreisAgs) params['kreisAgs'] = options.kreisAgs;
    return this.http.get<GemeindeDto[]>('/api/reference/gemeinden', { params });
  }

  /** The current (KANON) Handlungsfelder HF01–HF12 in their display order. */
  handlungsfelder(): Observable<HandlungsfeldDto[]> {
    this.handlungsfelder$ ??= this.http.get<HandlungsfeldDto[]>('/api/reference/handlungsfelder').pipe(shareReplay(1));
    return this.handlungsfelder$;
  }

  zielgruppen(): Observable<ZielgruppeDto[]> {
    this.zielgruppen$ ??= this.http.get<ZielgruppeDto[]>('/api/reference/zielgruppen').pipe(shareReplay(1));
    return this.zielgruppen$;
  }
}
