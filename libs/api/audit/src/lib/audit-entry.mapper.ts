import { AuditEntry } from '@bn/api/data-access-db';
import { AuditEntryDto } from '@bn/shared/contracts';

export function toAuditEntryDto(entity: AuditEntry): AuditEntryDto {
  return {
    id: entity.id,
    occurredAt: entity.occurredAt.toISOString(),
    actor: entity.actor,
    actorId: entity.actorId,
    action: entity.action,
    entityType: entity.entityType,
    entityId: entity.entityId,
    changes: entity.changes,
    before: entity.before,
    after: entity.after,
    ip: entity.ip,
    requestId: entity.requestId,
  };
}
