import { DeploymentReport } from '@bn/api/data-access-db';
import { DeploymentReportDto, DeploymentReportRevisionSummaryDto } from '@bn/shared/contracts';
import { toIsoOrNull } from '../shared/mentoring-dates';

export function toDeploymentReportDto(entity: DeploymentReport): DeploymentReportDto {
  return {
    id: entity.id,
    deploymentId: entity.deploymentId,
    revision: entity.revision,
    summary: entity.summary,
    results: entity.results,
    nextSteps: entity.nextSteps,
    recommendation: entity.recommendation,
    reviewStatus: entity.reviewStatus,
    submittedAt: toIsoOrNull(entity.submittedAt),
    submittedBy: entity.submittedBy,
    reviewedAt: toIsoOrNull(entity.reviewedAt),
    reviewedBy: entity.reviewedBy,
    reviewComment: entity.reviewComment,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toReportRevisionSummary(entity: DeploymentReport): DeploymentReportRevisionSummaryDto {
  return {
    id: entity.id,
    revision: entity.revision,
    reviewStatus: entity.reviewStatus,
    submittedAt: toIsoOrNull(entity.submittedAt),
    reviewedAt: toIsoOrNull(entity.reviewedAt),
    reviewComment: entity.reviewComment,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
