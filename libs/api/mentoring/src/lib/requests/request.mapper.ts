import { MentoringRequest } from '@bn/api/data-access-db';
import { MentoringRequestDto, MentoringRequestFieldsDto } from '@bn/shared/contracts';

export function toMentoringRequestFields(entity: MentoringRequest): MentoringRequestFieldsDto {
  return {
    id: entity.id,
    allianceId: entity.allianceId,
    requesterId: entity.requesterId,
    channel: entity.channel,
    receivedOn: entity.receivedOn,
    occasion: entity.occasion,
    desiredMode: entity.desiredMode,
    desiredFrom: entity.desiredFrom,
    desiredUntil: entity.desiredUntil,
    description: entity.description,
    owner: entity.owner,
    status: entity.status,
    closingReason: entity.closingReason,
    predecessorId: entity.predecessorId,
    relatedEventId: entity.relatedEventId,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

export function toMentoringRequestDto(entity: MentoringRequest, fachgebietCodes: string[], handlungsfeldIds: string[]): MentoringRequestDto {
  return {
    ...toMentoringRequestFields(entity),
    fachgebietCodes: [...fachgebietCodes].sort(),
    handlungsfeldIds: [...handlungsfeldIds].sort(),
  };
}
