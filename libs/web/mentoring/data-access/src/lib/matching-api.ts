import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { MatchProposalDto, MatchSuggestionsDto, MatchWeights, MatchingSettingsDto } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Store chosen suggestions as proposals; an excluded mentor needs `overrideReason`. */
export interface ProposeMentorsCommand {
  mentorIds: string[];
  overrideReason?: string | null;
}

/** Typed client of the matcher: suggestions of a request, storing proposals, and the weights setting. */
@Injectable({ providedIn: 'root' })
export class MatchingApi {
  private readonly http = inject(HttpClient);

  /** Ranked suggestions with their explanation, and the excluded mentors (Fachberatung, Leitung). */
  suggestions(requestId: string): Observable<MatchSuggestionsDto> {
    return this.http.get<MatchSuggestionsDto>(`/api/requests/${encodeURIComponent(requestId)}/suggestions`);
  }

  propose(requestId: string, command: ProposeMentorsCommand): Observable<MatchProposalDto[]> {
    return this.http.post<MatchProposalDto[]>(`/api/requests/${encodeURIComponent(requestId)}/suggestions/proposals`, command);
  }

  settings(): Observable<MatchingSettingsDto> {
    return this.http.get<MatchingSettingsDto>('/api/settings/matching');
  }

  updateSettings(weights: MatchWeights, version: number): Observable<MatchingSettingsDto> {
    return this.http.put<MatchingSettingsDto>('/api/settings/matching', { ...weights, version });
  }
}
