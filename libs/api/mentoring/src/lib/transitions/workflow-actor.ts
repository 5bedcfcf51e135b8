import { forbidden, Principal } from '@bn/api/core';
import { WorkflowRole } from '../workflow/workflow-machine';

/** Who makes a workflow step: the role decides what the state machine allows; id and name go into the log. */
export interface WorkflowActor {
  role: WorkflowRole;
  userId: string | null;
  name: string;
}

const WORKFLOW_ROLES: readonly string[] = ['FACHBERATUNG', 'KOORDINATION', 'MENTOR'];

/** The controllers admit only workflow roles; anything else is refused here as well. */
export function workflowActorOf(principal: Principal): WorkflowActor {
  if (!WORKFLOW_ROLES.includes(principal.role)) throw forbidden();
  return { role: principal.role as WorkflowRole, userId: principal.userId, name: principal.displayName };
}
