import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ManualTransition, ManualWorkflowRole, Role, WorkflowSubjectKind, WorkflowTransitionDto, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { DEPLOYMENT_MANUAL_TRANSITIONS, REQUEST_MANUAL_TRANSITIONS } from '@bn/shared/contracts';
import { Observable } from 'rxjs';

const BASES: Record<WorkflowSubjectKind, string> = { REQUEST: '/api/requests', DEPLOYMENT: '/api/deployments' };

/** Ask for a status change; `note` is the reason of a side exit. */
export interface TransitionCommand {
  to: string;
  version: number;
  note?: string | null;
}

/**
 * Typed client of the status transitions of Anfragen and Einsätze (domain-research §2.5):
 * `POST/GET /api/{requests|deployments}/:id/transitions`.
 */
@Injectable({ providedIn: 'root' })
export class WorkflowApi {
  private readonly http = inject(HttpClient);

  transition(subject: WorkflowSubjectKind, id: string, command: TransitionCommand): Observable<WorkflowTransitionResultDto> {
    return this.http.post<WorkflowTransitionResultDto>(`${BASES[subject]}/${encodeURIComponent(id)}/transitions`, command);
  }

  /** The history, oldest first. */
  history(subject: WorkflowSubjectKind, id: string): Observable<WorkflowTransitionDto[]> {
    return this.http.get<WorkflowTransitionDto[]>(`${BASES[subject]}/${encodeURIComponent(id)}/transitions`);
  }
}

/**
 * The steps the signed-in role may take by hand from `status` (the server still checks the
 * preconditions and the scope). Roles that do not take part in the workflow get none.
 */
export function manualTransitions(subject: WorkflowSubjectKind, status: string, role: Role | null): ManualTransition<string>[] {
  if (!role) return [];
  const table: readonly ManualTransition<string>[] = subject === 'REQUEST' ? REQUEST_MANUAL_TRANSITIONS : DEPLOYMENT_MANUAL_TRANSITIONS;
  return table.filter((rule) => rule.from === status && rule.roles.includes(role as ManualWorkflowRole));
}
