import { IsOptional, ValidateIf } from 'class-validator';
import { ReportStatus } from '../enums';
import { EnumField, TextField, VersionField } from '../common/validation';

/**
 * Save the current draft of the deployment report. `version` is the version of the latest revision
 * the client read; it is required once a report exists.
 */
export class SaveDeploymentReportDto {
  @TextField(10000)
  summary!: string;

  @TextField(10000, { optional: true })
  results?: string | null;

  @TextField(10000, { optional: true })
  nextSteps?: string | null;

  @TextField(10000, { optional: true })
  recommendation?: string | null;

  @IsOptional()
  @VersionField()
  version?: number;
}

export const REPORT_DECISIONS = ['FREIGEGEBEN', 'ZURUECKGEGEBEN'] as const;
export type ReportDecision = (typeof REPORT_DECISIONS)[number];

/** Review of a submitted report by the Fachberatung; returning it needs a comment. */
export class ReviewDeploymentReportDto {
  @EnumField(REPORT_DECISIONS)
  decision!: ReportDecision;

  @ValidateIf((dto: ReviewDeploymentReportDto) => dto.decision === 'ZURUECKGEGEBEN' || (dto.comment !== undefined && dto.comment !== null))
  @TextField(5000)
  comment?: string | null;

  @VersionField()
  version!: number;
}

/** One revision of a deployment report. */
export class DeploymentReportDto {
  id!: string;
  deploymentId!: string;
  revision!: number;
  summary!: string;
  results!: string | null;
  nextSteps!: string | null;
  recommendation!: string | null;
  reviewStatus!: ReportStatus;
  submittedAt!: string | null;
  submittedBy!: string | null;
  reviewedAt!: string | null;
  reviewedBy!: string | null;
  reviewComment!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

/** An earlier revision as listed in the deployment detail. */
export class DeploymentReportRevisionSummaryDto {
  id!: string;
  revision!: number;
  reviewStatus!: ReportStatus;
  submittedAt!: string | null;
  reviewedAt!: string | null;
  reviewComment!: string | null;
  createdAt!: string;
  updatedAt!: string;
}
