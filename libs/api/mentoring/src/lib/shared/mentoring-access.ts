import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { AccessScope, AuditWriter, DomainError, foreignRecord, SqlCondition } from '@bn/api/core';
import { Deployment, MatchProposal, MentoringRequest } from '@bn/api/data-access-db';
import { allianceNotFound, deploymentNotFound, requestNotFound } from './mentoring.errors';
import { deploymentCondition, proposalCondition, requestCondition } from './mentoring-scope';
import { proposalNotFound } from '../proposals/proposal.errors';

interface Checked {
  entity: EntityTarget<ObjectLiteral>;
  entityType: string;
  notFound: () => DomainError;
  condition: SqlCondition | null;
}

/**
 * Scope checks of single mentoring records. A record outside the scope answers like a missing one
 * (404), and the attempt is written to the audit trail as PERMISSION_DENIED. The audit entry is written
 * through the data source's own manager, outside the caller's transaction, so that the rollback caused
 * by the error does not take it back.
 */
@Injectable()
export class MentoringAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  assertRequest(scope: AccessScope, id: string): Promise<void> {
    return this.assert(id, {
      entity: MentoringRequest,
      entityType: 'MentoringRequest',
      notFound: requestNotFound,
      condition: requestCondition(scope, 'record'),
    });
  }

  assertDeployment(scope: AccessScope, id: string): Promise<void> {
    return this.assert(id, {
      entity: Deployment,
      entityType: 'Deployment',
      notFound: deploymentNotFound,
      condition: deploymentCondition(scope, 'record'),
    });
  }

  /**
   * The work on a deployment (sessions, report): staff on every deployment, a mentor on their own;
   * anybody else is refused like an unknown deployment.
   */
  async assertDeploymentWork(scope: AccessScope, id: string): Promise<void> {
    if (scope.kind === 'all') return;
    if (scope.kind === 'mentor') return this.assertDeployment(scope, id);
    throw await this.notVisible(Deployment, 'Deployment', id, deploymentNotFound);
  }

  assertProposal(scope: AccessScope, id: string): Promise<void> {
    return this.assert(id, {
      entity: MatchProposal,
      entityType: 'MatchProposal',
      notFound: proposalNotFound,
      condition: proposalCondition(scope, 'record'),
    });
  }

  /** The 404 for a record a scoped read did not find: audited when the record exists. */
  async notVisible(entity: EntityTarget<ObjectLiteral>, entityType: string, id: string, notFound: () => DomainError): Promise<DomainError> {
    const exists = await this.dataSource.getRepository(entity).existsBy({ id });
    return exists ? this.denied(entityType, id, notFound) : notFound();
  }

  denied(entityType: string, id: string, notFound: () => DomainError): Promise<DomainError> {
    return foreignRecord(this.audit, this.dataSource.manager, entityType, id, notFound);
  }

  /**
   * A coordinator may record things only for own alliances; another alliance is refused like an
   * unknown one (a 400 on `allianceId`), and the attempt is audited.
   */
  async assertAllianceWritable(scope: AccessScope, allianceId: string): Promise<void> {
    if (scope.kind === 'all') return;
    const id = allianceId.toLowerCase();
    if (scope.kind === 'alliances' && scope.allianceIds.includes(id)) return;
    await this.audit.record(this.dataSource.manager, {
      action: 'PERMISSION_DENIED',
      entityType: 'Alliance',
      entityId: id,
      after: { reason: 'outside scope' },
    });
    throw allianceNotFound();
  }

  /** Existence and scope in one statement; nothing to check for unrestricted scopes. */
  private async assert(id: string, checked: Checked): Promise<void> {
    if (!checked.condition) return;
    const row = await this.dataSource
      .getRepository(checked.entity)
      .createQueryBuilder('record')
      .select('record.id', 'id')
      .addSelect(`(${checked.condition.sql})`, 'visible')
      .setParameters(checked.condition.params)
      .where('record.id = :id', { id })
      .getRawOne<{ id: string; visible: boolean }>();
    if (!row) throw checked.notFound();
    if (!row.visible) throw await this.denied(checked.entityType, id, checked.notFound);
  }
}
