import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditWriter } from '@bn/api/core';
import { Deployment, DeploymentFeedback } from '@bn/api/data-access-db';
import { CreateDeploymentFeedbackDto, DeploymentFeedbackDto } from '@bn/shared/contracts';
import { dateInFuture, deploymentNotFound } from '../shared/mentoring.errors';
import { todayInGermany } from '../shared/mentoring-dates';
import { assertOpenDeployment } from '../shared/open-deployment';
import { toDeploymentFeedbackDto } from './feedback.mapper';

/** Rückmeldungen on a deployment: recorded once, listed newest first (they are not edited). */
@Injectable()
export class DeploymentFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async list(deploymentId: string): Promise<DeploymentFeedbackDto[]> {
    if (!(await this.dataSource.getRepository(Deployment).existsBy({ id: deploymentId }))) throw deploymentNotFound();
    const feedback = await this.dataSource
      .getRepository(DeploymentFeedback)
      .find({ where: { deploymentId }, order: { receivedOn: 'DESC', createdAt: 'DESC' } });
    return feedback.map(toDeploymentFeedbackDto);
  }

  async create(deploymentId: string, dto: CreateDeploymentFeedbackDto, actor: string): Promise<DeploymentFeedbackDto> {
    return this.dataSource.transaction(async (manager) => {
      await assertOpenDeployment(manager, deploymentId);
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
      const created = toDeploymentFeedbackDto(await manager.findOneByOrFail(DeploymentFeedback, { id }));
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: 'DeploymentFeedback', entityId: id, after: created });
      return created;
    });
  }
}
