import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, AuditWriter, DomainEvent, DomainEvents, Principal, scopeOf, versionConflict, VersionedWriter } from '@bn/api/core';
import { Deployment, MentoringRequest } from '@bn/api/data-access-db';
import { DeploymentStatus, DeploymentTransitionDto, WorkflowTransitionDto, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { MentoringAccess } from '../shared/mentoring-access';
import { todayInGermany } from '../shared/mentoring-dates';
import { DEPLOYMENT_TARGET } from '../deployments/deployments.service';
import { decideTransition } from '../workflow/workflow-machine';
import { DEPLOYMENT_MACHINE } from '../workflow/deployment-workflow';
import { REQUEST_MACHINE } from '../workflow/request-workflow';
import { loadDeploymentFacts, loadRequestFacts } from './workflow-facts';
import { refusalError } from './workflow.errors';
import { TransitionLog } from './transition-log';
import { WorkflowActor, workflowActorOf } from './workflow-actor';
import { RequestWorkflow } from './request-workflow.service';

const SIDE_EXITS: readonly DeploymentStatus[] = ['STORNIERT', 'VERSCHOBEN'];

export interface DeploymentMove {
  deployment: Deployment;
  transition: WorkflowTransitionDto;
  /** To publish after the transaction has committed. */
  events: DomainEvent[];
}

/**
 * The deployment lifecycle (domain-research §2.5) in the database, as RequestWorkflow: decided by
 * DEPLOYMENT_MACHINE, version-checked, logged and audited in one transaction. `moveIn` is also used by
 * the report review (BERICHT_*) and the feedback (FEEDBACK_ERHALTEN). When a deployment is closed and its
 * request has nothing open any more, the request is closed with it.
 */
@Injectable()
export class DeploymentWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly log: TransitionLog,
    private readonly access: MentoringAccess,
    private readonly requests: RequestWorkflow,
    private readonly events: DomainEvents,
  ) {}

  /** `POST /deployments/:id/transitions`. Mentors act on their own deployments only (else 404). */
  async transition(id: string, dto: DeploymentTransitionDto, principal: Principal): Promise<WorkflowTransitionResultDto> {
    const actor = workflowActorOf(principal);
    await this.access.assertDeploymentWork(scopeOf(principal), id);
    const move = await this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, DEPLOYMENT_TARGET, id);
      if (current.version !== dto.version) throw versionConflict();
      return this.moveIn(manager, current, dto.to, actor, dto.note ?? null);
    });
    await this.publish(move.events);
    return { subjectId: move.deployment.id, status: move.deployment.status, version: move.deployment.version, transition: move.transition };
  }

  async history(id: string, scope: AccessScope): Promise<WorkflowTransitionDto[]> {
    await this.access.assertDeployment(scope, id);
    if (!(await this.dataSource.getRepository(Deployment).existsBy({ id }))) throw DEPLOYMENT_TARGET.notFound();
    return this.log.list('DEPLOYMENT', id);
  }

  /** Locks the deployment and moves it (for the report review and the feedback, which know no version). */
  async moveLocked(manager: EntityManager, id: string, to: DeploymentStatus, actor: WorkflowActor, note: string | null): Promise<DeploymentMove> {
    const current = await this.writer.lockCurrent(manager, DEPLOYMENT_TARGET, id);
    return this.moveIn(manager, current, to, actor, note);
  }

  async moveIn(
    manager: EntityManager,
    current: Deployment,
    to: DeploymentStatus,
    actor: WorkflowActor,
    note: string | null,
  ): Promise<DeploymentMove> {
    const facts = await loadDeploymentFacts(manager, current.id, todayInGermany());
    const decision = decideTransition(DEPLOYMENT_MACHINE, { from: current.status, to, role: actor.role, facts, note });
    if (!decision.ok) throw refusalError(decision.refusal);
    const patch: Partial<Deployment> = { status: to };
    if (SIDE_EXITS.includes(to)) patch.closingReason = note?.trim() || null;
    const result = await manager
      .createQueryBuilder()
      .update(Deployment)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (!result.affected) throw versionConflict();
    const deployment = await manager.findOneByOrFail(Deployment, { id: current.id });
    const transition = await this.log.record(manager, {
      subjectType: 'DEPLOYMENT',
      subjectId: current.id,
      fromStatus: current.status,
      toStatus: to,
      actorId: actor.userId,
      actor: actor.name,
      note,
    });
    await this.audit.record(manager, {
      actor: actor.name,
      action: 'STATUS_CHANGE',
      entityType: DEPLOYMENT_TARGET.entityType,
      entityId: current.id,
      before: current,
      after: deployment,
    });
    const events: DomainEvent[] = [{ type: 'deployment.transitioned', deploymentId: current.id, from: current.status, to, actorId: actor.userId }];
    if (to === 'FEEDBACK_ANGEFRAGT') events.push({ type: 'feedback.requested', deploymentId: current.id, actorId: actor.userId });
    if (to === 'ABGESCHLOSSEN' && deployment.requestId) await this.closeRequestIfDone(manager, deployment.requestId, actor);
    return { deployment, transition, events };
  }

  async publish(events: DomainEvent[]): Promise<void> {
    for (const event of events) await this.events.publish(event);
  }

  /** §2.5 row 11: the request closes with its last open deployment (only when the machine allows it). */
  private async closeRequestIfDone(manager: EntityManager, requestId: string, actor: WorkflowActor): Promise<void> {
    const request = await manager
      .createQueryBuilder(MentoringRequest, 'request')
      .setLock('pessimistic_write')
      .where('request.id = :requestId AND request.archivedAt IS NULL', { requestId })
      .getOne();
    if (!request || request.status !== 'ZUGEWIESEN') return;
    const facts = await loadRequestFacts(manager, requestId);
    const decision = decideTransition(REQUEST_MACHINE, { from: request.status, to: 'ABGESCHLOSSEN', role: actor.role, facts });
    if (!decision.ok) return;
    await this.requests.moveIn(manager, request, 'ABGESCHLOSSEN', actor, 'Alle Einsätze zu dieser Anfrage sind abgeschlossen.', facts);
  }
}
