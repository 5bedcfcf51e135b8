import {
  ActorType,
  CONTRIBUTION_TYPES,
  ContributionType,
  PARTNER_ROLES,
  PartnerRole,
  SECTORS,
  Sector,
} from '../enums';
import { ListQueryDto } from '../common/pagination';
import { DateField, EnumArrayField, EnumField, QueryBooleanField, TextField, UuidField, VersionField } from '../common/validation';

/** The editable fields of a Bündnispartnerschaft (the organisation is fixed once created). */
export class PartnershipFieldsDto {
  @EnumArrayField(PARTNER_ROLES, PARTNER_ROLES.length, { optional: true })
  roles?: PartnerRole[] | null;

  @DateField({ optional: true })
  since?: string | null;

  /** Leaving date; not before `since`. */
  @DateField({ optional: true })
  until?: string | null;

  @EnumArrayField(CONTRIBUTION_TYPES, CONTRIBUTION_TYPES.length, { optional: true })
  contributionTypes?: ContributionType[] | null;

  @TextField(2000, { optional: true })
  contribution?: string | null;

  /** Person who represents the organisation in the alliance. */
  @UuidField({ optional: true })
  representativeId?: string | null;
}

/** Make an organisation a partner of the alliance. */
export class CreateAlliancePartnershipDto extends PartnershipFieldsDto {
  @UuidField()
  organisationId!: string;
}

/** Replace a partnership's fields; `version` is the version the client read. */
export class UpdateAlliancePartnershipDto extends PartnershipFieldsDto {
  @VersionField()
  version!: number;
}

export const PARTNERSHIP_SORT_FIELDS = ['organisationName', 'since'] as const;
export type PartnershipSortField = (typeof PARTNERSHIP_SORT_FIELDS)[number];

/** `q` searches the organisation name (German spelling variants). */
export class AlliancePartnershipListQueryDto extends ListQueryDto {
  @EnumField(PARTNERSHIP_SORT_FIELDS, { optional: true })
  sort?: PartnershipSortField;

  /** Partnerships that include this role. */
  @EnumField(PARTNER_ROLES, { optional: true })
  role?: PartnerRole;

  /** Sector of the partner organisation. */
  @EnumField(SECTORS, { optional: true })
  sector?: Sector;

  /** Only partnerships whose period has not ended (until empty or today or later). */
  @QueryBooleanField()
  currentOnly?: boolean;

  @QueryBooleanField()
  includeArchived?: boolean;
}

export class AlliancePartnershipDto {
  id!: string;
  allianceId!: string;
  organisationId!: string;
  organisationName!: string;
  sector!: Sector;
  actorType!: ActorType;
  roles!: PartnerRole[];
  since!: string | null;
  until!: string | null;
  contributionTypes!: ContributionType[];
  contribution!: string | null;
  representativeId!: string | null;
  representativeName!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}
