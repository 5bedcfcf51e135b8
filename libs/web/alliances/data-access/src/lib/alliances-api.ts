import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AllianceDetailDto,
  AllianceDto,
  AllianceListItemDto,
  AllianceStatusChangeDto,
  AllianceStatusTransitionDto,
  AllianceStatusTransitionResultDto,
  AuditEntryDto,
  CreateAllianceDto,
  CreateStatusChangeRequestDto,
  DecideStatusChangeRequestDto,
  Page,
  StatusChangeRequestDecisionResultDto,
  StatusChangeRequestDto,
  UpdateAllianceDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

/** Query parameters of a list call (`page`, `pageSize`, `sort`, `direction`, `q` and filters). */
export type ApiQueryParams = Record<string, string | number | boolean | readonly string[]>;

/** The entity type under which the API records an alliance's audit entries (see AUDIT_ENTITY_TYPES). */
export const ALLIANCE_AUDIT_ENTITY_TYPE = 'Alliance';

const base = '/api/alliances';
const id = (value: string): string => encodeURIComponent(value);

/**
 * Typed client of `/api/alliances`: list, detail, create, update, archive, status transitions and status
 * change requests, plus the alliance's audit history (`/api/audit/entities/Alliance/:id`).
 */
@Injectable({ providedIn: 'root' })
export class AlliancesApi {
  private readonly http = inject(HttpClient);

  list(params: ApiQueryParams): Observable<Page<AllianceListItemDto>> {
    return this.http.get<Page<AllianceListItemDto>>(base, { params });
  }

  get(allianceId: string): Observable<AllianceDetailDto> {
    return this.http.get<AllianceDetailDto>(`${base}/${id(allianceId)}`);
  }

  /** Fachberatung and Leitung only; the server assigns the code. */
  create(dto: CreateAllianceDto): Observable<AllianceDto> {
    return this.http.post<AllianceDto>(base, dto);
  }

  /** Full replacement with the version read; a stale version answers 409 VERSION_CONFLICT. */
  update(allianceId: string, dto: UpdateAllianceDto): Observable<AllianceDto> {
    return this.http.put<AllianceDto>(`${base}/${id(allianceId)}`, dto);
  }

  /** Fachberatung only. */
  archive(allianceId: string, version: number): Observable<void> {
    return this.http.post<void>(`${base}/${id(allianceId)}/archive`, { version });
  }

  /** Fachberatung and Leitung: a status change along ALLIANCE_TRANSITIONS. */
  changeStatus(allianceId: string, dto: AllianceStatusTransitionDto): Observable<AllianceStatusTransitionResultDto> {
    return this.http.post<AllianceStatusTransitionResultDto>(`${base}/${id(allianceId)}/status-transitions`, dto);
  }

  /** Newest first; Servicebüro and the alliance's coordinators. */
  statusHistory(allianceId: string): Observable<AllianceStatusChangeDto[]> {
    return this.http.get<AllianceStatusChangeDto[]>(`${base}/${id(allianceId)}/status-history`);
  }

  /** Coordinators ask the Fachberatung for a status change of an own alliance. */
  requestStatusChange(allianceId: string, dto: CreateStatusChangeRequestDto): Observable<StatusChangeRequestDto> {
    return this.http.post<StatusChangeRequestDto>(`${base}/${id(allianceId)}/status-requests`, dto);
  }

  /** All status change requests of the alliance, newest first. */
  statusRequests(allianceId: string): Observable<StatusChangeRequestDto[]> {
    return this.http.get<StatusChangeRequestDto[]>(`${base}/${id(allianceId)}/status-requests`);
  }

  /** Fachberatung only: accept (performs the transition) or refuse (with a note). */
  decideStatusRequest(requestId: string, dto: DecideStatusChangeRequestDto): Observable<StatusChangeRequestDecisionResultDto> {
    return this.http.post<StatusChangeRequestDecisionResultDto>(`/api/status-requests/${id(requestId)}/decision`, dto);
  }

  /** Fachberatung and Leitung: the audit entries of the alliance record, newest first. */
  auditHistory(allianceId: string, params: ApiQueryParams = {}): Observable<Page<AuditEntryDto>> {
    return this.http.get<Page<AuditEntryDto>>(`/api/audit/entities/${ALLIANCE_AUDIT_ENTITY_TYPE}/${id(allianceId)}`, { params });
  }
}
