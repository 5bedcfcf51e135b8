import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import {
  DEPLOYMENT_MODES,
  DEPLOYMENT_STATUSES,
  DEPLOYMENT_TYPES,
  DeploymentMode,
  DeploymentStatus,
  DeploymentType,
} from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  BooleanField,
  CodeArrayField,
  DateField,
  EnumField,
  FACHGEBIET_CODE,
  LandCodeField,
  QueryBooleanField,
  TextField,
  UuidField,
  VersionField,
} from '../common/validation';

/** A mentor of a deployment; exactly one of the (at most two) mentors leads. */
export class DeploymentMentorInputDto {
  @UuidField()
  mentorId!: string;

  @BooleanField()
  isLead!: boolean;
}

/** The fields a deployment has on create and on update. */
export class DeploymentFieldsInputDto {
  /** The request the deployment came from; its alliance must be `allianceId`. */
  @UuidField({ optional: true })
  requestId?: string | null;

  @UuidField()
  allianceId!: string;

  @EnumField(DEPLOYMENT_TYPES)
  deploymentType!: DeploymentType;

  @EnumField(DEPLOYMENT_MODES)
  mode!: DeploymentMode;

  /** E.g. the founding event that the mentor moderates. */
  @UuidField({ optional: true })
  eventId?: string | null;

  /** One mentor, or two for a tandem; exactly one of them leads. */
  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayMinSize(1, { message: 'Mindestens eine Mentor:in ist erforderlich.' })
  @ArrayMaxSize(2, { message: 'Höchstens zwei Mentor:innen (Tandem).' })
  @ValidateNested({ each: true })
  @Type(() => DeploymentMentorInputDto)
  mentors!: DeploymentMentorInputDto[];

  /** Fachgebiete the deployment covers; may be empty. */
  @CodeArrayField(FACHGEBIET_CODE, 12)
  fachgebietCodes!: string[];

  @BooleanField({ optional: true })
  followUpNeeded?: boolean;

  @TextField(2000, { optional: true })
  followUpNote?: string | null;
}

/** Record an Einsatz. The status defaults to ZUGEWIESEN (a past deployment may be recorded as DURCHGEFUEHRT). */
export class CreateDeploymentDto extends DeploymentFieldsInputDto {
  @EnumField(DEPLOYMENT_STATUSES, { optional: true })
  status?: DeploymentStatus;
}

/**
 * Replace a deployment's fields, mentors and Fachgebiete; `version` is the version the client read.
 * The status is not part of it: it changes only through the deployment workflow.
 */
export class UpdateDeploymentDto extends DeploymentFieldsInputDto {
  @VersionField()
  version!: number;
}

export const DEPLOYMENT_SORT_FIELDS = ['createdAt', 'status', 'deploymentType', 'firstSessionOn'] as const;
export type DeploymentSortField = (typeof DEPLOYMENT_SORT_FIELDS)[number];

export class DeploymentListQueryDto extends ListQueryDto {
  /** Default: createdAt, newest first. */
  @EnumField(DEPLOYMENT_SORT_FIELDS, { optional: true })
  sort?: DeploymentSortField;

  @EnumField(DEPLOYMENT_STATUSES, { optional: true })
  status?: DeploymentStatus;

  @EnumField(DEPLOYMENT_TYPES, { optional: true })
  deploymentType?: DeploymentType;

  @EnumField(DEPLOYMENT_MODES, { optional: true })
  mode?: DeploymentMode;

  @UuidField({ optional: true })
  allianceId?: string;

  /** Deployments in which this mentor takes part. */
  @UuidField({ optional: true })
  mentorId?: string;

  /** Land of the alliance. */
  @LandCodeField()
  landCode?: string;

  /** Deployments with at least one session on or after this date … */
  @DateField({ optional: true })
  dateFrom?: string;

  /** … and on or before this date. */
  @DateField({ optional: true })
  dateTo?: string;

  /** false: deployments without any report yet; true: with a report. */
  @QueryBooleanField()
  hasReport?: boolean;

  @QueryBooleanField()
  includeArchived?: boolean;
}
