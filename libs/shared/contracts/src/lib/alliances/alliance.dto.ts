import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import {
  ALLIANCE_STATUSES,
  AllianceStatus,
  BODY_TYPES,
  BodyType,
  ORG_FORMS,
  OrgForm,
  TERRITORIAL_LEVELS,
  TerritorialLevel,
} from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  AGS_GEMEINDE,
  BooleanField,
  CodeArrayField,
  DateField,
  DecimalField,
  EmailField,
  EnumArrayField,
  EnumField,
  GemeindeAgsField,
  IntField,
  KreisAgsField,
  LandCodeField,
  QueryBooleanField,
  QueryIntField,
  TextField,
  UrlField,
  UuidArrayField,
  UuidField,
  VersionField,
  ZIELGRUPPE_CODE,
} from '../common/validation';
import { ALLIANCE_INITIAL_STATUSES, ALLIANCE_SORT_FIELDS, type AllianceInitialStatus, type AllianceSortField } from './alliance-constants';

/** A body (Gremium) of the alliance: Lenkungsgruppe, Vorstand, AG … */
export class AllianceBodyInputDto {
  @EnumField(BODY_TYPES)
  bodyType!: BodyType;

  @TextField(200)
  name!: string;

  @TextField(2000, { optional: true })
  description?: string | null;
}

/**
 * The editable fields of an alliance. Geography: give `gemeindeAgs` for the levels GEMEINDE, STADT,
 * KREISFREIE_STADT and STADTBEZIRK, `kreisAgs` for LANDKREIS and REGION, `landCode` for LAND. The server
 * derives the rest (Kreis and Land from the Gemeinde, Land from the Kreis); a derived field the client
 * sends anyway must agree with the derivation.
 */
export class AllianceFieldsDto {
  @TextField(200)
  name!: string;

  @TextField(80, { optional: true })
  shortName?: string | null;

  @EnumField(TERRITORIAL_LEVELS)
  territorialLevel!: TerritorialLevel;

  @GemeindeAgsField()
  gemeindeAgs?: string | null;

  @KreisAgsField()
  kreisAgs?: string | null;

  @LandCodeField()
  landCode?: string | null;

  /** Stadtteil/Stadtbezirk as free text. */
  @TextField(120, { optional: true })
  districtPart?: string | null;

  /** Further Gemeinden covered by a multi-municipality alliance (8-digit AGS each). */
  @CodeArrayField(AGS_GEMEINDE, 200, { optional: true })
  coveredAgs?: string[] | null;

  @IntField(0, 100000000, { optional: true })
  populationReach?: number | null;

  @EnumField(ORG_FORMS, { optional: true })
  orgForm?: OrgForm | null;

  /** Founding year; may be known without the exact date. */
  @IntField(1990, 2100, { optional: true })
  foundingYear?: number | null;

  /** Exact founding date; must lie in `foundingYear` (the year is derived when only the date is given). */
  @DateField({ optional: true })
  foundingDate?: string | null;

  @DateField({ optional: true })
  firstContactOn?: string | null;

  @DateField({ optional: true })
  joinedInitiativeOn?: string | null;

  /** KANON Handlungsfelder (ids). */
  @UuidArrayField(12, { optional: true })
  handlungsfeldIds?: string[] | null;

  /** The main focus; must be one of `handlungsfeldIds`. */
  @UuidField({ optional: true })
  mainHandlungsfeldId?: string | null;

  @CodeArrayField(ZIELGRUPPE_CODE, 30, { optional: true })
  zielgruppeCodes?: string[] | null;

  @IsOptional()
  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayMaxSize(30, { message: 'Höchstens 30 Einträge.' })
  @ValidateNested({ each: true, message: 'Jeder Eintrag muss ein Objekt sein.' })
  @Type(() => AllianceBodyInputDto)
  bodies?: AllianceBodyInputDto[] | null;

  /** Organisation that hosts the coordination (Koordinierungsstelle). */
  @UuidField({ optional: true })
  coordinationHostId?: string | null;

  /** Paid coordination hours per week. */
  @DecimalField(0, 168, { optional: true })
  paidCoordinationHours?: number | null;

  @UrlField({ optional: true })
  website?: string | null;

  /** Public contact: preferably a functional mailbox, not a personal address. */
  @EmailField({ optional: true })
  publicEmail?: string | null;

  @TextField(50, { optional: true })
  publicPhone?: string | null;

  /** Shown on the public map; the server sets `publishedOn` when it becomes true. */
  @BooleanField({ optional: true })
  published?: boolean | null;

  @DateField({ optional: true })
  profileConfirmedOn?: string | null;

  /** Servicebüro only; no sensitive data. Ignored when a coordinator saves (the stored notes stay). */
  @TextField(5000, { optional: true })
  internalNotes?: string | null;
}

/** Register an alliance; the code (LBF-NI-0042) is assigned by the server. */
export class CreateAllianceDto extends AllianceFieldsDto {
  /** Initial status (default INTERESSENT); later changes go through the status-transition endpoint. */
  @EnumField(ALLIANCE_INITIAL_STATUSES, { optional: true })
  status?: AllianceInitialStatus | null;
}

/** Replace an alliance's fields (not its status); `version` is the version the client read. */
export class UpdateAllianceDto extends AllianceFieldsDto {
  @VersionField()
  version!: number;
}

/** `status=AKTIV,RUHEND` and `status=AKTIV&status=RUHEND` both become ['AKTIV', 'RUHEND']. */
function toStatusList({ value }: { value: unknown }): unknown {
  if (value === undefined || value === null) return value;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((part: unknown) =>
    typeof part === 'string' ? part.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [part],
  );
  return [...new Set(parts)];
}

export class AllianceListQueryDto extends ListQueryDto {
  @EnumField(ALLIANCE_SORT_FIELDS, { optional: true })
  sort?: AllianceSortField;

  /** One or more statuses: comma-separated (`status=AKTIV,RUHEND`) or repeated (`status=AKTIV&status=RUHEND`). */
  @Transform(toStatusList)
  @EnumArrayField(ALLIANCE_STATUSES, ALLIANCE_STATUSES.length, { optional: true })
  status?: AllianceStatus[];

  @LandCodeField()
  landCode?: string;

  @KreisAgsField()
  kreisAgs?: string;

  /** Alliances seated in this Gemeinde or covering it (`coveredAgs`). */
  @GemeindeAgsField()
  gemeindeAgs?: string;

  /** Alliances that have this Handlungsfeld (main focus or not). */
  @UuidField({ optional: true })
  handlungsfeldId?: string;

  @EnumField(TERRITORIAL_LEVELS, { optional: true })
  territorialLevel?: TerritorialLevel;

  @QueryBooleanField()
  published?: boolean;

  @QueryIntField(1990, 2100)
  foundingYearFrom?: number;

  @QueryIntField(1990, 2100)
  foundingYearTo?: number;

  /** Profile last confirmed before this date, or never confirmed (data-quality follow-up). */
  @DateField({ optional: true })
  profileConfirmedBefore?: string;

  @QueryBooleanField()
  includeArchived?: boolean;
}

/** An alliance's own fields, as returned by create and update. */
export class AllianceDto {
  id!: string;
  code!: string;
  name!: string;
  shortName!: string | null;
  status!: AllianceStatus;
  territorialLevel!: TerritorialLevel;
  landCode!: string;
  kreisAgs!: string | null;
  gemeindeAgs!: string | null;
  districtPart!: string | null;
  coveredAgs!: string[];
  populationReach!: number | null;
  orgForm!: OrgForm | null;
  foundingYear!: number | null;
  foundingDate!: string | null;
  firstContactOn!: string | null;
  joinedInitiativeOn!: string | null;
  dormantSince!: string | null;
  endedOn!: string | null;
  mergedIntoId!: string | null;
  coordinationHostId!: string | null;
  paidCoordinationHours!: number | null;
  website!: string | null;
  publicEmail!: string | null;
  publicPhone!: string | null;
  published!: boolean;
  publishedOn!: string | null;
  profileConfirmedOn!: string | null;
  /** Servicebüro only: absent in answers to coordinators and mentors. */
  internalNotes?: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class AllianceHandlungsfeldRefDto {
  id!: string;
  code!: string;
  name!: string;
}

/** One row of the alliance list. */
export class AllianceListItemDto {
  id!: string;
  code!: string;
  name!: string;
  shortName!: string | null;
  status!: AllianceStatus;
  territorialLevel!: TerritorialLevel;
  landCode!: string;
  landAbbreviation!: string | null;
  landName!: string | null;
  kreisAgs!: string | null;
  kreisName!: string | null;
  gemeindeAgs!: string | null;
  gemeindeName!: string | null;
  districtPart!: string | null;
  foundingYear!: number | null;
  published!: boolean;
  profileConfirmedOn!: string | null;
  mainHandlungsfeld!: AllianceHandlungsfeldRefDto | null;
  version!: number;
  updatedAt!: string;
  archivedAt!: string | null;
}
