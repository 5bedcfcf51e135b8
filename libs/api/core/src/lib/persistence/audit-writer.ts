import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../context/request-context';

export type AuditAction =
  | 'CREATE'
  | 'UPDATE'
  | 'ARCHIVE'
  | 'STATUS_CHANGE'
  | 'DELETE'
  | 'LOGIN'
  | 'LOGIN_FAILED'
  | 'LOGOUT'
  | 'PERMISSION_DENIED'
  | 'EXPORT'
  | 'ACCOUNT';

export interface AuditRecord {
  /** Display name of the actor; defaults to the signed-in user of the request. */
  actor?: string;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  before?: object | null;
  after?: object | null;
}

/** Keys whose values never enter the audit trail (they are replaced by a marker). */
const SECRET_KEYS = /password|secret|token|codeHash|recovery/i;
const REDACTED = '[entfernt]';

function redact(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const plain = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    if (SECRET_KEYS.test(key)) plain[key] = REDACTED;
  }
  return plain;
}

/** `{ field: { before, after } }` for every top-level field whose value differs. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, { before: unknown; after: unknown }> | null {
  if (!before || !after) return null;
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'version' || key === 'updatedAt') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}

/**
 * Writes audit entries inside the caller's transaction, so an audit entry exists iff the change
 * does. Who (user id and name), request id and client address come from the request context.
 */
@Injectable()
export class AuditWriter {
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const context = RequestContext.current();
    const principal = context?.principal ?? null;
    const before = redact(record.before);
    const after = redact(record.after);
    const changes = record.action === 'UPDATE' || record.action === 'STATUS_CHANGE' ? changedFields(before, after) : null;
    await manager.query(
      `INSERT INTO audit_entry (actor, actor_id, action, entity_type, entity_id, before, after, changes, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        record.actor ?? principal?.displayName ?? 'System',
        principal?.userId ?? null,
        record.action,
        record.entityType,
        record.entityId,
        before ? JSON.stringify(before) : null,
        after ? JSON.stringify(after) : null,
        changes ? JSON.stringify(changes) : null,
        context?.ip?.slice(0, 64) ?? null,
        context?.requestId ?? null,
      ],
    );
  }
}
