import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateMentoringRequestDto,
  MatchProposalDto,
  MentoringRequestDetailDto,
  MentoringRequestDto,
  MentoringRequestListItemDto,
  MentoringRequestOfferDto,
  Page,
  UpdateMentoringRequestDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/requests';

/**
 * Typed client of `/api/requests` (Anfragen). The API answers mentors with their own view of a
 * request (MentoringRequestOfferDto); the `…Offer…` methods read that shape, the others the staff and
 * coordinators' shape. Which one to call follows from the signed-in role.
 */
@Injectable({ providedIn: 'root' })
export class MentoringRequestsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string>): Observable<Page<MentoringRequestListItemDto>> {
    return this.http.get<Page<MentoringRequestListItemDto>>(BASE, { params });
  }

  /** The requests offered to the signed-in mentor (and those their deployments came from). */
  listOffers(params: Record<string, string>): Observable<Page<MentoringRequestOfferDto>> {
    return this.http.get<Page<MentoringRequestOfferDto>>(BASE, { params });
  }

  get(id: string): Observable<MentoringRequestDetailDto> {
    return this.http.get<MentoringRequestDetailDto>(`${BASE}/${encodeURIComponent(id)}`);
  }

  getOffer(id: string): Observable<MentoringRequestOfferDto> {
    return this.http.get<MentoringRequestOfferDto>(`${BASE}/${encodeURIComponent(id)}`);
  }

  /** Matching proposals, ranked (Fachberatung and Leitung). */
  proposals(id: string): Observable<MatchProposalDto[]> {
    return this.http.get<MatchProposalDto[]>(`${BASE}/${encodeURIComponent(id)}/proposals`);
  }

  create(dto: CreateMentoringRequestDto): Observable<MentoringRequestDto> {
    return this.http.post<MentoringRequestDto>(BASE, dto);
  }

  update(id: string, dto: UpdateMentoringRequestDto): Observable<MentoringRequestDto> {
    return this.http.put<MentoringRequestDto>(`${BASE}/${encodeURIComponent(id)}`, dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${BASE}/${encodeURIComponent(id)}/archive`, { version });
  }
}
