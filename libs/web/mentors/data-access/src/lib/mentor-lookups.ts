import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FachgebietDto, GemeindeDto, HandlungsfeldDto, LandDto, SearchResponseDto, SearchType } from '@bn/shared/contracts';
import { Observable, map, shareReplay } from 'rxjs';

/** One choice of a picker: the id that is stored and the text that is shown. */
export interface LookupOption {
  id: string;
  label: string;
  hint: string | null;
}

/**
 * Reference data and record look-ups the mentor pages need: Länder, Fachgebiete and Handlungsfelder
 * (loaded once and shared), Gemeinden and people/alliances/organisations for pickers (searched).
 */
@Injectable({ providedIn: 'root' })
export class MentorLookups {
  private readonly http = inject(HttpClient);

  readonly laender$: Observable<LandDto[]> = this.http.get<LandDto[]>('/api/reference/laender').pipe(shareReplay(1));
  readonly fachgebiete$: Observable<FachgebietDto[]> = this.http
    .get<FachgebietDto[]>('/api/reference/fachgebiete')
    .pipe(shareReplay(1));
  readonly handlungsfelder$: Observable<HandlungsfeldDto[]> = this.http
    .get<HandlungsfeldDto[]>('/api/reference/handlungsfelder')
    .pipe(shareReplay(1));

  /** Gemeinden whose name matches (German-tolerant), as picker options with Kreis and Land. */
  searchGemeinden(q: string): Observable<LookupOption[]> {
    return this.http
      .get<GemeindeDto[]>('/api/reference/gemeinden', { params: { q, limit: 20 } })
      .pipe(map((rows) => rows.map((g) => ({ id: g.ags, label: g.label, hint: null }))));
  }

  /** Records of one type the user may see, via the global search (German spellings meet). */
  searchRecords(type: SearchType, q: string): Observable<LookupOption[]> {
    return this.http
      .get<SearchResponseDto>('/api/search', { params: { q, types: type, limit: 10 } })
      .pipe(map((response) => response.groups.flatMap((group) => group.items).map((item) => ({ id: item.id, label: item.title, hint: item.subtitle }))));
  }
}
