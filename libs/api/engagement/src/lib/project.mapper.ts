import { Project } from '@bn/api/data-access-db';
import { ProjectDto } from '@bn/shared/contracts';

/**
 * Running on `today`: started (or no start) and not ended (or no end), and either marked as ongoing
 * or with at least one known date. The same rule as RUNNING_SQL in the service.
 */
export function isProjectRunning(project: Pick<Project, 'startsOn' | 'endsOn' | 'isOngoing'>, today: string): boolean {
  const started = project.startsOn === null || project.startsOn <= today;
  const notEnded = project.endsOn === null || project.endsOn >= today;
  const dated = project.isOngoing || project.startsOn !== null || project.endsOn !== null;
  return started && notEnded && dated;
}

export function toProjectDto(entity: Project, today: string): ProjectDto {
  return {
    id: entity.id,
    allianceId: entity.allianceId,
    name: entity.name,
    description: entity.description,
    startsOn: entity.startsOn,
    endsOn: entity.endsOn,
    isOngoing: entity.isOngoing,
    fundingSources: entity.fundingSources,
    outputNote: entity.outputNote,
    isRunning: isProjectRunning(entity, today),
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}
