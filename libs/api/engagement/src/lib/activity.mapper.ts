import { Activity } from '@bn/api/data-access-db';
import { ActivityDto } from '@bn/shared/contracts';

export function toActivityDto(entity: Activity): ActivityDto {
  return {
    id: entity.id,
    allianceId: entity.allianceId,
    activityType: entity.activityType,
    occurredOn: entity.occurredOn,
    title: entity.title,
    description: entity.description,
    reach: entity.reach,
    isPublic: entity.isPublic,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}
