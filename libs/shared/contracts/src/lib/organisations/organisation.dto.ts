import { ACTOR_TYPES, ActorType, COMPANY_SIZES, CompanySize, SECTORS, Sector } from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  EmailField,
  EnumField,
  GemeindeAgsField,
  KreisAgsField,
  LandCodeField,
  PatternField,
  QueryBooleanField,
  TextField,
  UrlField,
  UuidField,
  VersionField,
} from '../common/validation';

/** Create a partner organisation. */
export class CreateOrganisationDto {
  @TextField(200)
  name!: string;

  @TextField(100, { optional: true })
  legalForm?: string | null;

  @EnumField(SECTORS)
  sector!: Sector;

  @EnumField(ACTOR_TYPES)
  actorType!: ActorType;

  /** Only for companies: EU size class. */
  @EnumField(COMPANY_SIZES, { optional: true })
  companySize?: CompanySize | null;

  @TextField(120, { optional: true })
  industry?: string | null;

  @TextField(200, { optional: true })
  street?: string | null;

  @PatternField(/^\d{5}$/, 'Muss eine fünfstellige Postleitzahl sein.', { optional: true })
  postalCode?: string | null;

  @TextField(120, { optional: true })
  city?: string | null;

  /** 8-digit AGS of the Gemeinde (from the reference geography). */
  @GemeindeAgsField()
  gemeindeAgs?: string | null;

  @UuidField({ optional: true })
  parentId?: string | null;

  @UrlField({ optional: true })
  website?: string | null;

  /** Functional mailbox of the organisation (no personal addresses). */
  @EmailField({ optional: true })
  email?: string | null;

  @TextField(50, { optional: true })
  phone?: string | null;
}

/** Replace an organisation's fields; `version` is the version the client read. */
export class UpdateOrganisationDto extends CreateOrganisationDto {
  @VersionField()
  version!: number;
}

export const ORGANISATION_SORT_FIELDS = ['name', 'sector', 'actorType', 'city', 'createdAt', 'updatedAt'] as const;
export type OrganisationSortField = (typeof ORGANISATION_SORT_FIELDS)[number];

export class OrganisationListQueryDto extends ListQueryDto {
  @EnumField(ORGANISATION_SORT_FIELDS, { optional: true })
  sort?: OrganisationSortField;

  @EnumField(SECTORS, { optional: true })
  sector?: Sector;

  @EnumField(ACTOR_TYPES, { optional: true })
  actorType?: ActorType;

  @EnumField(COMPANY_SIZES, { optional: true })
  companySize?: CompanySize;

  @LandCodeField()
  landCode?: string;

  @KreisAgsField()
  kreisAgs?: string;

  /** Only organisations that are (current) partners of this alliance. */
  @UuidField({ optional: true })
  allianceId?: string;

  @QueryBooleanField()
  includeArchived?: boolean;
}

export class OrganisationDto {
  id!: string;
  name!: string;
  legalForm!: string | null;
  sector!: Sector;
  actorType!: ActorType;
  companySize!: CompanySize | null;
  industry!: string | null;
  street!: string | null;
  postalCode!: string | null;
  city!: string | null;
  gemeindeAgs!: string | null;
  parentId!: string | null;
  website!: string | null;
  email!: string | null;
  phone!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class OrganisationPartnershipSummaryDto {
  partnershipId!: string;
  allianceId!: string;
  allianceName!: string;
  roles!: string[];
  since!: string | null;
  until!: string | null;
}

export class OrganisationDetailDto extends OrganisationDto {
  parentName!: string | null;
  gemeindeName!: string | null;
  landCode!: string | null;
  partnerships!: OrganisationPartnershipSummaryDto[];
  childCount!: number;
}
