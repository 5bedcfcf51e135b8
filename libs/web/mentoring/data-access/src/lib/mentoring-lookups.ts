import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AllianceListItemDto,
  FachgebietDto,
  GemeindeDto,
  HandlungsfeldDto,
  LandDto,
  MentorListItemDto,
  Page,
} from '@bn/shared/contracts';
import { Observable, map, shareReplay } from 'rxjs';

/** An alliance as the mentoring forms and filters offer it. */
export interface AllianceOption {
  id: string;
  name: string;
  code: string;
  landName: string | null;
}

/** A mentor as the filters and the deployment form offer them. */
export interface MentorOption {
  id: string;
  name: string;
}

const toAllianceOption = (a: AllianceListItemDto): AllianceOption => ({ id: a.id, name: a.name, code: a.code, landName: a.landName });

/**
 * The records of other domains that the mentoring screens pick from: reference data (Länder,
 * Fachgebiete, Handlungsfelder; fetched once per session) and small searches over alliances,
 * Gemeinden and mentors. Read-only; every answer is scoped by the API to what the user may see.
 */
@Injectable({ providedIn: 'root' })
export class MentoringLookups {
  private readonly http = inject(HttpClient);

  readonly laender$: Observable<LandDto[]> = this.http.get<LandDto[]>('/api/reference/laender').pipe(shareReplay(1));
  readonly fachgebiete$: Observable<FachgebietDto[]> = this.http
    .get<FachgebietDto[]>('/api/reference/fachgebiete')
    .pipe(shareReplay(1));
  readonly handlungsfelder$: Observable<HandlungsfeldDto[]> = this.http
    .get<HandlungsfeldDto[]>('/api/reference/handlungsfelder')
    .pipe(shareReplay(1));

  /** Alliances whose name matches `q` (German-tolerant search of the API), at most 20. */
  searchAlliances(q: string): Observable<AllianceOption[]> {
    return this.http
      .get<Page<AllianceListItemDto>>('/api/alliances', { params: { q, pageSize: 20, sort: 'name' } })
      .pipe(map((page) => page.items.map(toAllianceOption)));
  }

  /** The alliances the API shows the user (for a coordinator: their own), by name. */
  visibleAlliances(): Observable<AllianceOption[]> {
    return this.http
      .get<Page<AllianceListItemDto>>('/api/alliances', { params: { pageSize: 100, sort: 'name' } })
      .pipe(map((page) => page.items.map(toAllianceOption)));
  }

  /**
   * Gemeinden whose name matches `q` (German-tolerant search of the reference API), for the place of an
   * interested party recorded together with its request; the API answers its default number of hits.
   */
  searchGemeinden(q: string): Observable<GemeindeDto[]> {
    return this.http.get<GemeindeDto[]>('/api/reference/gemeinden', { params: { q: q.trim() } });
  }

  /** Every mentor profile by last name (Fachberatung and Leitung only). */
  mentors(): Observable<MentorOption[]> {
    return this.http
      .get<Page<MentorListItemDto>>('/api/mentors', { params: { pageSize: 100, sort: 'lastName' } })
      .pipe(map((page) => page.items.map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}` }))));
  }
}
