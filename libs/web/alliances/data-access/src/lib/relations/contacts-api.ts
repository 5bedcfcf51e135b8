import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreatePersonFunctionDto,
  Page,
  PersonDetailDto,
  PersonFunctionDto,
  PersonListItemDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { PageRequest, idPath, pageParams, queryParams } from './page-request';

export interface PersonSearch {
  q?: string;
  /** Persons with a current function at this organisation. */
  organisationId?: string;
}

/**
 * The alliance's people: persons with a current function in the alliance (`/api/persons?allianceId=`),
 * a person search for pickers, and adding or ending a function (`/api/persons/:id/functions`).
 */
@Injectable({ providedIn: 'root' })
export class AllianceContactsApi {
  private readonly http = inject(HttpClient);

  /** Persons with a current function in the alliance; each item carries its current functions. */
  list(allianceId: string, request: PageRequest): Observable<Page<PersonListItemDto>> {
    return this.http.get<Page<PersonListItemDto>>('/api/persons', { params: queryParams({ ...pageParams(request), allianceId }) });
  }

  /** Persons the user may see, for a picker (first page, sorted by last name). */
  searchPersons(lookup: PersonSearch, pageSize = 10): Observable<Page<PersonListItemDto>> {
    return this.http.get<Page<PersonListItemDto>>('/api/persons', {
      params: queryParams({ ...lookup, page: 1, pageSize, sort: 'lastName', direction: 'asc' }),
    });
  }

  person(personId: string): Observable<PersonDetailDto> {
    return this.http.get<PersonDetailDto>(`/api/persons/${idPath(personId)}`);
  }

  addFunction(personId: string, dto: CreatePersonFunctionDto): Observable<PersonFunctionDto> {
    return this.http.post<PersonFunctionDto>(`/api/persons/${idPath(personId)}/functions`, dto);
  }

  /** Ends a function on `validUntil` (functions are never deleted). */
  endFunction(personId: string, functionId: string, validUntil: string, version: number): Observable<PersonFunctionDto> {
    return this.http.post<PersonFunctionDto>(`/api/persons/${idPath(personId)}/functions/${idPath(functionId)}/end`, {
      validUntil,
      version,
    });
  }
}
