import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { OrganisationDto, Page } from '@bn/shared/contracts';
import { Observable, map } from 'rxjs';

/** An organisation as a picker offers it. */
export interface OrganisationOption {
  id: string;
  name: string;
  city: string | null;
}

/**
 * Finds organisations by name for the alliance form's "Koordinierungsstelle" (the server limits a
 * coordinator's choice to partners of own alliances and organisations they registered).
 */
@Injectable({ providedIn: 'root' })
export class OrganisationLookup {
  private readonly http = inject(HttpClient);

  search(q: string, limit = 10): Observable<OrganisationOption[]> {
    return this.http
      .get<Page<OrganisationDto>>('/api/organisations', { params: { q: q.trim(), pageSize: limit, sort: 'name' } })
      .pipe(map((page) => page.items.map((o) => ({ id: o.id, name: o.name, city: o.city }))));
  }
}
