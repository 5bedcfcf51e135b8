import { ACTIVITY_TYPES, ActivityType } from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  BooleanField,
  DateField,
  EnumField,
  IntField,
  QueryBooleanField,
  CursorField,
  TextField,
  UuidArrayField,
  UuidField,
  VersionField,
} from '../common/validation';
import { EngagementHandlungsfeldDto, EngagementPartnerDto } from './engagement-refs.dto';

export const MAX_ACTIVITY_HANDLUNGSFELDER = 12;
export const MAX_ACTIVITY_PARTNERS = 50;

/** Log an activity of an alliance (Aktivität). */
export class CreateActivityDto {
  /** An existing, not archived alliance. */
  @UuidField()
  allianceId!: string;

  @EnumField(ACTIVITY_TYPES)
  activityType!: ActivityType;

  @DateField()
  occurredOn!: string;

  @TextField(200)
  title!: string;

  @TextField(5000, { optional: true })
  description?: string | null;

  /** Participants, visits or readers reached. */
  @IntField(0, 10_000_000, { optional: true })
  reach?: number | null;

  /** Defaults to false. */
  @BooleanField({ optional: true })
  isPublic?: boolean;

  @UuidArrayField(MAX_ACTIVITY_HANDLUNGSFELDER, { optional: true })
  handlungsfeldIds?: string[];

  @UuidArrayField(MAX_ACTIVITY_PARTNERS, { optional: true })
  partnerOrganisationIds?: string[];
}

/** Replace an activity (Handlungsfelder and partners as a whole); `version` is the version the client read. */
export class UpdateActivityDto extends CreateActivityDto {
  @VersionField()
  version!: number;
}

export const ACTIVITY_SORT_FIELDS = ['occurredOn', 'title', 'activityType'] as const;
export type ActivitySortField = (typeof ACTIVITY_SORT_FIELDS)[number];

/** Default sort: occurredOn, newest first. */
export class ActivityListQueryDto extends ListQueryDto {
  @EnumField(ACTIVITY_SORT_FIELDS, { optional: true })
  sort?: ActivitySortField;

  @UuidField({ optional: true })
  allianceId?: string;

  @EnumField(ACTIVITY_TYPES, { optional: true })
  activityType?: ActivityType;

  /** occurredOn on or after this date. */
  @DateField({ optional: true })
  dateFrom?: string;

  /** occurredOn on or before this date. */
  @DateField({ optional: true })
  dateTo?: string;

  @UuidField({ optional: true })
  handlungsfeldId?: string;

  @QueryBooleanField()
  includeArchived?: boolean;

  /**
   * Keyset paging: the `nextCursor` of the previous page. The page then starts after that row instead
   * of at an offset, so deep pages cost as much as the first. Only with the default sort (date).
   */
  @CursorField()
  after?: string;
}

export class ActivityDto {
  id!: string;
  allianceId!: string;
  activityType!: ActivityType;
  occurredOn!: string;
  title!: string;
  description!: string | null;
  reach!: number | null;
  isPublic!: boolean;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class ActivityListItemDto extends ActivityDto {
  allianceName!: string;
  handlungsfeldCodes!: string[];
  partnerCount!: number;
}

export class ActivityDetailDto extends ActivityDto {
  allianceName!: string;
  handlungsfelder!: EngagementHandlungsfeldDto[];
  partners!: EngagementPartnerDto[];
}
