import { DeploymentStatus, DeploymentType, RequestOccasion, RequestStatus } from '../enums';
import { MatchProposalDto } from './match-proposal.dto';
import { MentoringRequestDto, MentoringRequestFieldsDto } from './mentoring-request.dto';
import {
  MentoringAllianceRefDto,
  MentoringEventRefDto,
  MentoringPersonRefDto,
  MentoringSpecialtyDto,
  MentoringTopicDto,
} from './mentoring-refs.dto';

/** One row of the request list. */
export class MentoringRequestListItemDto extends MentoringRequestFieldsDto {
  allianceName!: string;
  landCode!: string;
  landName!: string;
  specialties!: MentoringSpecialtyDto[];
}

/** A linked request (predecessor or follow-up). */
export class MentoringRequestRefDto {
  id!: string;
  receivedOn!: string;
  occasion!: RequestOccasion;
  status!: RequestStatus;
}

/** A deployment that came out of a request. */
export class MentoringRequestDeploymentRefDto {
  id!: string;
  deploymentType!: DeploymentType;
  status!: DeploymentStatus;
}

/** Everything the request screen shows. */
export class MentoringRequestDetailDto extends MentoringRequestDto {
  alliance!: MentoringAllianceRefDto;
  requester!: MentoringPersonRefDto | null;
  relatedEvent!: MentoringEventRefDto | null;
  specialties!: MentoringSpecialtyDto[];
  topics!: MentoringTopicDto[];
  /** Ordered by rank. */
  proposals!: MatchProposalDto[];
  deployments!: MentoringRequestDeploymentRefDto[];
  predecessor!: MentoringRequestRefDto | null;
  followUps!: MentoringRequestRefDto[];
}
