import { ArrayMinSize } from 'class-validator';
import { DEPLOYMENT_STATUSES, DeploymentStatus, ProposalResponse, REQUEST_STATUSES, RequestStatus } from '../enums';
import { EnumField, TextField, UuidArrayField, VersionField } from '../common/validation';
import { MatchProposalDto } from './match-proposal.dto';

/**
 * Move a request along its lifecycle (domain-research §2.5). `version` is the request's version the
 * client read; side exits (STORNIERT, VERSCHOBEN, NICHT_VERMITTELBAR) need the reason in `note`.
 */
export class RequestTransitionDto {
  @EnumField(REQUEST_STATUSES)
  to!: RequestStatus;

  @VersionField()
  version!: number;

  /** Reason or note; required for side exits. */
  @TextField(2000, { optional: true })
  note?: string | null;
}

/** Move a deployment along its lifecycle; as RequestTransitionDto. */
export class DeploymentTransitionDto {
  @EnumField(DEPLOYMENT_STATUSES)
  to!: DeploymentStatus;

  @VersionField()
  version!: number;

  @TextField(2000, { optional: true })
  note?: string | null;
}

export const WORKFLOW_SUBJECTS = ['REQUEST', 'DEPLOYMENT'] as const;
export type WorkflowSubjectKind = (typeof WORKFLOW_SUBJECTS)[number];

/** One recorded transition: from where to where, who, when, why. */
export class WorkflowTransitionDto {
  id!: string;
  subjectType!: WorkflowSubjectKind;
  subjectId!: string;
  /** Null for the first entry (the record was created in `toStatus`). */
  fromStatus!: string | null;
  toStatus!: string;
  actorId!: string | null;
  actor!: string;
  note!: string | null;
  occurredAt!: string;
}

/** The subject's new state after a transition. */
export class WorkflowTransitionResultDto {
  subjectId!: string;
  status!: string;
  version!: number;
  transition!: WorkflowTransitionDto;
}

/** Offer a request to one mentor, or to two for a tandem, from its Matching-Vorschläge. */
export class SendOfferDto {
  @UuidArrayField(2)
  @ArrayMinSize(1, { message: 'Mindestens ein Vorschlag.' })
  proposalIds!: string[];

  /** The request's version. */
  @VersionField()
  version!: number;
}

/** A mentor declines an offer; the reason is required. */
export class DeclineOfferDto {
  @TextField(1000)
  reason!: string;

  /** The proposal's version. */
  @VersionField()
  version!: number;
}

/** The request after an offer was sent, with the offered proposals. */
export class OfferSentDto {
  requestId!: string;
  status!: RequestStatus;
  version!: number;
  proposals!: MatchProposalDto[];
}

/** The answer to an offer, as the answering mentor sees it. */
export class OfferAnswerDto {
  proposalId!: string;
  requestId!: string;
  response!: ProposalResponse;
  responseReason!: string | null;
  version!: number;
  requestStatus!: RequestStatus;
  /** Set when this acceptance completed the offer and the deployment was created. */
  deploymentId!: string | null;
}

/** Requests not acknowledged (still EINGEGANGEN) after 2 working days. */
export class OverdueRequestDto {
  requestId!: string;
  allianceId!: string;
  allianceName!: string;
  receivedOn!: string;
  owner!: string | null;
  /** The last day that was still in time. */
  dueOn!: string;
}

/** Offers without an answer after 5 working days. */
export class OverdueOfferDto {
  proposalId!: string;
  requestId!: string;
  mentorId!: string;
  mentorName!: string;
  allianceName!: string;
  offeredAt!: string;
  dueOn!: string;
}

/** Deployments without a submitted report 14 days after the last session. */
export class OverdueReportDto {
  deploymentId!: string;
  allianceId!: string;
  allianceName!: string;
  status!: DeploymentStatus;
  lastSessionOn!: string;
  mentorNames!: string[];
  dueOn!: string;
}

/**
 * Overdue items of the mentoring workflow (domain-research §2.5 service levels). Working days are
 * Monday to Friday; German public holidays are not taken into account.
 */
export class MentoringOverdueDto {
  today!: string;
  requests!: OverdueRequestDto[];
  offers!: OverdueOfferDto[];
  reports!: OverdueReportDto[];
}

/**
 * A mentor's own feedback, aggregated over the coordinations' answers; the figures are shown only
 * from `minimumAnswers` answers on (domain-research §3.2), below that they are null.
 */
export class MentorFeedbackSummaryDto {
  answers!: number;
  minimumAnswers!: number;
  isAvailable!: boolean;
  satisfactionAverage!: number | null;
  usefulnessAverage!: number | null;
  goalReached!: { JA: number; TEILWEISE: number; NEIN: number } | null;
  /** Share (0–1) of the answers that would recommend the mentoring, among those that said. */
  wouldRecommendShare!: number | null;
}
