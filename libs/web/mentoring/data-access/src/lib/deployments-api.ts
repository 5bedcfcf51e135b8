import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateDeploymentFeedbackDto,
  CreateDeploymentSessionDto,
  DeploymentDetailDto,
  DeploymentDto,
  DeploymentFeedbackDto,
  DeploymentListItemDto,
  DeploymentReportDto,
  DeploymentSessionDto,
  MentorFeedbackSummaryDto,
  Page,
  ReviewDeploymentReportDto,
  SaveDeploymentReportDto,
  UpdateDeploymentDto,
  UpdateDeploymentSessionDto,
} from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASE = '/api/deployments';

/** Typed client of `/api/deployments` (Einsätze); the API restricts each role to what it may see. */
@Injectable({ providedIn: 'root' })
export class DeploymentsApi {
  private readonly http = inject(HttpClient);

  list(params: Record<string, string>): Observable<Page<DeploymentListItemDto>> {
    return this.http.get<Page<DeploymentListItemDto>>(BASE, { params });
  }

  /** Everything the deployment screen shows: sessions, totals, report (per role), feedback. */
  get(id: string): Observable<DeploymentDetailDto> {
    return this.http.get<DeploymentDetailDto>(`${BASE}/${encodeURIComponent(id)}`);
  }

  /** The latest report revision (Fachberatung, Leitung, the deployment's mentors); 404 without a report. */
  report(id: string): Observable<DeploymentReportDto> {
    return this.http.get<DeploymentReportDto>(`${BASE}/${encodeURIComponent(id)}/report`);
  }

  update(id: string, dto: UpdateDeploymentDto): Observable<DeploymentDto> {
    return this.http.put<DeploymentDto>(`${BASE}/${encodeURIComponent(id)}`, dto);
  }

  archive(id: string, version: number): Observable<void> {
    return this.http.post<void>(`${BASE}/${encodeURIComponent(id)}/archive`, { version });
  }

  createSession(id: string, dto: CreateDeploymentSessionDto): Observable<DeploymentSessionDto> {
    return this.http.post<DeploymentSessionDto>(`${BASE}/${encodeURIComponent(id)}/sessions`, dto);
  }

  updateSession(id: string, sessionId: string, dto: UpdateDeploymentSessionDto): Observable<DeploymentSessionDto> {
    return this.http.put<DeploymentSessionDto>(`${BASE}/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionId)}`, dto);
  }

  deleteSession(id: string, sessionId: string): Observable<void> {
    return this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionId)}`);
  }

  /** All report revisions, newest first. */
  reportRevisions(id: string): Observable<DeploymentReportDto[]> {
    return this.http.get<DeploymentReportDto[]>(`${BASE}/${encodeURIComponent(id)}/report/revisions`);
  }

  /** Saves the draft (creates the first revision, or a new one after a return). */
  saveReport(id: string, dto: SaveDeploymentReportDto): Observable<DeploymentReportDto> {
    return this.http.put<DeploymentReportDto>(`${BASE}/${encodeURIComponent(id)}/report`, dto);
  }

  submitReport(id: string, version: number): Observable<DeploymentReportDto> {
    return this.http.post<DeploymentReportDto>(`${BASE}/${encodeURIComponent(id)}/report/submit`, { version });
  }

  /** The Fachberatung's review: FREIGEGEBEN, or ZURUECKGEGEBEN with a comment. */
  reviewReport(id: string, dto: ReviewDeploymentReportDto): Observable<DeploymentReportDto> {
    return this.http.post<DeploymentReportDto>(`${BASE}/${encodeURIComponent(id)}/report/review`, dto);
  }

  createFeedback(id: string, dto: CreateDeploymentFeedbackDto): Observable<DeploymentFeedbackDto> {
    return this.http.post<DeploymentFeedbackDto>(`${BASE}/${encodeURIComponent(id)}/feedback`, dto);
  }

  /** The signed-in mentor's own feedback, aggregated (figures from three answers on). */
  myFeedbackSummary(): Observable<MentorFeedbackSummaryDto> {
    return this.http.get<MentorFeedbackSummaryDto>('/api/mentors/me/feedback-summary');
  }
}
