// Plain constants only: this file holds no decorated class, so a client that imports a constant does
// not pull the DTO classes (whose class-transformer decorators need reflect-metadata) into its bundle.
import type { DeploymentStatus, RequestStatus } from '../enums';

/**
 * The steps of the request and deployment lifecycles (domain-research §2.5) that a person takes by
 * hand through `POST /api/{requests|deployments}/:id/transitions`, as the client offers them. The
 * server's state machines (libs/api/mentoring/src/lib/workflow) are the authority: a spec there
 * checks that this table equals their non-automatic rules. Preconditions (a session, an approved
 * report, …) are only checked by the server; a refusal answers 409 with a German explanation.
 * Steps that follow from another action (sending an offer, an acceptance, submitting a report) are
 * not listed.
 */
export type ManualWorkflowRole = 'FACHBERATUNG' | 'KOORDINATION' | 'MENTOR';

export interface ManualTransition<S extends string> {
  from: S;
  to: S;
  roles: readonly ManualWorkflowRole[];
  /** Side exits need a reason (the note). */
  requiresReason: boolean;
}

const FB: readonly ManualWorkflowRole[] = ['FACHBERATUNG'];
const FB_KOORD: readonly ManualWorkflowRole[] = ['FACHBERATUNG', 'KOORDINATION'];
const FB_MENTOR: readonly ManualWorkflowRole[] = ['FACHBERATUNG', 'MENTOR'];

function t<S extends string>(from: S, to: S, roles: readonly ManualWorkflowRole[], requiresReason = false): ManualTransition<S> {
  return { from, to, roles, requiresReason };
}

export const REQUEST_MANUAL_TRANSITIONS: readonly ManualTransition<RequestStatus>[] = [
  t('EINGEGANGEN', 'IN_KLAERUNG', FB),
  t('EINGEGANGEN', 'MATCHING', FB),
  t('IN_KLAERUNG', 'MATCHING', FB),
  t('MATCHING', 'IN_KLAERUNG', FB),
  ...(['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT'] as const).map((from) => t<RequestStatus>(from, 'STORNIERT', FB_KOORD, true)),
  ...(['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT'] as const).map((from) => t<RequestStatus>(from, 'VERSCHOBEN', FB, true)),
  ...(['IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT'] as const).map((from) => t<RequestStatus>(from, 'NICHT_VERMITTELBAR', FB, true)),
  t('ZUGEWIESEN', 'STORNIERT', FB, true),
  t('VERSCHOBEN', 'STORNIERT', FB_KOORD, true),
  t('VERSCHOBEN', 'IN_KLAERUNG', FB),
  t('VERSCHOBEN', 'MATCHING', FB),
];

export const DEPLOYMENT_MANUAL_TRANSITIONS: readonly ManualTransition<DeploymentStatus>[] = [
  t('ZUGEWIESEN', 'TERMINIERT', FB_MENTOR),
  t('TERMINIERT', 'DURCHGEFUEHRT', FB_MENTOR),
  t('ZUGEWIESEN', 'DURCHGEFUEHRT', FB_MENTOR),
  t('BERICHT_FREIGEGEBEN', 'FEEDBACK_ANGEFRAGT', FB),
  t('BERICHT_FREIGEGEBEN', 'ABGESCHLOSSEN', FB),
  t('FEEDBACK_ERHALTEN', 'ABGESCHLOSSEN', FB),
  t('FEEDBACK_ANGEFRAGT', 'ABGESCHLOSSEN', FB, true),
  t('ABGESCHLOSSEN', 'ABGERECHNET', FB),
  t('ZUGEWIESEN', 'VERSCHOBEN', FB_MENTOR, true),
  t('TERMINIERT', 'VERSCHOBEN', FB_MENTOR, true),
  t('ZUGEWIESEN', 'STORNIERT', FB, true),
  t('TERMINIERT', 'STORNIERT', FB, true),
  t('VERSCHOBEN', 'STORNIERT', FB, true),
  t('VERSCHOBEN', 'ZUGEWIESEN', FB_MENTOR),
  t('VERSCHOBEN', 'TERMINIERT', FB_MENTOR),
];
