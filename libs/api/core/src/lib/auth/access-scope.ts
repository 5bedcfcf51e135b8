import { HttpStatus, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { AuditWriter } from '../persistence/audit-writer';
import { Principal } from '../context/request-context';

/**
 * What part of the alliance data a principal may see. Scoping happens in SQL (see
 * allianceCondition), never by filtering results afterwards.
 *  - all: Fachberatung and Servicebüro-Leitung
 *  - alliances: a coordinator's own alliances
 *  - mentor: a mentor's assigned alliances (those of deployments the mentor belongs to)
 *  - none: roles without access to individual records (Ministerium, Administration)
 */
export type AccessScope =
  | { kind: 'all' }
  | { kind: 'alliances'; allianceIds: string[] }
  | { kind: 'mentor'; mentorProfileId: string }
  | { kind: 'none' };

const foreignAccessLogger = new Logger('AccessScope');

export function scopeOf(principal: Principal): AccessScope {
  switch (principal.role) {
    case 'FACHBERATUNG':
    case 'LEITUNG':
      return { kind: 'all' };
    case 'KOORDINATION':
      return { kind: 'alliances', allianceIds: principal.allianceIds };
    case 'MENTOR':
      return principal.mentorProfileId ? { kind: 'mentor', mentorProfileId: principal.mentorProfileId } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
}

/** Deployment statuses that count as "assigned" for a mentor's view of an alliance. */
export const ASSIGNED_DEPLOYMENT_FILTER = `scope_d.archived_at IS NULL AND scope_d.status NOT IN ('STORNIERT')`;

export interface SqlCondition {
  sql: string;
  params: Record<string, unknown>;
}

/**
 * SQL condition restricting an alliance-id column (e.g. `alliance.id`, `activity.alliance_id`) to the
 * alliances the scope may see; null for unrestricted access. Parameter names get the given prefix
 * so several conditions can live in one query. Usable in QueryBuilder `andWhere(sql, params)`.
 */
export function allianceCondition(scope: AccessScope, column: string, prefix = 'scope'): SqlCondition | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'alliances':
      return {
        // Never null (false for a null column, like coalesce), yet an index condition: coalesce() would hide it.
        sql: `(${column} IS NOT NULL AND ${column} = ANY(:${prefix}AllianceIds))`,
        params: { [`${prefix}AllianceIds`]: scope.allianceIds },
      };
    case 'mentor':
      return {
        sql: `${column} IN (SELECT scope_d.alliance_id FROM deployment scope_d
                             JOIN deployment_mentor scope_dm ON scope_dm.deployment_id = scope_d.id
                             WHERE scope_dm.mentor_id = :${prefix}MentorId AND ${ASSIGNED_DEPLOYMENT_FILTER})`,
        params: { [`${prefix}MentorId`]: scope.mentorProfileId },
      };
    case 'none':
      return { sql: 'false', params: {} };
  }
}

/** True when the scope may write data of this alliance (staff: all; coordinators: their own). */
export function canWriteAlliance(scope: AccessScope, allianceId: string): boolean {
  const id = allianceId.toLowerCase();
  return scope.kind === 'all' || (scope.kind === 'alliances' && scope.allianceIds.includes(id));
}

/**
 * Records (in its own statement, outside any transaction of `manager`) that a principal asked for a
 * record outside its scope, and returns the error to throw:
 * a 404 with the domain's not-found code, so the answer does not reveal that the record exists.
 */
export async function foreignRecord(
  audit: AuditWriter,
  manager: EntityManager,
  entityType: string,
  entityId: string,
  notFound: () => DomainError,
): Promise<DomainError> {
  foreignAccessLogger.warn(`security: access to a record outside the scope denied (${entityType} ${entityId})`);
  // Outside the caller's transaction: the refused request rolls back, its audit entry must stay.
  await audit.record(manager.connection.manager, { action: 'PERMISSION_DENIED', entityType, entityId, after: { reason: 'outside scope' } });
  return notFound();
}

export function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', HttpStatus.FORBIDDEN, 'Dafür fehlt Ihnen die Berechtigung.');
}

/**
 * Raised inside a transaction when a record exists but lies outside the caller's scope. Answered by
 * `answeringOutsideScope` after the rollback (PERMISSION_DENIED audit entry + the given answer,
 * usually the domain's 404), so the audit entry is not rolled back with the refused change.
 */
export class OutsideScope extends Error {
  constructor(
    readonly entityType: string,
    readonly entityId: string,
    readonly answer: () => DomainError,
  ) {
    super('outside scope');
  }
}

/** Runs `work`; an OutsideScope it raises becomes a recorded denial and its answer. */
export async function answeringOutsideScope<R>(dataSource: DataSource, audit: AuditWriter, work: () => Promise<R>): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OutsideScope) {
      throw await foreignRecord(audit, dataSource.manager, error.entityType, error.entityId, error.answer);
    }
    throw error;
  }
}

/** A transaction whose OutsideScope refusal is recorded after the rollback. */
export function scopedTransaction<R>(dataSource: DataSource, audit: AuditWriter, work: (manager: EntityManager) => Promise<R>): Promise<R> {
  return answeringOutsideScope(dataSource, audit, () => dataSource.transaction(work));
}
