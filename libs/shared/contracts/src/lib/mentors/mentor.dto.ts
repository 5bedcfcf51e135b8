import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DEPLOYMENT_MODES, DeploymentMode, MENTOR_STATUSES, MentorStatus, SPECIALTY_LEVELS, SpecialtyLevel } from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  BooleanField,
  CodeArrayField,
  DateField,
  EnumArrayField,
  EnumField,
  FACHGEBIET_CODE,
  GemeindeAgsField,
  IntField,
  LAND_CODE,
  LandCodeField,
  PatternField,
  QueryBooleanField,
  TextField,
  UuidArrayField,
  UuidField,
  VersionField,
} from '../common/validation';

/** A Fachgebiet the mentor masters, with a level. */
export class MentorSpecialtyInputDto {
  @PatternField(FACHGEBIET_CODE, 'Muss ein Fachgebietsschlüssel wie FG01 sein.')
  fachgebietCode!: string;

  @EnumField(SPECIALTY_LEVELS)
  level!: SpecialtyLevel;
}

/** The editable fields of a Mentorprofil; the child collections are replaced as a whole. */
export class MentorProfileFieldsDto {
  @UuidField({ optional: true })
  homeAllianceId?: string | null;

  @UuidField({ optional: true })
  homeOrganisationId?: string | null;

  @EnumField(MENTOR_STATUSES)
  status!: MentorStatus;

  @DateField({ optional: true })
  qualifiedSince?: string | null;

  /** e.g. "Start Juni 2011" */
  @TextField(80, { optional: true })
  cohort?: string | null;

  /** Home location (8-digit AGS); the radius is measured from it. */
  @GemeindeAgsField()
  homeGemeindeAgs?: string | null;

  /** Maximum travel radius in km; needs `homeGemeindeAgs`. */
  @IntField(1, 1000, { optional: true })
  radiusKm?: number | null;

  @EnumArrayField(DEPLOYMENT_MODES, DEPLOYMENT_MODES.length)
  modes!: DeploymentMode[];

  @IntField(0, 50)
  capacityPerQuarter!: number;

  /** Public gallery text; published only with the person's GALERIE consent. */
  @TextField(2000, { optional: true })
  galleryText?: string | null;

  @BooleanField({ optional: true })
  galleryPublished?: boolean;

  @DateField({ optional: true })
  agreementSignedOn?: string | null;

  @TextField(40, { optional: true })
  agreementVersion?: string | null;

  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayMaxSize(20, { message: 'Höchstens 20 Einträge.' })
  @ValidateNested({ each: true })
  @Type(() => MentorSpecialtyInputDto)
  specialties!: MentorSpecialtyInputDto[];

  /** Topic expertise: Handlungsfeld ids. */
  @UuidArrayField(20)
  handlungsfeldIds!: string[];

  /** Länder the mentor serves. */
  @CodeArrayField(LAND_CODE, 16)
  regionLandCodes!: string[];

  /** Alliances in which the mentor represents a partner (conflict of interest). */
  @UuidArrayField(50)
  conflictAllianceIds!: string[];
}

/** Create the Mentorprofil of an existing person (one per person). */
export class CreateMentorDto extends MentorProfileFieldsDto {
  @UuidField()
  personId!: string;
}

/** Replace a Mentorprofil's fields and child collections; the person cannot change. */
export class UpdateMentorDto extends MentorProfileFieldsDto {
  @VersionField()
  version!: number;
}

export const MENTOR_SORT_FIELDS = ['lastName', 'status', 'qualifiedSince'] as const;
export type MentorSortField = (typeof MENTOR_SORT_FIELDS)[number];

export class MentorListQueryDto extends ListQueryDto {
  @EnumField(MENTOR_SORT_FIELDS, { optional: true })
  sort?: MentorSortField;

  @EnumField(MENTOR_STATUSES, { optional: true })
  status?: MentorStatus;

  /** Mentors with this specialty. */
  @PatternField(FACHGEBIET_CODE, 'Muss ein Fachgebietsschlüssel wie FG01 sein.', { optional: true })
  fachgebietCode?: string;

  /** At least this level (GRUNDKENNTNIS < ERFAHREN < EXPERTISE) in `fachgebietCode`, or in any specialty without it. */
  @EnumField(SPECIALTY_LEVELS, { optional: true })
  level?: SpecialtyLevel;

  @UuidField({ optional: true })
  handlungsfeldId?: string;

  /** Mentors serving this Land (listed region or home Gemeinde in it). */
  @LandCodeField()
  landCode?: string;

  @EnumField(DEPLOYMENT_MODES, { optional: true })
  mode?: DeploymentMode;

  /** true: no absence covers today; false: absent today. */
  @QueryBooleanField()
  available?: boolean;

  @QueryBooleanField()
  includeArchived?: boolean;
}
