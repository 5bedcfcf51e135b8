import { DeploymentSession } from '@bn/api/data-access-db';
import { DeploymentSessionDto } from '@bn/shared/contracts';
import { toHourMinute } from '../shared/mentoring-dates';

/** Maps a session; the Gemeinde name is filled when the relation was loaded. */
export function toDeploymentSessionDto(entity: DeploymentSession): DeploymentSessionDto {
  return {
    id: entity.id,
    deploymentId: entity.deploymentId,
    heldOn: entity.heldOn,
    startTime: toHourMinute(entity.startTime),
    endTime: toHourMinute(entity.endTime),
    mode: entity.mode,
    gemeindeAgs: entity.gemeindeAgs,
    gemeindeName: entity.gemeinde?.name ?? null,
    place: entity.place,
    topic: entity.topic,
    hours: entity.hours,
    prepHours: entity.prepHours,
    travelKm: entity.travelKm,
    travelHours: entity.travelHours,
    participantsCount: entity.participantsCount,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
