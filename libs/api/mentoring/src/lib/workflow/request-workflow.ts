import { REQUEST_STATUS_LABELS, RequestStatus } from '@bn/shared/contracts';
import { Precondition, TransitionRule, WorkflowMachine, WorkflowRole } from './workflow-machine';

/**
 * The request (Anfrage) lifecycle of domain-research §2.5, rows 1–5 and the side exits:
 * EINGEGANGEN → IN_KLAERUNG → MATCHING → MENTOR_ANGEFRAGT → ZUGEWIESEN → ABGESCHLOSSEN, with
 * STORNIERT / VERSCHOBEN / NICHT_VERMITTELBAR (each with a reason). The deployment takes over at
 * ZUGEWIESEN (deployment-workflow.ts); the request closes when its deployments are closed.
 */

/** What the caller knows about a request when it asks for a transition. */
export interface RequestFacts {
  /** Offers of the current round still waiting for an answer (ANGEFRAGT). */
  openOffers: number;
  /** The current offer round exists and every mentor in it has accepted. */
  allOfferedAccepted: boolean;
  /** Deployments of the request that are not closed (ABGESCHLOSSEN, ABGERECHNET, STORNIERT) or archived. */
  openDeployments: number;
  /** Deployments of the request that were carried out and closed (ABGESCHLOSSEN, ABGERECHNET). */
  closedDeployments: number;
}

export const OFFER_SENT: Precondition<RequestFacts> = {
  code: 'REQUEST_OFFER_REQUIRED',
  message:
    'Eine Anfrage wechselt zu „Mentor:in angefragt“, indem die Fachberatung sie einer oder zwei Mentor:innen aus den Matching-Vorschlägen anbietet.',
  holds: (facts) => facts.openOffers > 0,
};

export const NO_OPEN_OFFER: Precondition<RequestFacts> = {
  code: 'REQUEST_OFFER_OPEN',
  message:
    'Das Angebot an die Mentor:innen ist noch offen. Erst wenn alle geantwortet haben (oder die Absage für sie erfasst ist), geht die Anfrage zurück ins Matching.',
  holds: (facts) => facts.openOffers === 0 && !facts.allOfferedAccepted,
};

export const ALL_OFFERED_ACCEPTED: Precondition<RequestFacts> = {
  code: 'REQUEST_ACCEPTANCE_REQUIRED',
  message: 'Eine Anfrage ist erst zugewiesen, wenn alle angefragten Mentor:innen zugesagt haben.',
  holds: (facts) => facts.allOfferedAccepted,
};

export const NO_OPEN_DEPLOYMENT: Precondition<RequestFacts> = {
  code: 'REQUEST_DEPLOYMENTS_OPEN',
  message: 'Zu dieser Anfrage gibt es noch Einsätze, die nicht abgeschlossen oder storniert sind.',
  holds: (facts) => facts.openDeployments === 0,
};

export const HAS_CLOSED_DEPLOYMENT: Precondition<RequestFacts> = {
  code: 'REQUEST_DEPLOYMENT_REQUIRED',
  message: 'Eine Anfrage kann erst abgeschlossen werden, wenn mindestens ein Einsatz dazu abgeschlossen ist.',
  holds: (facts) => facts.closedDeployments > 0,
};

const FB: readonly WorkflowRole[] = ['FACHBERATUNG'];
const FB_KOORD: readonly WorkflowRole[] = ['FACHBERATUNG', 'KOORDINATION'];
const FB_MENTOR: readonly WorkflowRole[] = ['FACHBERATUNG', 'MENTOR'];

type Rule = TransitionRule<RequestStatus, RequestFacts>;

function step(from: RequestStatus, to: RequestStatus, roles: readonly WorkflowRole[], options: Partial<Rule> = {}): Rule {
  return { from, to, roles, requiresReason: false, preconditions: [], automatic: false, ...options };
}

function sideExits(froms: RequestStatus[], to: RequestStatus, roles: readonly WorkflowRole[], preconditions: Precondition<RequestFacts>[] = []): Rule[] {
  return froms.map((from) => step(from, to, roles, { requiresReason: true, preconditions }));
}

/** Statuses in which nothing happens any more. */
export const REQUEST_FINAL_STATUSES: readonly RequestStatus[] = ['ABGESCHLOSSEN', 'STORNIERT', 'NICHT_VERMITTELBAR'];

/** Before a mentor is assigned. */
const UNASSIGNED: RequestStatus[] = ['EINGEGANGEN', 'IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT'];

export const REQUEST_TRANSITIONS: readonly Rule[] = [
  // 1 → 2: acknowledged (SLA: 2 working days, see overdue)
  step('EINGEGANGEN', 'IN_KLAERUNG', FB),
  // a clear request (e.g. a phone intake) goes straight to matching
  step('EINGEGANGEN', 'MATCHING', FB),
  step('IN_KLAERUNG', 'MATCHING', FB),
  step('MATCHING', 'IN_KLAERUNG', FB),
  // 3 → 4: only by sending an offer (POST /requests/:id/offers)
  step('MATCHING', 'MENTOR_ANGEFRAGT', FB, { preconditions: [OFFER_SENT], automatic: true }),
  // 4 → 3: every offered mentor answered and at least one declined: the next suggestion
  step('MENTOR_ANGEFRAGT', 'MATCHING', FB_MENTOR, { preconditions: [NO_OPEN_OFFER], automatic: true }),
  // 4 → 5: a mentor's acceptance (all mentors of a tandem) before ZUGEWIESEN
  step('MENTOR_ANGEFRAGT', 'ZUGEWIESEN', FB_MENTOR, { preconditions: [ALL_OFFERED_ACCEPTED], automatic: true }),
  // 11: closed when its deployments are closed
  step('ZUGEWIESEN', 'ABGESCHLOSSEN', FB, { preconditions: [NO_OPEN_DEPLOYMENT, HAS_CLOSED_DEPLOYMENT], automatic: true }),
  // side exits, each with a reason; a coordinator may withdraw the own request before assignment
  ...sideExits(UNASSIGNED, 'STORNIERT', FB_KOORD),
  ...sideExits(UNASSIGNED, 'VERSCHOBEN', FB),
  ...sideExits(['IN_KLAERUNG', 'MATCHING', 'MENTOR_ANGEFRAGT'], 'NICHT_VERMITTELBAR', FB),
  ...sideExits(['ZUGEWIESEN'], 'STORNIERT', FB, [NO_OPEN_DEPLOYMENT]),
  ...sideExits(['VERSCHOBEN'], 'STORNIERT', FB_KOORD),
  // a postponed request is taken up again
  step('VERSCHOBEN', 'IN_KLAERUNG', FB),
  step('VERSCHOBEN', 'MATCHING', FB),
];

export const REQUEST_MACHINE: WorkflowMachine<RequestStatus, RequestFacts> = {
  subject: 'REQUEST',
  noun: 'Anfrage',
  codePrefix: 'REQUEST',
  statusLabels: REQUEST_STATUS_LABELS,
  transitions: REQUEST_TRANSITIONS,
};
