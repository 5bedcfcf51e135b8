import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SearchResponseDto, SearchType } from '@bn/shared/contracts';
import { Observable, map } from 'rxjs';

/** An organisation or alliance a person's function can point to, as a picker shows it. */
export interface FunctionTarget {
  id: string;
  label: string;
  /** e.g. "Aktiv · Landkreis Northeim, NI" or "Wirtschaft · Göttingen". */
  hint: string | null;
}

/**
 * Finds the organisations and alliances a function may name, through the global search: it folds
 * German spellings and already answers with what the caller may reach (a coordinator finds their own
 * alliances and their partner organisations, which is exactly where they may add functions).
 */
@Injectable({ providedIn: 'root' })
export class FunctionTargetsApi {
  private readonly http = inject(HttpClient);

  alliances(q: string, limit = 10): Observable<FunctionTarget[]> {
    return this.find('alliance', q, limit);
  }

  organisations(q: string, limit = 10): Observable<FunctionTarget[]> {
    return this.find('organisation', q, limit);
  }

  private find(type: SearchType, q: string, limit: number): Observable<FunctionTarget[]> {
    return this.http
      .get<SearchResponseDto>('/api/search', { params: { q, types: type, limit } })
      .pipe(
        map((response) =>
          (response.groups.find((group) => group.type === type)?.items ?? []).map((item) => ({
            id: item.id,
            label: item.title,
            hint: item.subtitle,
          })),
        ),
      );
  }
}
