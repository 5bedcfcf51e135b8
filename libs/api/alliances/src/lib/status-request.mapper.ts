import { StatusChangeRequest } from '@bn/api/data-access-db';
import { StatusChangeRequestDto } from '@bn/shared/contracts';

/** Maps a request loaded with its alliance (inner join) and the requesting and deciding users' names. */
export function toStatusRequestDto(entity: StatusChangeRequest): StatusChangeRequestDto {
  const alliance = entity.alliance;
  if (!alliance) throw new Error('A status change request must be loaded with its alliance.');
  return {
    id: entity.id,
    allianceId: entity.allianceId,
    allianceCode: alliance.code,
    allianceName: alliance.name,
    currentStatus: alliance.status,
    requestedStatus: entity.requestedStatus,
    reason: entity.reason,
    requestedById: entity.requestedById,
    requestedByName: entity.requestedBy?.displayName ?? null,
    decision: entity.decision,
    decidedById: entity.decidedById,
    decidedByName: entity.decidedBy?.displayName ?? null,
    decidedAt: entity.decidedAt ? entity.decidedAt.toISOString() : null,
    decisionNote: entity.decisionNote,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
