import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConsentDto,
  CreateConsentDto,
  CreatePersonDto,
  CreatePersonFunctionDto,
  EndPersonFunctionDto,
  Page,
  PersonDetailDto,
  PersonDto,
  PersonFunctionDto,
  PersonListItemDto,
  RecordPrivacyNoticeDto,
  UpdatePersonDto,
  UpdatePersonFunctionDto,
  WithdrawConsentDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/persons';

function personUrl(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}`;
}

/**
 * Typed client of `/api/persons` with its functions and consents. Lists take the list query of
 * `PersonListQueryDto` (page, pageSize, sort, direction, q, organisationId, allianceId, functionType,
 * privacyNoticeDue, includeArchived); the server restricts every answer to the caller's scope.
 */
@Injectable({ providedIn: 'root' })
export class PersonsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string>): Observable<Page<PersonListItemDto>> {
    return this.http.get<Page<PersonListItemDto>>(BASE, { params });
  }

  get(id: string): Observable<PersonDetailDto> {
    return this.http.get<PersonDetailDto>(personUrl(id));
  }

  create(dto: CreatePersonDto): Observable<PersonDetailDto> {
    return this.http.post<PersonDetailDto>(BASE, dto);
  }

  /** Replaces the person's fields; `dto.version` is the version the client read (stale → 409). */
  update(id: string, dto: UpdatePersonDto): Observable<PersonDto> {
    return this.http.put<PersonDto>(personUrl(id), dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${personUrl(id)}/archive`, { version });
  }

  /** Records the date the Art. 14 DSGVO notice was sent (a later call corrects the date). */
  recordPrivacyNotice(id: string, dto: RecordPrivacyNoticeDto): Observable<PersonDto> {
    return this.http.post<PersonDto>(`${personUrl(id)}/privacy-notice`, dto);
  }

  addFunction(personId: string, dto: CreatePersonFunctionDto): Observable<PersonFunctionDto> {
    return this.http.post<PersonFunctionDto>(`${personUrl(personId)}/functions`, dto);
  }

  updateFunction(personId: string, functionId: string, dto: UpdatePersonFunctionDto): Observable<PersonFunctionDto> {
    return this.http.put<PersonFunctionDto>(`${personUrl(personId)}/functions/${encodeURIComponent(functionId)}`, dto);
  }

  /** Functions are ended, never deleted. */
  endFunction(personId: string, functionId: string, dto: EndPersonFunctionDto): Observable<PersonFunctionDto> {
    return this.http.post<PersonFunctionDto>(`${personUrl(personId)}/functions/${encodeURIComponent(functionId)}/end`, dto);
  }

  grantConsent(personId: string, dto: CreateConsentDto): Observable<ConsentDto> {
    return this.http.post<ConsentDto>(`${personUrl(personId)}/consents`, dto);
  }

  withdrawConsent(personId: string, consentId: string, dto: WithdrawConsentDto): Observable<ConsentDto> {
    return this.http.post<ConsentDto>(`${personUrl(personId)}/consents/${encodeURIComponent(consentId)}/withdraw`, dto);
  }
}
