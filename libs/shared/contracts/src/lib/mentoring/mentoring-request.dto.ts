import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import {
  DESIRED_MODES,
  DesiredMode,
  REQUEST_CHANNELS,
  REQUEST_OCCASIONS,
  REQUEST_STATUSES,
  RequestChannel,
  RequestOccasion,
  RequestStatus,
} from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  AGS_GEMEINDE,
  CodeArrayField,
  DateField,
  EnumField,
  FACHGEBIET_CODE,
  LandCodeField,
  PatternField,
  QueryBooleanField,
  TextField,
  UuidArrayField,
  UuidField,
  VersionField,
} from '../common/validation';

/**
 * An interested party without an alliance record yet (issue 5, "Workflow"): the Fachberatung records
 * the request after a phone call and the alliance is created on the way, as INTERESSENT at the
 * territorial level GEMEINDE; Land and Kreis are derived from the Gemeinde (domain-research.md §2.1).
 */
export class NewInterestedAllianceDto {
  @TextField(200)
  name!: string;

  @PatternField(AGS_GEMEINDE, 'Muss ein achtstelliger Gemeindeschlüssel (AGS) sein.')
  gemeindeAgs!: string;
}

const isGiven = (value: unknown): boolean => value !== undefined && value !== null;

/** The fields of an Anfrage shared by create and update; the requesting alliance is given per body. */
export abstract class MentoringRequestInputDto {
  /** The contact person who asked. */
  @UuidField({ optional: true })
  requesterId?: string | null;

  @EnumField(REQUEST_CHANNELS)
  channel!: RequestChannel;

  /** Date of receipt; not in the future. */
  @DateField()
  receivedOn!: string;

  @EnumField(REQUEST_OCCASIONS)
  occasion!: RequestOccasion;

  @EnumField(DESIRED_MODES)
  desiredMode!: DesiredMode;

  @DateField({ optional: true })
  desiredFrom?: string | null;

  @DateField({ optional: true })
  desiredUntil?: string | null;

  /** Free text; no sensitive personal data belongs here. */
  @TextField(5000, { optional: true })
  description?: string | null;

  /** The person in the Fachberatung who handles the request. */
  @TextField(200, { optional: true })
  owner?: string | null;

  /** Wanted Fachgebiete (FG01 … FG12); may be empty. */
  @CodeArrayField(FACHGEBIET_CODE, 12)
  fachgebietCodes!: string[];

  /** Wanted Handlungsfelder (ids); may be empty. */
  @UuidArrayField(20)
  handlungsfeldIds!: string[];

  /** The earlier request this one follows up (Folgeeinsatz). */
  @UuidField({ optional: true })
  predecessorId?: string | null;

  @UuidField({ optional: true })
  relatedEventId?: string | null;
}

/**
 * Record an Anfrage (mentoring request). The status starts as EINGEGANGEN and is changed only by
 * the request workflow, never through these bodies. The requester is either an existing alliance
 * (`allianceId`, may still be INTERESSENT or IN_GRUENDUNG) or, for the Fachberatung only, a new
 * interested party (`newAlliance`); exactly one of the two.
 */
export class CreateMentoringRequestDto extends MentoringRequestInputDto {
  /** Required unless `newAlliance` is given. */
  @ValidateIf((dto: CreateMentoringRequestDto) => !isGiven(dto.newAlliance) || isGiven(dto.allianceId))
  @UuidField()
  @IsDefined({ message: 'Bitte ein Bündnis wählen oder einen neuen Interessenten angeben.' })
  allianceId?: string | null;

  /** Instead of `allianceId`: create the alliance as INTERESSENT in the same transaction. */
  @ValidateIf((dto: CreateMentoringRequestDto) => isGiven(dto.newAlliance))
  @ValidateBy(
    {
      name: 'exclusiveWithAllianceId',
      validator: {
        validate: (_value: unknown, args) => !isGiven((args?.object as CreateMentoringRequestDto).allianceId),
      },
    },
    {
      message: 'Entweder ein bestehendes Bündnis oder ein neuer Interessent – nicht beides.',
    },
  )
  @IsObject({ message: 'Muss ein Objekt sein.' })
  @ValidateNested()
  @Type(() => NewInterestedAllianceDto)
  newAlliance?: NewInterestedAllianceDto | null;
}

/** Replace a request's fields and wanted topics; `version` is the version the client read. */
export class UpdateMentoringRequestDto extends MentoringRequestInputDto {
  /** The requesting alliance; a new interested party can only be created with the request. */
  @UuidField()
  allianceId!: string;

  @VersionField()
  version!: number;
}

export const MENTORING_REQUEST_SORT_FIELDS = ['receivedOn', 'status', 'occasion', 'updatedAt'] as const;
export type MentoringRequestSortField = (typeof MENTORING_REQUEST_SORT_FIELDS)[number];

/** Filters of the request list; `q` searches the alliance name and the description. */
export class MentoringRequestListQueryDto extends ListQueryDto {
  /** Default: receivedOn, newest first. */
  @EnumField(MENTORING_REQUEST_SORT_FIELDS, { optional: true })
  sort?: MentoringRequestSortField;

  @EnumField(REQUEST_STATUSES, { optional: true })
  status?: RequestStatus;

  @EnumField(REQUEST_OCCASIONS, { optional: true })
  occasion?: RequestOccasion;

  @EnumField(REQUEST_CHANNELS, { optional: true })
  channel?: RequestChannel;

  @UuidField({ optional: true })
  allianceId?: string;

  /** Land of the requesting alliance. */
  @LandCodeField()
  landCode?: string;

  @DateField({ optional: true })
  receivedFrom?: string;

  @DateField({ optional: true })
  receivedTo?: string;

  @PatternField(FACHGEBIET_CODE, 'Muss ein Fachgebietsschlüssel wie FG01 sein.', { optional: true })
  fachgebietCode?: string;

  /** Exact owner name (case-insensitive). */
  @TextField(200, { optional: true })
  owner?: string;

  @QueryBooleanField()
  includeArchived?: boolean;
}

/** The columns of a request, shared by every response shape. */
export class MentoringRequestFieldsDto {
  id!: string;
  allianceId!: string;
  requesterId!: string | null;
  channel!: RequestChannel;
  receivedOn!: string;
  occasion!: RequestOccasion;
  desiredMode!: DesiredMode;
  desiredFrom!: string | null;
  desiredUntil!: string | null;
  description!: string | null;
  owner!: string | null;
  status!: RequestStatus;
  closingReason!: string | null;
  predecessorId!: string | null;
  relatedEventId!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

/** A request as returned by create and update. */
export class MentoringRequestDto extends MentoringRequestFieldsDto {
  fachgebietCodes!: string[];
  handlungsfeldIds!: string[];
}
