import 'reflect-metadata';
import fc from 'fast-check';
import { DEPLOYMENT_STATUSES, DeploymentStatus, REQUEST_STATUSES, RequestStatus } from '@bn/shared/contracts';
import { REQUEST_MACHINE, RequestFacts } from './request-workflow';
import { DEPLOYMENT_MACHINE, DeploymentFacts } from './deployment-workflow';
import {
  decideTransition,
  nextStatuses,
  Precondition,
  roleNames,
  WORKFLOW_REASON_REQUIRED,
  WORKFLOW_ROLE_NOT_ALLOWED,
  WorkflowMachine,
  WorkflowRole,
} from './workflow-machine';

/**
 * Table-driven checks shared by the request and deployment machine specs: every pair of statuses is
 * either an allowed transition (tested for each allowed role, and refused for every other role, without
 * a required reason and with each precondition broken) or refused as an unknown path.
 */

const ALL_ROLES: readonly WorkflowRole[] = ['FACHBERATUNG', 'KOORDINATION', 'MENTOR'];

/** Per precondition code: a facts patch that satisfies it and one that breaks it. */
type FactPatches<F> = Record<string, { satisfy: Partial<F>; violate: Partial<F> }>;

function goodFacts<F>(base: F, preconditions: readonly Precondition<F>[], patches: FactPatches<F>): F {
  return preconditions.reduce<F>((facts, p) => ({ ...facts, ...patches[p.code].satisfy }), base);
}

function describeMachine<S extends string, F>(
  machine: WorkflowMachine<S, F>,
  statuses: readonly S[],
  base: F,
  patches: FactPatches<F>,
): void {
  const rules = machine.transitions;
  const allowed = rules.flatMap((rule) => rule.roles.map((role) => [rule.from, rule.to, role] as const));
  const wrongRole = rules.flatMap((rule) => ALL_ROLES.filter((role) => !rule.roles.includes(role)).map((role) => [rule.from, rule.to, role] as const));
  const withReason = rules.filter((rule) => rule.requiresReason).map((rule) => [rule.from, rule.to] as const);
  const broken = rules.flatMap((rule) => rule.preconditions.map((p) => [rule.from, rule.to, p.code] as const));
  const unknown = statuses.flatMap((from) =>
    statuses.filter((to) => !rules.some((rule) => rule.from === from && rule.to === to)).map((to) => [from, to] as const),
  );

  it('has no duplicate transitions and only known statuses', () => {
    const keys = rules.map((rule) => `${rule.from}>${rule.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const rule of rules) {
      expect(statuses).toContain(rule.from);
      expect(statuses).toContain(rule.to);
      expect(rule.roles.length).toBeGreaterThan(0);
    }
  });

  it.each(allowed)('allows %s → %s for %s with reason and preconditions met', (from, to, role) => {
    const rule = rules.find((r) => r.from === from && r.to === to);
    const facts = goodFacts(base, rule?.preconditions ?? [], patches);
    const decision = decideTransition(machine, { from, to, role, facts, note: 'Begründung' });
    expect(decision).toEqual({ ok: true, rule });
  });

  it.each(wrongRole)('refuses %s → %s for %s (role)', (from, to, role) => {
    const rule = rules.find((r) => r.from === from && r.to === to);
    const decision = decideTransition(machine, { from, to, role, facts: goodFacts(base, rule?.preconditions ?? [], patches), note: 'x' });
    expect(decision).toMatchObject({ ok: false, refusal: { kind: 'role', code: WORKFLOW_ROLE_NOT_ALLOWED } });
    if (!decision.ok) expect(decision.refusal.message).toMatch(/darf nur die /);
  });

  if (withReason.length) {
    it.each(withReason)('refuses %s → %s without a reason', (from, to) => {
      const rule = rules.find((r) => r.from === from && r.to === to);
      const facts = goodFacts(base, rule?.preconditions ?? [], patches);
      for (const note of [undefined, null, '', '   ']) {
        const decision = decideTransition(machine, { from, to, role: rule?.roles[0] ?? 'FACHBERATUNG', facts, note });
        expect(decision).toMatchObject({ ok: false, refusal: { kind: 'reason', code: WORKFLOW_REASON_REQUIRED } });
        if (!decision.ok) expect(decision.refusal.message).toContain('Begründung');
      }
    });
  }

  it.each(broken)('refuses %s → %s when %s does not hold', (from, to, code) => {
    const rule = rules.find((r) => r.from === from && r.to === to);
    const facts = { ...goodFacts(base, rule?.preconditions ?? [], patches), ...patches[code].violate };
    const decision = decideTransition(machine, { from, to, role: rule?.roles[0] ?? 'FACHBERATUNG', facts, note: 'Begründung' });
    expect(decision).toMatchObject({ ok: false, refusal: { kind: 'precondition', code } });
  });

  it.each(unknown)('refuses the unknown path %s → %s for every role', (from, to) => {
    for (const role of ALL_ROLES) {
      const decision = decideTransition(machine, { from, to, role, facts: base, note: 'Begründung' });
      const code = from === to ? `${machine.codePrefix}_ALREADY_IN_STATUS` : `${machine.codePrefix}_TRANSITION_NOT_ALLOWED`;
      expect(decision).toMatchObject({ ok: false, refusal: { kind: 'path', code } });
      if (!decision.ok) expect(decision.refusal.message).toContain(`„${machine.statusLabels[to]}“`);
    }
  });
}


const REQUEST_BASE: RequestFacts = { openOffers: 0, allOfferedAccepted: false, openDeployments: 0, closedDeployments: 0 };
const REQUEST_PATCHES: FactPatches<RequestFacts> = {
  REQUEST_OFFER_REQUIRED: { satisfy: { openOffers: 1 }, violate: { openOffers: 0 } },
  REQUEST_OFFER_OPEN: { satisfy: { openOffers: 0, allOfferedAccepted: false }, violate: { openOffers: 1 } },
  REQUEST_ACCEPTANCE_REQUIRED: { satisfy: { allOfferedAccepted: true }, violate: { allOfferedAccepted: false } },
  REQUEST_DEPLOYMENTS_OPEN: { satisfy: { openDeployments: 0 }, violate: { openDeployments: 1 } },
  REQUEST_DEPLOYMENT_REQUIRED: { satisfy: { closedDeployments: 1 }, violate: { closedDeployments: 0 } },
};

const DEPLOYMENT_BASE: DeploymentFacts = { sessionCount: 0, pastSessionCount: 0, reportStatus: null, coordinatorFeedbackCount: 0 };
const DEPLOYMENT_PATCHES: FactPatches<DeploymentFacts> = {
  DEPLOYMENT_SESSION_REQUIRED: { satisfy: { sessionCount: 1 }, violate: { sessionCount: 0 } },
  DEPLOYMENT_PAST_SESSION_REQUIRED: { satisfy: { sessionCount: 1, pastSessionCount: 1 }, violate: { pastSessionCount: 0 } },
  DEPLOYMENT_REPORT_SUBMISSION_REQUIRED: { satisfy: { reportStatus: 'EINGEREICHT' }, violate: { reportStatus: 'ENTWURF' } },
  DEPLOYMENT_REPORT_RETURN_REQUIRED: { satisfy: { reportStatus: 'ZURUECKGEGEBEN' }, violate: { reportStatus: 'EINGEREICHT' } },
  DEPLOYMENT_REPORT_APPROVAL_REQUIRED: { satisfy: { reportStatus: 'FREIGEGEBEN' }, violate: { reportStatus: 'EINGEREICHT' } },
  DEPLOYMENT_FEEDBACK_REQUIRED: { satisfy: { coordinatorFeedbackCount: 1 }, violate: { coordinatorFeedbackCount: 0 } },
};

describe('request workflow (domain-research §2.5)', () => {
  describeMachine(REQUEST_MACHINE, REQUEST_STATUSES as readonly RequestStatus[], REQUEST_BASE, REQUEST_PATCHES);

  it('needs every offered mentor to accept before ZUGEWIESEN, in German', () => {
    const decision = decideTransition(REQUEST_MACHINE, { from: 'MENTOR_ANGEFRAGT', to: 'ZUGEWIESEN', role: 'MENTOR', facts: REQUEST_BASE });
    expect(decision).toEqual({
      ok: false,
      refusal: {
        kind: 'precondition',
        code: 'REQUEST_ACCEPTANCE_REQUIRED',
        message: 'Eine Anfrage ist erst zugewiesen, wenn alle angefragten Mentor:innen zugesagt haben.',
      },
    });
  });

  it('explains a missing path and a wrong role in German', () => {
    const path = decideTransition(REQUEST_MACHINE, { from: 'EINGEGANGEN', to: 'ABGESCHLOSSEN', role: 'FACHBERATUNG', facts: REQUEST_BASE });
    expect(path).toMatchObject({ refusal: { message: 'Die Anfrage kann nicht von „Eingegangen“ zu „Abgeschlossen“ wechseln.' } });
    const role = decideTransition(REQUEST_MACHINE, { from: 'EINGEGANGEN', to: 'IN_KLAERUNG', role: 'KOORDINATION', facts: REQUEST_BASE });
    expect(role).toMatchObject({ refusal: { message: 'Den Wechsel von „Eingegangen“ zu „In Klärung“ darf nur die Fachberatung vornehmen.' } });
  });

  it('lets a coordinator only withdraw (STORNIERT) before assignment', () => {
    for (const status of REQUEST_STATUSES) {
      const targets = nextStatuses(REQUEST_MACHINE, status, 'KOORDINATION');
      expect(targets.every((to) => to === 'STORNIERT')).toBe(true);
    }
    expect(nextStatuses(REQUEST_MACHINE, 'ZUGEWIESEN', 'KOORDINATION')).toEqual([]);
  });

  it('ends in ABGESCHLOSSEN, STORNIERT and NICHT_VERMITTELBAR', () => {
    for (const status of ['ABGESCHLOSSEN', 'STORNIERT', 'NICHT_VERMITTELBAR'] as const) {
      expect(nextStatuses(REQUEST_MACHINE, status)).toEqual([]);
    }
  });
});

describe('deployment workflow (domain-research §2.5)', () => {
  describeMachine(DEPLOYMENT_MACHINE, DEPLOYMENT_STATUSES as readonly DeploymentStatus[], DEPLOYMENT_BASE, DEPLOYMENT_PATCHES);

  it('needs an approved report before ABGESCHLOSSEN from every status that leads there', () => {
    const intoClosed = DEPLOYMENT_MACHINE.transitions.filter((rule) => rule.to === 'ABGESCHLOSSEN');
    expect(intoClosed.length).toBeGreaterThan(0);
    for (const rule of intoClosed) {
      const decision = decideTransition(DEPLOYMENT_MACHINE, {
        from: rule.from,
        to: 'ABGESCHLOSSEN',
        role: 'FACHBERATUNG',
        facts: { ...DEPLOYMENT_BASE, reportStatus: 'EINGEREICHT' },
        note: 'Keine Rückmeldung nach 30 Tagen',
      });
      expect(decision).toMatchObject({ ok: false, refusal: { code: 'DEPLOYMENT_REPORT_APPROVAL_REQUIRED' } });
    }
  });

  it('lets mentors move their deployment only up to the report and postpone it', () => {
    const mentorTargets = new Set(DEPLOYMENT_STATUSES.flatMap((status) => nextStatuses(DEPLOYMENT_MACHINE, status, 'MENTOR')));
    expect([...mentorTargets].sort()).toEqual(['BERICHT_EINGEREICHT', 'DURCHGEFUEHRT', 'TERMINIERT', 'VERSCHOBEN', 'ZUGEWIESEN']);
  });

  it('names several roles in one sentence', () => {
    expect(roleNames(['FACHBERATUNG', 'MENTOR'])).toBe('die Fachberatung oder die Mentor:innen des Einsatzes');
    expect(roleNames(['FACHBERATUNG', 'KOORDINATION', 'MENTOR'])).toBe(
      'die Fachberatung, die Bündniskoordination oder die Mentor:innen des Einsatzes',
    );
  });
});

describe('decideTransition (properties)', () => {
  const requestFacts = fc.record({
    openOffers: fc.nat(3),
    allOfferedAccepted: fc.boolean(),
    openDeployments: fc.nat(3),
    closedDeployments: fc.nat(3),
  });
  const role = fc.constantFrom<WorkflowRole>(...ALL_ROLES);
  const note = fc.option(fc.string({ maxLength: 5 }));

  it('allows a transition only along a rule, for one of its roles, with its reason and preconditions', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REQUEST_STATUSES), fc.constantFrom(...REQUEST_STATUSES), role, requestFacts, note, (from, to, who, facts, text) => {
        const decision = decideTransition(REQUEST_MACHINE, { from, to, role: who, facts, note: text });
        if (!decision.ok) return decision.refusal.message.length > 0 && decision.refusal.code.length > 0;
        const { rule } = decision;
        return (
          rule.from === from &&
          rule.to === to &&
          rule.roles.includes(who) &&
          (!rule.requiresReason || !!text?.trim()) &&
          rule.preconditions.every((p) => p.holds(facts))
        );
      }),
    );
  });
});
