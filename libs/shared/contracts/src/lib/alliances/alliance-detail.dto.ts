import { ActorType, BodyType, PartnerRole, PersonFunctionType, Sector } from '../enums';
import { AllianceDto } from './alliance.dto';
import { AllianceStatusChangeDto } from './alliance-status.dto';

export class AllianceGemeindeRefDto {
  ags!: string;
  name!: string;
}

export class AllianceHandlungsfeldDto {
  id!: string;
  code!: string;
  name!: string;
  isMain!: boolean;
}

export class AllianceZielgruppeDto {
  code!: string;
  name!: string;
}

export class AllianceBodyDto {
  id!: string;
  bodyType!: BodyType;
  name!: string;
  description!: string | null;
}

export class AllianceOrganisationRefDto {
  id!: string;
  name!: string;
}

export class AllianceRefDto {
  id!: string;
  code!: string;
  name!: string;
}

/** A current partner (non-archived partnership whose period has not ended). */
export class AlliancePartnerSummaryDto {
  partnershipId!: string;
  organisationId!: string;
  organisationName!: string;
  sector!: Sector;
  actorType!: ActorType;
  roles!: PartnerRole[];
  since!: string | null;
  until!: string | null;
  representativeId!: string | null;
  representativeName!: string | null;
}

/** A current coordinator, spokesperson or contact person (function valid today). */
export class AllianceContactDto {
  personId!: string;
  name!: string;
  email!: string | null;
  phone!: string | null;
  functionType!: PersonFunctionType;
  validFrom!: string | null;
  validUntil!: string | null;
}

/** Non-archived records linked to the alliance. */
export class AllianceCountsDto {
  activities!: number;
  projects!: number;
  events!: number;
  deployments!: number;
  declarations!: number;
}

/** Everything the alliance screen shows, loaded with a fixed number of queries. */
export class AllianceDetailDto extends AllianceDto {
  landAbbreviation!: string | null;
  landName!: string | null;
  kreisName!: string | null;
  gemeindeName!: string | null;
  coveredGemeinden!: AllianceGemeindeRefDto[];
  handlungsfelder!: AllianceHandlungsfeldDto[];
  zielgruppen!: AllianceZielgruppeDto[];
  bodies!: AllianceBodyDto[];
  coordinationHost!: AllianceOrganisationRefDto | null;
  mergedInto!: AllianceRefDto | null;
  partners!: AlliancePartnerSummaryDto[];
  contacts!: AllianceContactDto[];
  counts!: AllianceCountsDto;
  /** Newest first. */
  statusHistory!: AllianceStatusChangeDto[];
}
