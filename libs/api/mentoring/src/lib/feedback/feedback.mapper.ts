import { DeploymentFeedback } from '@bn/api/data-access-db';
import { DeploymentFeedbackDto } from '@bn/shared/contracts';

export function toDeploymentFeedbackDto(entity: DeploymentFeedback): DeploymentFeedbackDto {
  return {
    id: entity.id,
    deploymentId: entity.deploymentId,
    source: entity.source,
    satisfaction: entity.satisfaction,
    usefulness: entity.usefulness,
    goalReached: entity.goalReached,
    wouldRecommend: entity.wouldRecommend,
    comment: entity.comment,
    anonymousToMentor: entity.anonymousToMentor,
    receivedOn: entity.receivedOn,
    createdAt: entity.createdAt.toISOString(),
  };
}
