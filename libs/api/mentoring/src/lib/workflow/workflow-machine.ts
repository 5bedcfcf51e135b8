/**
 * A small, pure state machine: transitions as data, and one function that decides whether a
 * transition may happen. No Nest, no database: the caller gathers the facts (counts, report status)
 * and turns a refusal into an HTTP answer. The request and deployment lifecycles of
 * domain-research §2.5 are the two machines built with it (request-workflow.ts, deployment-workflow.ts).
 */

/** The roles that take part in the workflows (Leitung reads only; Ministerium and Administration do not take part). */
export type WorkflowRole = 'FACHBERATUNG' | 'KOORDINATION' | 'MENTOR';

export type WorkflowSubject = 'REQUEST' | 'DEPLOYMENT';

/** A rule that must hold for a transition, with the German explanation shown when it does not. */
export interface Precondition<F> {
  code: string;
  message: string;
  holds: (facts: F) => boolean;
}

export interface TransitionRule<S extends string, F> {
  from: S;
  to: S;
  roles: readonly WorkflowRole[];
  /** Side exits (STORNIERT, VERSCHOBEN, NICHT_VERMITTELBAR, …) need a reason in the note. */
  requiresReason: boolean;
  preconditions: readonly Precondition<F>[];
  /**
   * True when the step normally happens as a consequence of another action (an offer, an acceptance,
   * a report submission); it is still decided here, and the transitions endpoint allows it when its
   * preconditions hold.
   */
  automatic: boolean;
}

export interface WorkflowMachine<S extends string, F> {
  subject: WorkflowSubject;
  /** "Anfrage" / "Einsatz": the noun used in messages. */
  noun: string;
  /** Code prefix of path refusals: REQUEST → REQUEST_TRANSITION_NOT_ALLOWED. */
  codePrefix: string;
  statusLabels: Readonly<Record<S, string>>;
  transitions: readonly TransitionRule<S, F>[];
}

export type RefusalKind = 'path' | 'role' | 'reason' | 'precondition';

export interface Refusal {
  kind: RefusalKind;
  code: string;
  message: string;
}

export type Decision<S extends string, F> = { ok: true; rule: TransitionRule<S, F> } | { ok: false; refusal: Refusal };

export interface TransitionAttempt<S extends string, F> {
  from: S;
  to: S;
  role: WorkflowRole;
  facts: F;
  note?: string | null;
}

const ROLE_NAMES: Record<WorkflowRole, string> = {
  FACHBERATUNG: 'die Fachberatung',
  KOORDINATION: 'die Bündniskoordination',
  MENTOR: 'die Mentor:innen des Einsatzes',
};

/** "die Fachberatung", "die Fachberatung oder die Bündniskoordination", … */
export function roleNames(roles: readonly WorkflowRole[]): string {
  const names = roles.map((role) => ROLE_NAMES[role]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} oder ${names[names.length - 1]}`;
}

/** Refusal codes that do not depend on the machine. */
export const WORKFLOW_ROLE_NOT_ALLOWED = 'WORKFLOW_ROLE_NOT_ALLOWED';
export const WORKFLOW_REASON_REQUIRED = 'WORKFLOW_REASON_REQUIRED';

/** The rule for from → to, if the machine has one. */
export function findRule<S extends string, F>(machine: WorkflowMachine<S, F>, from: S, to: S): TransitionRule<S, F> | undefined {
  return machine.transitions.find((rule) => rule.from === from && rule.to === to);
}

/** The statuses reachable from `from` (for a client that offers the next steps). */
export function nextStatuses<S extends string, F>(machine: WorkflowMachine<S, F>, from: S, role?: WorkflowRole): S[] {
  return machine.transitions.filter((rule) => rule.from === from && (!role || rule.roles.includes(role))).map((rule) => rule.to);
}

/**
 * Decides a transition. Checks, in this order: the path exists, the role may take it, a reason is
 * given where one is required, every precondition holds. The first failure is the answer.
 */
export function decideTransition<S extends string, F>(machine: WorkflowMachine<S, F>, attempt: TransitionAttempt<S, F>): Decision<S, F> {
  const { from, to, role, facts } = attempt;
  const label = (status: S): string => `„${machine.statusLabels[status] ?? status}“`;
  if (from === to) {
    return refuse('path', `${machine.codePrefix}_ALREADY_IN_STATUS`, `${article(machine)} ${machine.noun} ist bereits im Status ${label(to)}.`);
  }
  const rule = findRule(machine, from, to);
  if (!rule) {
    return refuse(
      'path',
      `${machine.codePrefix}_TRANSITION_NOT_ALLOWED`,
      `${article(machine)} ${machine.noun} kann nicht von ${label(from)} zu ${label(to)} wechseln.`,
    );
  }
  if (!rule.roles.includes(role)) {
    return refuse('role', WORKFLOW_ROLE_NOT_ALLOWED, `Den Wechsel von ${label(from)} zu ${label(to)} darf nur ${roleNames(rule.roles)} vornehmen.`);
  }
  if (rule.requiresReason && !attempt.note?.trim()) {
    return refuse('reason', WORKFLOW_REASON_REQUIRED, `Für den Wechsel zu ${label(to)} ist eine Begründung erforderlich.`);
  }
  const failed = rule.preconditions.find((precondition) => !precondition.holds(facts));
  if (failed) return refuse('precondition', failed.code, failed.message);
  return { ok: true, rule };
}

function article<S extends string, F>(machine: WorkflowMachine<S, F>): string {
  return machine.subject === 'REQUEST' ? 'Die' : 'Der';
}

function refuse(kind: RefusalKind, code: string, message: string): { ok: false; refusal: Refusal } {
  return { ok: false, refusal: { kind, code, message } };
}
