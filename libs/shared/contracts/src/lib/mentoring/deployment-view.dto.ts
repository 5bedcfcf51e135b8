import { DeploymentMode, DeploymentStatus, DeploymentType, ReportStatus, RequestOccasion, RequestStatus } from '../enums';
import { DeploymentFeedbackDto } from './deployment-feedback.dto';
import { DeploymentReportDto, DeploymentReportRevisionSummaryDto } from './deployment-report.dto';
import { DeploymentSessionDto } from './deployment-session.dto';
import { MentoringAllianceRefDto, MentoringEventRefDto, MentoringSpecialtyDto } from './mentoring-refs.dto';

/** The columns of a deployment, shared by every response shape. */
export class DeploymentFieldsDto {
  id!: string;
  requestId!: string | null;
  allianceId!: string;
  deploymentType!: DeploymentType;
  mode!: DeploymentMode;
  status!: DeploymentStatus;
  eventId!: string | null;
  followUpNeeded!: boolean;
  followUpNote!: string | null;
  closingReason!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class DeploymentMentorDto {
  mentorId!: string;
  isLead!: boolean;
}

export class DeploymentMentorNameDto extends DeploymentMentorDto {
  /** "Vorname Nachname" */
  name!: string;
}

/** A deployment as returned by create and update. */
export class DeploymentDto extends DeploymentFieldsDto {
  /** Lead first. */
  mentors!: DeploymentMentorDto[];
  fachgebietCodes!: string[];
}

/** One row of the deployment list. */
export class DeploymentListItemDto extends DeploymentFieldsDto {
  allianceName!: string;
  landCode!: string;
  /** Lead first. */
  mentors!: DeploymentMentorNameDto[];
  sessionCount!: number;
  totalHours!: number;
  firstSessionOn!: string | null;
  lastSessionOn!: string | null;
  /** Status of the latest report revision; null without a report. */
  reportStatus!: ReportStatus | null;
}

/** A mentor of the deployment with the business contact (deployment detail). */
export class DeploymentMentorContactDto extends DeploymentMentorNameDto {
  /** Business e-mail and phone of the mentor's person. */
  email!: string | null;
  phone!: string | null;
}

/** The released (FREIGEGEBEN) summary of a deployment report: all that the alliance's coordination reads. */
export class DeploymentReleasedReportDto {
  revision!: number;
  summary!: string;
  reviewedAt!: string | null;
}

export class DeploymentRequestRefDto {
  id!: string;
  receivedOn!: string;
  occasion!: RequestOccasion;
  status!: RequestStatus;
}

/** Sums over all sessions. */
export class DeploymentTotalsDto {
  sessionCount!: number;
  hours!: number;
  prepHours!: number;
  travelKm!: number;
  travelHours!: number;
}

/** Everything the deployment screen shows. */
export class DeploymentDetailDto extends DeploymentFieldsDto {
  alliance!: MentoringAllianceRefDto;
  request!: DeploymentRequestRefDto | null;
  event!: MentoringEventRefDto | null;
  /** Lead first, with their business contact. */
  mentors!: DeploymentMentorContactDto[];
  specialties!: MentoringSpecialtyDto[];
  /** Ordered by date and start time. */
  sessions!: DeploymentSessionDto[];
  totals!: DeploymentTotalsDto;
  /** The latest revision, or null without a report. Always null for coordinators (they read `releasedReport`). */
  report!: DeploymentReportDto | null;
  /** Earlier revisions, newest first (empty for coordinators). */
  earlierRevisions!: DeploymentReportRevisionSummaryDto[];
  /** Summary of the latest released revision, or null while none is released. */
  releasedReport!: DeploymentReleasedReportDto | null;
  /**
   * Newest first. Coordinators see the feedback of the coordination, mentors their self-assessments;
   * staff see all.
   */
  feedback!: DeploymentFeedbackDto[];
}
