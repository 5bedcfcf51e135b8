import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MentoringOverdueDto, OfferAnswerDto, OfferSentDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/**
 * Typed client of offers: the Fachberatung offers a request to one mentor (two for a tandem), the
 * mentor accepts or declines (with a reason); and the overdue items of the mentoring workflow.
 */
@Injectable({ providedIn: 'root' })
export class OffersApi {
  private readonly http = inject(HttpClient);

  /** `version` is the request's version. */
  send(requestId: string, proposalIds: string[], version: number): Observable<OfferSentDto> {
    return this.http.post<OfferSentDto>(`/api/requests/${encodeURIComponent(requestId)}/offers`, { proposalIds, version });
  }

  /** `version` is the proposal's version. */
  accept(proposalId: string, version: number): Observable<OfferAnswerDto> {
    return this.http.post<OfferAnswerDto>(`/api/proposals/${encodeURIComponent(proposalId)}/accept`, { version });
  }

  decline(proposalId: string, version: number, reason: string): Observable<OfferAnswerDto> {
    return this.http.post<OfferAnswerDto>(`/api/proposals/${encodeURIComponent(proposalId)}/decline`, { version, reason });
  }

  /** Requests, offers and reports past their service level (Fachberatung, Leitung). */
  overdue(): Observable<MentoringOverdueDto> {
    return this.http.get<MentoringOverdueDto>('/api/mentoring/overdue');
  }
}
