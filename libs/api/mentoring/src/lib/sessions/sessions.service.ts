import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, AuditWriter, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { DeploymentSession } from '@bn/api/data-access-db';
import { CreateDeploymentSessionDto, DeploymentSessionDto, UpdateDeploymentSessionDto } from '@bn/shared/contracts';
import { assertGemeindeExists } from '../shared/mentoring-references';
import { assertOpenDeployment, lockOpenDeployment } from '../shared/open-deployment';
import { MentoringAccess } from '../shared/mentoring-access';
import { isReportClosed } from '../shared/report-lock';
import { sessionNotFound, sessionsLocked, sessionTimesReversed } from './session.errors';
import { toDeploymentSessionDto } from './session.mapper';

const SESSION_TARGET: VersionedTarget<DeploymentSession> = {
  entity: DeploymentSession,
  entityType: 'DeploymentSession',
  notFound: sessionNotFound,
};

/**
 * Termine of a deployment: add, change (with version), remove. The Fachberatung works on every
 * deployment; a mentor on their own ones, until the report is submitted (then 409).
 */
@Injectable()
export class DeploymentSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: MentoringAccess,
  ) {}

  async create(deploymentId: string, dto: CreateDeploymentSessionDto, scope: AccessScope, actor: string): Promise<DeploymentSessionDto> {
    await this.access.assertDeploymentWork(scope, deploymentId);
    return this.dataSource.transaction(async (manager) => {
      await this.assertWritable(manager, deploymentId, scope);
      await this.checkFields(manager, dto, null);
      const { identifiers } = await manager.insert(DeploymentSession, { deploymentId, ...this.toColumns(dto) });
      const id = String(identifiers[0]['id']);
      const created = await this.load(manager, id);
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: SESSION_TARGET.entityType, entityId: id, after: created });
      return created;
    });
  }

  async update(
    deploymentId: string,
    sessionId: string,
    dto: UpdateDeploymentSessionDto,
    scope: AccessScope,
    actor: string,
  ): Promise<DeploymentSessionDto> {
    await this.access.assertDeploymentWork(scope, deploymentId);
    return this.dataSource.transaction(async (manager) => {
      await this.assertWritable(manager, deploymentId, scope);
      const current = await this.lockOwn(manager, deploymentId, sessionId);
      await this.checkFields(manager, dto, current);
      await this.writer.update(manager, SESSION_TARGET, sessionId, dto.version, this.toColumns(dto), actor);
      return this.load(manager, sessionId);
    });
  }

  async remove(deploymentId: string, sessionId: string, scope: AccessScope, actor: string): Promise<void> {
    await this.access.assertDeploymentWork(scope, deploymentId);
    await this.dataSource.transaction(async (manager) => {
      await this.assertWritable(manager, deploymentId, scope);
      const current = await this.lockOwn(manager, deploymentId, sessionId);
      await manager.delete(DeploymentSession, { id: sessionId });
      await this.audit.record(manager, { actor, action: 'DELETE', entityType: SESSION_TARGET.entityType, entityId: sessionId, before: current });
    });
  }

  /**
   * The deployment is open; for a mentor it is also row-locked (as report writes do) and its report
   * not yet submitted or released.
   */
  private async assertWritable(manager: EntityManager, deploymentId: string, scope: AccessScope): Promise<void> {
    if (scope.kind !== 'mentor') return assertOpenDeployment(manager, deploymentId);
    await lockOpenDeployment(manager, deploymentId);
    if (await isReportClosed(manager, deploymentId)) throw sessionsLocked();
  }

  /** The session, row-locked, if it belongs to the deployment in the path. */
  private async lockOwn(manager: EntityManager, deploymentId: string, sessionId: string): Promise<DeploymentSession> {
    const session = await this.writer.lockCurrent(manager, SESSION_TARGET, sessionId);
    if (session.deploymentId !== deploymentId) throw sessionNotFound();
    return session;
  }

  private toColumns(dto: CreateDeploymentSessionDto): Partial<DeploymentSession> {
    return {
      heldOn: dto.heldOn,
      startTime: dto.startTime ?? null,
      endTime: dto.endTime ?? null,
      mode: dto.mode,
      gemeindeAgs: dto.gemeindeAgs ?? null,
      place: dto.place?.trim() || null,
      topic: dto.topic?.trim() || null,
      hours: dto.hours ?? 0,
      prepHours: dto.prepHours ?? 0,
      travelKm: dto.travelKm ?? 0,
      travelHours: dto.travelHours ?? 0,
      participantsCount: dto.participantsCount ?? null,
    };
  }

  private async checkFields(manager: EntityManager, dto: CreateDeploymentSessionDto, current: DeploymentSession | null): Promise<void> {
    if (dto.startTime && dto.endTime && dto.endTime < dto.startTime) throw sessionTimesReversed();
    if (dto.gemeindeAgs && current?.gemeindeAgs !== dto.gemeindeAgs) await assertGemeindeExists(manager, dto.gemeindeAgs);
  }

  private async load(manager: EntityManager, id: string): Promise<DeploymentSessionDto> {
    const session = await manager
      .createQueryBuilder(DeploymentSession, 'session')
      .leftJoin('session.gemeinde', 'gemeinde')
      .addSelect(['gemeinde.ags', 'gemeinde.name'])
      .where('session.id = :id', { id })
      .getOneOrFail();
    return toDeploymentSessionDto(session);
  }
}
