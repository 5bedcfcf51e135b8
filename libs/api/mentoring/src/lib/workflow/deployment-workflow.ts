import { DEPLOYMENT_STATUS_LABELS, DeploymentStatus, ReportStatus } from '@bn/shared/contracts';
import { Precondition, TransitionRule, WorkflowMachine, WorkflowRole } from './workflow-machine';

/**
 * The deployment (Einsatz) lifecycle of domain-research §2.5, rows 5–11 and the side exits:
 * ZUGEWIESEN → TERMINIERT → DURCHGEFUEHRT → BERICHT_EINGEREICHT → BERICHT_FREIGEGEBEN | BERICHT_ZURUECKGEGEBEN
 * → FEEDBACK_ANGEFRAGT → FEEDBACK_ERHALTEN → ABGESCHLOSSEN → ABGERECHNET, with VERSCHOBEN and STORNIERT.
 * A report must be approved before ABGESCHLOSSEN (§2.4: "Einsatzbericht required before ABGESCHLOSSEN").
 */

/** What the caller knows about a deployment when it asks for a transition. */
export interface DeploymentFacts {
  sessionCount: number;
  /** Sessions held today or earlier (German calendar). */
  pastSessionCount: number;
  /** Review status of the latest report revision; null without a report. */
  reportStatus: ReportStatus | null;
  /** Feedback recorded by the alliance's coordination. */
  coordinatorFeedbackCount: number;
}

export const HAS_SESSION: Precondition<DeploymentFacts> = {
  code: 'DEPLOYMENT_SESSION_REQUIRED',
  message: 'Tragen Sie zuerst mindestens einen Termin ein; dann ist der Einsatz terminiert.',
  holds: (facts) => facts.sessionCount > 0,
};

export const HAS_PAST_SESSION: Precondition<DeploymentFacts> = {
  code: 'DEPLOYMENT_PAST_SESSION_REQUIRED',
  message: 'Ein Einsatz ist erst durchgeführt, wenn mindestens ein Termin heute oder früher stattgefunden hat.',
  holds: (facts) => facts.pastSessionCount > 0,
};

export const REPORT_SUBMITTED: Precondition<DeploymentFacts> = {
  code: 'DEPLOYMENT_REPORT_SUBMISSION_REQUIRED',
  message: 'Der Status „Bericht eingereicht“ folgt aus dem Einreichen des Berichts.',
  holds: (facts) => facts.reportStatus === 'EINGEREICHT',
};

export const REPORT_RETURNED: Precondition<DeploymentFacts> = {
  code: 'DEPLOYMENT_REPORT_RETURN_REQUIRED',
  message: 'Der Status „Bericht zurückgegeben“ folgt aus der Rückgabe des Berichts mit einem Kommentar.',
  holds: (facts) => facts.reportStatus === 'ZURUECKGEGEBEN',
};

export const REPORT_APPROVED: Precondition<DeploymentFacts> = {
  code: 'DEPLOYMENT_REPORT_APPROVAL_REQUIRED',
  message: 'Dafür muss der Bericht zu diesem Einsatz von der Fachberatung freigegeben sein.',
  holds: (facts) => facts.reportStatus === 'FREIGEGEBEN',
};

export const HAS_COORDINATOR_FEEDBACK: Precondition<DeploymentFacts> = {
  code: 'DEPLOYMENT_FEEDBACK_REQUIRED',
  message: 'Es liegt noch keine Rückmeldung der Bündniskoordination zu diesem Einsatz vor.',
  holds: (facts) => facts.coordinatorFeedbackCount > 0,
};

const FB: readonly WorkflowRole[] = ['FACHBERATUNG'];
const FB_MENTOR: readonly WorkflowRole[] = ['FACHBERATUNG', 'MENTOR'];
/** The coordination's feedback moves the deployment on by itself. */
const FB_KOORD: readonly WorkflowRole[] = ['FACHBERATUNG', 'KOORDINATION'];

type Rule = TransitionRule<DeploymentStatus, DeploymentFacts>;

function step(from: DeploymentStatus, to: DeploymentStatus, roles: readonly WorkflowRole[], options: Partial<Rule> = {}): Rule {
  return { from, to, roles, requiresReason: false, preconditions: [], automatic: false, ...options };
}

/** Statuses that count as closed (for the request: nothing open any more). */
export const DEPLOYMENT_CLOSED_STATUSES: readonly DeploymentStatus[] = ['ABGESCHLOSSEN', 'ABGERECHNET', 'STORNIERT'];

/** Statuses after which the report is due (overdue: 14 days after the last session). */
export const DEPLOYMENT_REPORT_DUE_STATUSES: readonly DeploymentStatus[] = ['ZUGEWIESEN', 'TERMINIERT', 'DURCHGEFUEHRT', 'BERICHT_ZURUECKGEGEBEN'];

/** The statuses from which a report may be submitted (the deployment then moves to BERICHT_EINGEREICHT). */
export const DEPLOYMENT_REPORT_SUBMITTABLE: readonly DeploymentStatus[] = ['DURCHGEFUEHRT', 'BERICHT_ZURUECKGEGEBEN'];

export const DEPLOYMENT_TRANSITIONS: readonly Rule[] = [
  // 5 → 6: dates fixed
  step('ZUGEWIESEN', 'TERMINIERT', FB_MENTOR, { preconditions: [HAS_SESSION] }),
  // 6 → 7 (or 5 → 7 when the sessions are recorded afterwards)
  step('TERMINIERT', 'DURCHGEFUEHRT', FB_MENTOR, { preconditions: [HAS_PAST_SESSION] }),
  step('ZUGEWIESEN', 'DURCHGEFUEHRT', FB_MENTOR, { preconditions: [HAS_PAST_SESSION] }),
  // 7 → 8 and the review (9), driven by the report
  step('DURCHGEFUEHRT', 'BERICHT_EINGEREICHT', FB_MENTOR, { preconditions: [REPORT_SUBMITTED], automatic: true }),
  step('BERICHT_EINGEREICHT', 'BERICHT_ZURUECKGEGEBEN', FB, { preconditions: [REPORT_RETURNED], automatic: true }),
  step('BERICHT_ZURUECKGEGEBEN', 'BERICHT_EINGEREICHT', FB_MENTOR, { preconditions: [REPORT_SUBMITTED], automatic: true }),
  step('BERICHT_EINGEREICHT', 'BERICHT_FREIGEGEBEN', FB, { preconditions: [REPORT_APPROVED], automatic: true }),
  // 10: feedback from the coordination
  step('BERICHT_FREIGEGEBEN', 'FEEDBACK_ANGEFRAGT', FB, { preconditions: [REPORT_APPROVED] }),
  step('FEEDBACK_ANGEFRAGT', 'FEEDBACK_ERHALTEN', FB_KOORD, { preconditions: [HAS_COORDINATOR_FEEDBACK], automatic: true }),
  // 11: closed, with an approved report; without feedback only with a reason (no answer after 30 days)
  step('BERICHT_FREIGEGEBEN', 'ABGESCHLOSSEN', FB, { preconditions: [REPORT_APPROVED] }),
  step('FEEDBACK_ERHALTEN', 'ABGESCHLOSSEN', FB, { preconditions: [REPORT_APPROVED] }),
  step('FEEDBACK_ANGEFRAGT', 'ABGESCHLOSSEN', FB, { preconditions: [REPORT_APPROVED], requiresReason: true }),
  step('ABGESCHLOSSEN', 'ABGERECHNET', FB),
  // side exits with a reason
  step('ZUGEWIESEN', 'VERSCHOBEN', FB_MENTOR, { requiresReason: true }),
  step('TERMINIERT', 'VERSCHOBEN', FB_MENTOR, { requiresReason: true }),
  step('ZUGEWIESEN', 'STORNIERT', FB, { requiresReason: true }),
  step('TERMINIERT', 'STORNIERT', FB, { requiresReason: true }),
  step('VERSCHOBEN', 'STORNIERT', FB, { requiresReason: true }),
  // a postponed deployment is taken up again
  step('VERSCHOBEN', 'ZUGEWIESEN', FB_MENTOR),
  step('VERSCHOBEN', 'TERMINIERT', FB_MENTOR, { preconditions: [HAS_SESSION] }),
];

export const DEPLOYMENT_MACHINE: WorkflowMachine<DeploymentStatus, DeploymentFacts> = {
  subject: 'DEPLOYMENT',
  noun: 'Einsatz',
  codePrefix: 'DEPLOYMENT',
  statusLabels: DEPLOYMENT_STATUS_LABELS,
  transitions: DEPLOYMENT_TRANSITIONS,
};
