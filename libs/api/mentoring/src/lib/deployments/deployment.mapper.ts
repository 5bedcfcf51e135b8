import { Deployment } from '@bn/api/data-access-db';
import { DeploymentDto, DeploymentFieldsDto, DeploymentMentorDto } from '@bn/shared/contracts';

export function toDeploymentFields(entity: Deployment): DeploymentFieldsDto {
  return {
    id: entity.id,
    requestId: entity.requestId,
    allianceId: entity.allianceId,
    deploymentType: entity.deploymentType,
    mode: entity.mode,
    status: entity.status,
    eventId: entity.eventId,
    followUpNeeded: entity.followUpNeeded,
    followUpNote: entity.followUpNote,
    closingReason: entity.closingReason,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

/** Lead first, then by id, so that responses are stable. */
export function sortMentors<T extends DeploymentMentorDto>(mentors: T[]): T[] {
  return [...mentors].sort((a, b) => Number(b.isLead) - Number(a.isLead) || a.mentorId.localeCompare(b.mentorId));
}

export function toDeploymentDto(entity: Deployment, mentors: DeploymentMentorDto[], fachgebietCodes: string[]): DeploymentDto {
  return {
    ...toDeploymentFields(entity),
    mentors: sortMentors(mentors.map((m) => ({ mentorId: m.mentorId, isLead: m.isLead }))),
    fachgebietCodes: [...fachgebietCodes].sort(),
  };
}
