import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type AuditAction = 'CREATE' | 'UPDATE' | 'ARCHIVE' | 'STATUS_CHANGE' | 'DELETE';

export interface AuditRecord {
  actor: string;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

/** Writes audit entries inside the caller's transaction, so an audit entry exists iff the change does. */
@Injectable()
export class AuditWriter {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (actor, action, entity_type, entity_id, before, after) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.actor,
        record.action,
        record.entityType,
        record.entityId,
        record.before ? JSON.stringify(record.before) : null,
        record.after ? JSON.stringify(record.after) : null,
      ],
    );
  }
}
