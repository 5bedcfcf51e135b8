import { ALLIANCE_STATUSES, AllianceStatus, STATUS_REQUEST_DECISIONS, StatusRequestDecision } from '../enums';
import { ListQueryDto } from '../common/pagination';
import { DateField, EnumField, QueryBooleanField, TextField, UuidField, VersionField } from '../common/validation';
import { AllianceStatusTransitionResultDto } from './alliance-status.dto';

/**
 * A coordinator asks the Fachberatung to change the status of an own alliance. The wanted status must be
 * reachable from the current one (ALLIANCE_TRANSITIONS); an alliance has at most one open request.
 */
export class CreateStatusChangeRequestDto {
  @EnumField(ALLIANCE_STATUSES)
  requestedStatus!: AllianceStatus;

  /** Why the status should change (e.g. "Seit einem Jahr keine Treffen mehr"). */
  @TextField(2000)
  reason!: string;
}

/** The outcomes of a decision (a request starts OFFEN). */
export const STATUS_REQUEST_OUTCOMES = ['ANGENOMMEN', 'ABGELEHNT'] as const satisfies readonly StatusRequestDecision[];
export type StatusRequestOutcome = (typeof STATUS_REQUEST_OUTCOMES)[number];

/**
 * The Fachberatung decides an open request. ANGENOMMEN performs the status transition in the same step
 * (same rules as a direct transition); ABGELEHNT needs a note explaining why.
 */
export class DecideStatusChangeRequestDto {
  @EnumField(STATUS_REQUEST_OUTCOMES)
  decision!: StatusRequestOutcome;

  /** Note to the coordinator; required when the request is refused. */
  @TextField(2000, { optional: true })
  note?: string | null;

  /** Date of the status change when accepted (default today, not in the future). */
  @DateField({ optional: true })
  changedOn?: string | null;

  /** The receiving alliance, when a merger (FUSIONIERT) is accepted. */
  @UuidField({ optional: true })
  mergedIntoId?: string | null;

  /** The version of the request the deciding user read. */
  @VersionField()
  version!: number;
}

export const STATUS_REQUEST_SORT_FIELDS = ['createdAt', 'decidedAt', 'allianceName'] as const;
export type StatusRequestSortField = (typeof STATUS_REQUEST_SORT_FIELDS)[number];

/** The Fachberatung's queue: `decision=OFFEN` gives the requests still to decide (oldest first by default). */
export class StatusChangeRequestListQueryDto extends ListQueryDto {
  @EnumField(STATUS_REQUEST_SORT_FIELDS, { optional: true })
  sort?: StatusRequestSortField;

  @EnumField(STATUS_REQUEST_DECISIONS, { optional: true })
  decision?: StatusRequestDecision;

  @UuidField({ optional: true })
  allianceId?: string;

  /** Requests of archived alliances are hidden unless this is true. */
  @QueryBooleanField()
  includeArchived?: boolean;
}

export class StatusChangeRequestDto {
  id!: string;
  allianceId!: string;
  allianceCode!: string;
  allianceName!: string;
  /** The alliance's status now (it may have changed since the request). */
  currentStatus!: AllianceStatus;
  requestedStatus!: AllianceStatus;
  reason!: string;
  requestedById!: string | null;
  requestedByName!: string | null;
  decision!: StatusRequestDecision;
  decidedById!: string | null;
  decidedByName!: string | null;
  decidedAt!: string | null;
  decisionNote!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class StatusChangeRequestDecisionResultDto {
  request!: StatusChangeRequestDto;
  /** The status transition performed on acceptance; null when refused. */
  transition!: AllianceStatusTransitionResultDto | null;
}
