import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, AuditWriter, Principal, scopeOf, versionConflict, VersionedWriter } from '@bn/api/core';
import { MatchProposal, MentoringRequest } from '@bn/api/data-access-db';
import { RequestStatus, RequestTransitionDto, WorkflowTransitionDto, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { MentoringAccess } from '../shared/mentoring-access';
import { REQUEST_TARGET } from '../requests/requests.service';
import { decideTransition } from '../workflow/workflow-machine';
import { REQUEST_MACHINE, RequestFacts } from '../workflow/request-workflow';
import { loadRequestFacts } from './workflow-facts';
import { refusalError } from './workflow.errors';
import { TransitionLog } from './transition-log';
import { WorkflowActor, workflowActorOf } from './workflow-actor';

/** Side exits whose reason is kept on the request as its closing reason. */
const SIDE_EXITS: readonly RequestStatus[] = ['STORNIERT', 'VERSCHOBEN', 'NICHT_VERMITTELBAR'];

export interface RequestMove {
  request: MentoringRequest;
  transition: WorkflowTransitionDto;
}

/**
 * The request lifecycle (domain-research §2.5) in the database: every status change goes through
 * REQUEST_MACHINE, is written with a version check, logged (workflow_transition) and audited in one
 * transaction. `moveIn` is also used by the offers (MENTOR_ANGEFRAGT, ZUGEWIESEN, back to MATCHING)
 * and by the deployment workflow (ABGESCHLOSSEN).
 */
@Injectable()
export class RequestWorkflow {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly log: TransitionLog,
    private readonly access: MentoringAccess,
  ) {}

  /** `POST /requests/:id/transitions`. Coordinators act on their own alliances' requests only (else 404). */
  async transition(id: string, dto: RequestTransitionDto, principal: Principal): Promise<WorkflowTransitionResultDto> {
    const actor = workflowActorOf(principal);
    await this.access.assertRequest(scopeOf(principal), id);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, REQUEST_TARGET, id);
      if (current.version !== dto.version) throw versionConflict();
      const { request, transition } = await this.moveIn(manager, current, dto.to, actor, dto.note ?? null);
      return { subjectId: request.id, status: request.status, version: request.version, transition };
    });
  }

  async history(id: string, scope: AccessScope): Promise<WorkflowTransitionDto[]> {
    await this.access.assertRequest(scope, id);
    if (!(await this.dataSource.getRepository(MentoringRequest).existsBy({ id }))) throw REQUEST_TARGET.notFound();
    return this.log.list('REQUEST', id);
  }

  /**
   * Decides and applies one transition of a request the caller has locked. Leaving MENTOR_ANGEFRAGT by
   * a side exit takes back the open offers (they become proposals again, so the mentors no longer see them).
   */
  async moveIn(
    manager: EntityManager,
    current: MentoringRequest,
    to: RequestStatus,
    actor: WorkflowActor,
    note: string | null,
    facts?: RequestFacts,
  ): Promise<RequestMove> {
    const decision = decideTransition(REQUEST_MACHINE, {
      from: current.status,
      to,
      role: actor.role,
      facts: facts ?? (await loadRequestFacts(manager, current.id)),
      note,
    });
    if (!decision.ok) throw refusalError(decision.refusal);
    const patch: Partial<MentoringRequest> = { status: to };
    if (SIDE_EXITS.includes(to)) patch.closingReason = note?.trim() || null;
    const result = await manager
      .createQueryBuilder()
      .update(MentoringRequest)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (!result.affected) throw versionConflict();
    if (current.status === 'MENTOR_ANGEFRAGT' && SIDE_EXITS.includes(to)) await this.withdrawOpenOffers(manager, current.id);
    const request = await manager.findOneByOrFail(MentoringRequest, { id: current.id });
    const transition = await this.log.record(manager, {
      subjectType: 'REQUEST',
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
      entityType: REQUEST_TARGET.entityType,
      entityId: current.id,
      before: current,
      after: request,
    });
    return { request, transition };
  }

  private async withdrawOpenOffers(manager: EntityManager, requestId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(MatchProposal)
      .set({ response: 'VORGESCHLAGEN', offeredAt: null, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where(`request_id = :requestId AND response = 'ANGEFRAGT'`, { requestId })
      .execute();
  }
}
