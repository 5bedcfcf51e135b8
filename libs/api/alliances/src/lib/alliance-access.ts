import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, allianceCondition, AuditWriter, DomainError, forbidden, foreignRecord, Principal, scopeOf } from '@bn/api/core';
import { Alliance } from '@bn/api/data-access-db';
import { allianceNotFound } from './alliance.errors';

/** Who performs a write: the name for audit entries and histories, the user account and the data scope. */
export interface Requester {
  actor: string;
  userId: string;
  scope: AccessScope;
}

export function requesterOf(principal: Principal): Requester {
  return { actor: principal.displayName, userId: principal.userId, scope: scopeOf(principal) };
}

/**
 * Row-level access to an alliance and what hangs off it. The check is a query restricted by the scope
 * (allianceCondition); an alliance outside the scope answers 404 like a missing one, and the attempt is
 * recorded as PERMISSION_DENIED.
 */
@Injectable()
export class AllianceAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  /** The alliance exists and lies in the scope (archived ones count for reading). */
  async require(scope: AccessScope, allianceId: string): Promise<void> {
    const qb = this.dataSource
      .getRepository(Alliance)
      .createQueryBuilder('alliance')
      .select('alliance.id')
      .where('alliance.id = :allianceId', { allianceId });
    const condition = allianceCondition(scope, 'alliance.id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    if (!(await qb.getExists())) throw await this.denied(allianceId);
  }

  /** Writing needs the Servicebüro's scope or a coordinator's own alliance; mentors and others never write here. */
  async requireWritable(scope: AccessScope, allianceId: string): Promise<void> {
    if (scope.kind !== 'all' && scope.kind !== 'alliances') throw forbidden();
    await this.require(scope, allianceId);
  }

  /**
   * The error for an alliance that a scoped query did not find. If it exists, it is foreign: the attempt is
   * recorded outside any transaction of the caller (which the error rolls back), and the answer is the same 404.
   */
  async denied(allianceId: string): Promise<DomainError> {
    if (await this.dataSource.getRepository(Alliance).existsBy({ id: allianceId })) {
      return foreignRecord(this.audit, this.dataSource.manager, 'Alliance', allianceId, allianceNotFound);
    }
    return allianceNotFound();
  }
}
