import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AllianceDeclarationDto,
  AllianceSignatureDto,
  CreateAllianceDeclarationDto,
  CreateAllianceSignatureDto,
  UpdateAllianceDeclarationDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';
import { idPath } from './page-request';

/** Typed client of `/api/alliances/:id/declarations` (Gemeinsame Erklärung and its signatures). */
@Injectable({ providedIn: 'root' })
export class AllianceDeclarationsApi {
  private readonly http = inject(HttpClient);

  /** All (non-archived) declarations of the alliance with their signatures. */
  list(allianceId: string): Observable<AllianceDeclarationDto[]> {
    return this.http.get<AllianceDeclarationDto[]>(this.base(allianceId));
  }

  create(allianceId: string, dto: CreateAllianceDeclarationDto): Observable<AllianceDeclarationDto> {
    return this.http.post<AllianceDeclarationDto>(this.base(allianceId), dto);
  }

  update(allianceId: string, declarationId: string, dto: UpdateAllianceDeclarationDto): Observable<AllianceDeclarationDto> {
    return this.http.put<AllianceDeclarationDto>(`${this.base(allianceId)}/${idPath(declarationId)}`, dto);
  }

  archive(allianceId: string, declarationId: string, version: number): Observable<void> {
    return this.http.post<void>(`${this.base(allianceId)}/${idPath(declarationId)}/archive`, { version });
  }

  sign(allianceId: string, declarationId: string, dto: CreateAllianceSignatureDto): Observable<AllianceSignatureDto> {
    return this.http.post<AllianceSignatureDto>(`${this.base(allianceId)}/${idPath(declarationId)}/signatures`, dto);
  }

  private base(allianceId: string): string {
    return `/api/alliances/${idPath(allianceId)}/declarations`;
  }
}
