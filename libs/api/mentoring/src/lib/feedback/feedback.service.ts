import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, AuditWriter, DomainError, invalidField, Principal, scopeOf, VersionedWriter } from '@bn/api/core';
import { Deployment, DeploymentFeedback } from '@bn/api/data-access-db';
import { CreateDeploymentFeedbackDto, DeploymentFeedbackDto, FeedbackSource } from '@bn/shared/contracts';
import { dateInFuture, deploymentNotFound } from '../shared/mentoring.errors';
import { todayInGermany } from '../shared/mentoring-dates';
import { DEPLOYMENT_TARGET } from '../deployments/deployments.service';
import { DeploymentWorkflow } from '../transitions/deployment-workflow.service';
import { workflowActorOf } from '../transitions/workflow-actor';
import { MentoringAccess } from '../shared/mentoring-access';
import { toDeploymentFeedbackDto } from './feedback.mapper';

/** The feedback source a scope reads and writes: coordinators their own, mentors their self-assessments; staff all. */
function sourceOf(scope: AccessScope): FeedbackSource | null {
  if (scope.kind === 'alliances') return 'KOORDINATION';
  if (scope.kind === 'mentor') return 'MENTOR_SELBST';
  return null;
}

const sourceNotAllowed = (): DomainError =>
  invalidField('FEEDBACK_SOURCE_NOT_ALLOWED', 'source', 'Sie können nur Rückmeldungen Ihrer eigenen Rolle erfassen (Bündniskoordination: KOORDINATION).');

/**
 * Rückmeldungen on a deployment: recorded once, listed newest first (they are not edited). Staff
 * read and record all; coordinators read and record the coordination's feedback on their alliances'
 * deployments; mentors read the self-assessments on their own deployments.
 */
@Injectable()
export class DeploymentFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly access: MentoringAccess,
    private readonly writer: VersionedWriter,
    private readonly workflow: DeploymentWorkflow,
  ) {}

  async list(deploymentId: string, scope: AccessScope): Promise<DeploymentFeedbackDto[]> {
    await this.access.assertDeployment(scope, deploymentId);
    if (!(await this.dataSource.getRepository(Deployment).existsBy({ id: deploymentId }))) throw deploymentNotFound();
    const source = sourceOf(scope);
    const feedback = await this.dataSource.getRepository(DeploymentFeedback).find({
      where: source ? { deploymentId, source } : { deploymentId },
      order: { receivedOn: 'DESC', createdAt: 'DESC' },
    });
    return feedback.map(toDeploymentFeedbackDto);
  }

  /**
   * Records feedback. The coordination's answer to a feedback request moves the deployment on to
   * FEEDBACK_ERHALTEN (§2.5 row 10) in the same transaction.
   */
  async create(deploymentId: string, dto: CreateDeploymentFeedbackDto, principal: Principal): Promise<DeploymentFeedbackDto> {
    const scope = scopeOf(principal);
    await this.access.assertDeployment(scope, deploymentId);
    const source = sourceOf(scope);
    if (source && dto.source !== source) throw sourceNotAllowed();
    const { created, events } = await this.dataSource.transaction(async (manager) => {
      const deployment = await this.writer.lockCurrent(manager, DEPLOYMENT_TARGET, deploymentId);
      if (dto.receivedOn > todayInGermany()) throw dateInFuture('receivedOn', 'Das Eingangsdatum');
      const { identifiers } = await manager.insert(DeploymentFeedback, {
        deploymentId,
        source: dto.source,
        satisfaction: dto.satisfaction,
        usefulness: dto.usefulness,
        goalReached: dto.goalReached ?? null,
        wouldRecommend: dto.wouldRecommend ?? null,
        comment: dto.comment?.trim() || null,
        anonymousToMentor: dto.anonymousToMentor ?? false,
        receivedOn: dto.receivedOn,
      });
      const id = String(identifiers[0]['id']);
      const result = toDeploymentFeedbackDto(await manager.findOneByOrFail(DeploymentFeedback, { id }));
      await this.audit.record(manager, { actor: principal.displayName, action: 'CREATE', entityType: 'DeploymentFeedback', entityId: id, after: result });
      if (dto.source !== 'KOORDINATION' || deployment.status !== 'FEEDBACK_ANGEFRAGT') return { created: result, events: [] };
      const move = await this.workflow.moveIn(manager, deployment, 'FEEDBACK_ERHALTEN', workflowActorOf(principal), null);
      return { created: result, events: move.events };
    });
    await this.workflow.publish(events);
    return created;
  }
}
