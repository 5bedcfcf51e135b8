import 'reflect-metadata';
import { DEPLOYMENT_MANUAL_TRANSITIONS, ManualTransition, REQUEST_MANUAL_TRANSITIONS } from '@bn/shared/contracts';
import { DEPLOYMENT_MACHINE } from './deployment-workflow';
import { REQUEST_MACHINE } from './request-workflow';
import { WorkflowMachine } from './workflow-machine';

/** The client offers the next steps from a table in the contracts; it must match the machines. */
function manualRules<S extends string, F>(machine: WorkflowMachine<S, F>): ManualTransition<S>[] {
  return machine.transitions
    .filter((rule) => !rule.automatic)
    .map((rule) => ({ from: rule.from, to: rule.to, roles: [...rule.roles], requiresReason: rule.requiresReason }));
}

function normalise<S extends string>(rules: readonly ManualTransition<S>[]): string[] {
  return rules.map((rule) => `${rule.from}→${rule.to} [${[...rule.roles].sort().join(',')}]${rule.requiresReason ? ' reason' : ''}`).sort();
}

describe('manual transitions offered by the client', () => {
  it('equal the request machine’s non-automatic rules', () => {
    expect(normalise(REQUEST_MANUAL_TRANSITIONS)).toEqual(normalise(manualRules(REQUEST_MACHINE)));
  });

  it('equal the deployment machine’s non-automatic rules', () => {
    expect(normalise(DEPLOYMENT_MANUAL_TRANSITIONS)).toEqual(normalise(manualRules(DEPLOYMENT_MACHINE)));
  });
});
