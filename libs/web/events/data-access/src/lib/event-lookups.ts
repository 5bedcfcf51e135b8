import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AllianceDto, GemeindeDto, LandDto, SearchResponseDto, SearchType } from '@bn/shared/contracts';
import { Observable, map, shareReplay } from 'rxjs';

/** One choice of a picker: the id that is stored and the text that is shown. */
export interface EventLookupOption {
  id: string;
  label: string;
  hint: string | null;
}

/** Reference data and record look-ups the event pages need (Länder once; the rest searched). */
@Injectable({ providedIn: 'root' })
export class EventLookups {
  private readonly http = inject(HttpClient);

  readonly laender$: Observable<LandDto[]> = this.http.get<LandDto[]>('/api/reference/laender').pipe(shareReplay(1));

  /** The name of an alliance (to show a preselected alliance in the form). */
  allianceName(id: string): Observable<string> {
    return this.http.get<AllianceDto>(`/api/alliances/${encodeURIComponent(id)}`).pipe(map((alliance) => alliance.name));
  }

  searchGemeinden(q: string): Observable<EventLookupOption[]> {
    return this.http
      .get<GemeindeDto[]>('/api/reference/gemeinden', { params: { q, limit: 20 } })
      .pipe(map((rows) => rows.map((g) => ({ id: g.ags, label: g.label, hint: null }))));
  }

  /** Alliances, organisations or persons the user may see, via the global search (German spellings meet). */
  searchRecords(type: SearchType, q: string): Observable<EventLookupOption[]> {
    return this.http
      .get<SearchResponseDto>('/api/search', { params: { q, types: type, limit: 10 } })
      .pipe(map((response) => response.groups.flatMap((group) => group.items).map((item) => ({ id: item.id, label: item.title, hint: item.subtitle }))));
  }
}
