import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditWriter, RequestContext, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Deployment, DeploymentMentor, DeploymentSpecialty, MentoringRequest } from '@bn/api/data-access-db';
import { CreateDeploymentDto, DeploymentDto, DeploymentFieldsInputDto, UpdateDeploymentDto } from '@bn/shared/contracts';
import { deploymentNotFound } from '../shared/mentoring.errors';
import { assertAllianceUsable, assertEventExists, assertFachgebieteExist, assertMentorsExist } from '../shared/mentoring-references';
import {
  deploymentAllianceMismatch,
  deploymentLeadRequired,
  deploymentMentorDuplicate,
  deploymentRequestArchived,
  deploymentRequestNotFound,
} from './deployment.errors';
import { toDeploymentDto } from './deployment.mapper';
import { TransitionLog } from '../transitions/transition-log';

export const DEPLOYMENT_TARGET: VersionedTarget<Deployment> = {
  entity: Deployment,
  entityType: 'Deployment',
  notFound: deploymentNotFound,
};

/**
 * Writes of Einsätze: create, update (replacing mentors and Fachgebiete), archive. Status changes
 * after creation belong to the deployment workflow.
 */
@Injectable()
export class DeploymentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly log: TransitionLog,
  ) {}

  async create(dto: CreateDeploymentDto, actor: string): Promise<DeploymentDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkFields(manager, dto, null);
      const { identifiers } = await manager.insert(Deployment, { ...this.toColumns(dto), status: dto.status ?? 'ZUGEWIESEN' });
      const id = String(identifiers[0]['id']);
      await this.replaceChildren(manager, id, dto);
      const created = await manager.findOneByOrFail(Deployment, { id });
      const result = toDeploymentDto(created, dto.mentors, dto.fachgebietCodes);
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: DEPLOYMENT_TARGET.entityType, entityId: id, after: result });
      const actorId = RequestContext.principal()?.userId ?? null;
      await this.log.record(manager, { subjectType: 'DEPLOYMENT', subjectId: id, fromStatus: null, toStatus: created.status, actorId, actor });
      return result;
    });
  }

  async update(id: string, dto: UpdateDeploymentDto, actor: string): Promise<DeploymentDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, DEPLOYMENT_TARGET, id);
      await this.checkFields(manager, dto, current);
      const updated = await this.writer.update(manager, DEPLOYMENT_TARGET, id, dto.version, this.toColumns(dto), actor);
      await this.replaceChildren(manager, id, dto);
      return toDeploymentDto(updated, dto.mentors, dto.fachgebietCodes);
    });
  }

  async archive(id: string, version: number, actor: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.archive(manager, DEPLOYMENT_TARGET, id, version, actor));
  }

  private toColumns(dto: DeploymentFieldsInputDto): Partial<Deployment> {
    return {
      requestId: dto.requestId ?? null,
      allianceId: dto.allianceId,
      deploymentType: dto.deploymentType,
      mode: dto.mode,
      eventId: dto.eventId ?? null,
      followUpNeeded: dto.followUpNeeded ?? false,
      followUpNote: dto.followUpNote?.trim() || null,
    };
  }

  /** Mentors and Fachgebiete are replaced as a whole. */
  private async replaceChildren(manager: EntityManager, deploymentId: string, dto: DeploymentFieldsInputDto): Promise<void> {
    await manager.delete(DeploymentMentor, { deploymentId });
    await manager.delete(DeploymentSpecialty, { deploymentId });
    await manager.insert(
      DeploymentMentor,
      dto.mentors.map((m) => ({ deploymentId, mentorId: m.mentorId, isLead: m.isLead })),
    );
    if (dto.fachgebietCodes.length) {
      await manager.insert(
        DeploymentSpecialty,
        dto.fachgebietCodes.map((fachgebietCode) => ({ deploymentId, fachgebietCode })),
      );
    }
  }

  /** Field rules and references; unchanged references are not checked again on update. */
  private async checkFields(manager: EntityManager, dto: DeploymentFieldsInputDto, current: Deployment | null): Promise<void> {
    const mentorIds = dto.mentors.map((m) => m.mentorId);
    if (new Set(mentorIds).size !== mentorIds.length) throw deploymentMentorDuplicate();
    if (dto.mentors.filter((m) => m.isLead).length !== 1) throw deploymentLeadRequired();

    if (!current || current.allianceId !== dto.allianceId) await assertAllianceUsable(manager, dto.allianceId);
    if (dto.requestId) {
      const request = await manager.findOne(MentoringRequest, {
        select: { id: true, allianceId: true, archivedAt: true },
        where: { id: dto.requestId },
      });
      if (!request) throw deploymentRequestNotFound();
      if (request.archivedAt && current?.requestId !== dto.requestId) throw deploymentRequestArchived();
      if (request.allianceId !== dto.allianceId) throw deploymentAllianceMismatch();
    }
    if (dto.eventId && current?.eventId !== dto.eventId) await assertEventExists(manager, dto.eventId, 'eventId');
    const kept = current ? (await manager.findBy(DeploymentMentor, { deploymentId: current.id })).map((m) => m.mentorId) : [];
    await assertMentorsExist(
      manager,
      mentorIds.filter((mentorId) => !kept.includes(mentorId)),
      'mentors',
    );
    await assertFachgebieteExist(manager, dto.fachgebietCodes);
  }
}
