import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchResponseDto, SearchType } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Route of a search hit's detail page in the client. */
export const SEARCH_RESULT_ROUTES: Record<SearchType, string> = {
  alliance: '/buendnisse',
  organisation: '/organisationen',
  person: '/personen',
  mentor: '/mentorinnen',
};

/** Typed client of `GET /api/search`: results grouped by type, German spellings meet. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  search(q: string, limit = 5): Observable<SearchResponseDto> {
    return this.http.get<SearchResponseDto>('/api/search', { params: { q, limit } });
  }
}
