import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FachgebietDto, HandlungsfeldDto, ZielgruppeDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Typed client of the taxonomies under `/api/reference` (read-only). */
@Injectable({ providedIn: 'root' })
export class TaxonomyApi {
  private readonly http = inject(HttpClient);

  /** One taxonomy version (KANON, A, B, C, D) or `all`. */
  handlungsfelder(version: string): Observable<HandlungsfeldDto[]> {
    return this.http.get<HandlungsfeldDto[]>('/api/reference/handlungsfelder', { params: { version } });
  }

  fachgebiete(): Observable<FachgebietDto[]> {
    return this.http.get<FachgebietDto[]>('/api/reference/fachgebiete');
  }

  zielgruppen(): Observable<ZielgruppeDto[]> {
    return this.http.get<ZielgruppeDto[]>('/api/reference/zielgruppen');
  }
}
