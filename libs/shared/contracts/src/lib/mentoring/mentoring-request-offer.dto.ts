import { DesiredMode, ProposalResponse, RequestOccasion, RequestStatus } from '../enums';
import { MentoringRequestDeploymentRefDto } from './mentoring-request-view.dto';
import { MentoringAllianceRefDto, MentoringPersonRefDto, MentoringSpecialtyDto, MentoringTopicDto } from './mentoring-refs.dto';

/** The mentor's own offer on a request: what they need to answer it. */
export class MentorOfferDto {
  /** The proposal id, for `POST /requests/:id/proposals/:proposalId/response`. */
  id!: string;
  response!: ProposalResponse;
  responseReason!: string | null;
  respondedAt!: string | null;
  version!: number;
}

/**
 * A request as a mentor sees it (list item and detail of `GET /requests` for the role MENTOR): the
 * requests offered to them and those their own deployments came from. Until the mentor has accepted
 * (or belongs to a deployment of it), the alliance is not named: `allianceVisible` is false and
 * `alliance` and `requester` are null; what the request is about (occasion, wishes, topics,
 * description, Land) is always shown. Internal fields of the Fachberatung (channel, owner, other
 * mentors' proposals) are never part of it.
 */
export class MentoringRequestOfferDto {
  id!: string;
  receivedOn!: string;
  occasion!: RequestOccasion;
  desiredMode!: DesiredMode;
  desiredFrom!: string | null;
  desiredUntil!: string | null;
  description!: string | null;
  status!: RequestStatus;
  /** Land of the requesting alliance. */
  landCode!: string;
  landName!: string;
  specialties!: MentoringSpecialtyDto[];
  topics!: MentoringTopicDto[];
  allianceVisible!: boolean;
  alliance!: MentoringAllianceRefDto | null;
  requester!: MentoringPersonRefDto | null;
  /** The offer sent to this mentor (null when the request is visible only through a deployment). */
  offer!: MentorOfferDto | null;
  /** The mentor's own deployments from this request. */
  deployments!: MentoringRequestDeploymentRefDto[];
  version!: number;
  updatedAt!: string;
  archivedAt!: string | null;
}
