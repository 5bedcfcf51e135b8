import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { DomainError, versionConflict } from '../errors/domain-error';
import { AuditWriter } from './audit-writer';

export interface VersionedTarget<T> {
  entity: EntityTarget<T>;
  /** Audit entity type, e.g. 'Alliance'. */
  entityType: string;
  notFound: () => DomainError;
}

type Patch<T> = { [K in keyof T]?: T[K] };

/**
 * Optimistic locking in SQL: `UPDATE … SET …, version = version + 1 WHERE id = $1 AND version = $2`.
 * Nothing updated → 404 when the row is gone (or archived), 409 when someone else changed it first.
 */
@Injectable()
export class VersionedWriter {
  constructor(private readonly audit: AuditWriter) {}

  async update<T extends ObjectLiteral & { id: string; version: number }>(
    manager: EntityManager,
    target: VersionedTarget<T>,
    id: string,
    expectedVersion: number,
    patch: Patch<T>,
    actor: string,
  ): Promise<T> {
    const before = await this.lockCurrent(manager, target, id);
    if (before.version !== expectedVersion) {
      throw versionConflict();
    }
    const result = await manager
      .createQueryBuilder()
      .update(target.entity)
      .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    if (!result.affected) {
      throw versionConflict();
    }
    const after = await manager.findOneByOrFail(target.entity, { id } as never);
    await this.audit.record(manager, { actor, action: 'UPDATE', entityType: target.entityType, entityId: id, before, after });
    return after;
  }

  /** Soft delete: sets archived_at, with the same version check. */
  async archive<T extends ObjectLiteral & { id: string; version: number; archivedAt: Date | null }>(
    manager: EntityManager,
    target: VersionedTarget<T>,
    id: string,
    expectedVersion: number,
    actor: string,
  ): Promise<void> {
    const before = await this.lockCurrent(manager, target, id);
    if (before.version !== expectedVersion) {
      throw versionConflict();
    }
    await manager
      .createQueryBuilder()
      .update(target.entity)
      .set({ archivedAt: () => 'now()', version: () => 'version + 1', updatedAt: () => 'now()' } as never)
      .where('id = :id AND version = :version', { id, version: expectedVersion })
      .execute();
    await this.audit.record(manager, { actor, action: 'ARCHIVE', entityType: target.entityType, entityId: id, before });
  }

  /** Reads and row-locks the current, non-archived row, or throws the target's not-found error. */
  async lockCurrent<T extends ObjectLiteral>(manager: EntityManager, target: VersionedTarget<T>, id: string): Promise<T> {
    const alias = 'current';
    const row = await manager
      .createQueryBuilder(target.entity, alias)
      .setLock('pessimistic_write')
      .where(`${alias}.id = :id`, { id })
      .getOne();
    if (!row || (row as { archivedAt?: Date | null }).archivedAt) {
      throw target.notFound();
    }
    return row;
  }
}
