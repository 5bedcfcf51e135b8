import { FUNDING_SOURCES, FundingSource } from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  BooleanField,
  CodeArrayField,
  DateField,
  EnumArrayField,
  EnumField,
  PatternField,
  QueryBooleanField,
  TextField,
  UuidArrayField,
  UuidField,
  VersionField,
  ZIELGRUPPE_CODE,
} from '../common/validation';
import { EngagementHandlungsfeldDto, EngagementPartnerDto, EngagementZielgruppeDto } from './engagement-refs.dto';

export const MAX_PROJECT_HANDLUNGSFELDER = 12;
export const MAX_PROJECT_ZIELGRUPPEN = 30;
export const MAX_PROJECT_PARTNERS = 50;

/** Create a project or offer of an alliance (Babysitterpool, Leihgroßeltern, Müttercafé …). */
export class CreateProjectDto {
  /** An existing, not archived alliance. */
  @UuidField()
  allianceId!: string;

  @TextField(200)
  name!: string;

  @TextField(5000, { optional: true })
  description?: string | null;

  @DateField({ optional: true })
  startsOn?: string | null;

  /** Not before startsOn. */
  @DateField({ optional: true })
  endsOn?: string | null;

  /** "laufend"; contradicts an end date in the past. Defaults to false. */
  @BooleanField({ optional: true })
  isOngoing?: boolean;

  @EnumArrayField(FUNDING_SOURCES, FUNDING_SOURCES.length, { optional: true })
  fundingSources?: FundingSource[];

  /** Output indicators, e.g. "35 vermittelte Babysitter:innen". */
  @TextField(2000, { optional: true })
  outputNote?: string | null;

  @UuidArrayField(MAX_PROJECT_HANDLUNGSFELDER, { optional: true })
  handlungsfeldIds?: string[];

  @CodeArrayField(ZIELGRUPPE_CODE, MAX_PROJECT_ZIELGRUPPEN, { optional: true })
  zielgruppeCodes?: string[];

  @UuidArrayField(MAX_PROJECT_PARTNERS, { optional: true })
  partnerOrganisationIds?: string[];
}

/** Replace a project (Handlungsfelder, Zielgruppen and partners as a whole); `version` is the version the client read. */
export class UpdateProjectDto extends CreateProjectDto {
  @VersionField()
  version!: number;
}

export const PROJECT_SORT_FIELDS = ['name', 'startsOn', 'endsOn', 'updatedAt'] as const;
export type ProjectSortField = (typeof PROJECT_SORT_FIELDS)[number];

export class ProjectListQueryDto extends ListQueryDto {
  @EnumField(PROJECT_SORT_FIELDS, { optional: true })
  sort?: ProjectSortField;

  @UuidField({ optional: true })
  allianceId?: string;

  @UuidField({ optional: true })
  handlungsfeldId?: string;

  @PatternField(ZIELGRUPPE_CODE, 'Muss ein gültiger Zielgruppen-Schlüssel sein.', { optional: true })
  zielgruppeCode?: string;

  @EnumField(FUNDING_SOURCES, { optional: true })
  fundingSource?: FundingSource;

  /** true: running today (ongoing and started, or its period covers today); false: not running. */
  @QueryBooleanField()
  running?: boolean;

  @QueryBooleanField()
  includeArchived?: boolean;
}

export class ProjectDto {
  id!: string;
  allianceId!: string;
  name!: string;
  description!: string | null;
  startsOn!: string | null;
  endsOn!: string | null;
  isOngoing!: boolean;
  fundingSources!: FundingSource[];
  outputNote!: string | null;
  /** Running today (Europe/Berlin), by the same rule as the `running` filter. */
  isRunning!: boolean;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class ProjectListItemDto extends ProjectDto {
  allianceName!: string;
  handlungsfeldCodes!: string[];
  zielgruppeCodes!: string[];
  partnerCount!: number;
}

export class ProjectDetailDto extends ProjectDto {
  allianceName!: string;
  handlungsfelder!: EngagementHandlungsfeldDto[];
  zielgruppen!: EngagementZielgruppeDto[];
  partners!: EngagementPartnerDto[];
}
