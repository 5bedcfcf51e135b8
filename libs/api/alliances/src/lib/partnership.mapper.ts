import { Partnership } from '@bn/api/data-access-db';
import { AlliancePartnershipDto } from '@bn/shared/contracts';
import { personName } from './persistence';

/** Maps a partnership loaded with its organisation (inner join) and representative. */
export function toPartnershipDto(entity: Partnership): AlliancePartnershipDto {
  const organisation = entity.organisation;
  if (!organisation) throw new Error('A partnership must be loaded with its organisation.');
  return {
    id: entity.id,
    allianceId: entity.allianceId,
    organisationId: entity.organisationId,
    organisationName: organisation.name,
    sector: organisation.sector,
    actorType: organisation.actorType,
    roles: entity.roles,
    since: entity.since,
    until: entity.until,
    contributionTypes: entity.contributionTypes,
    contribution: entity.contribution,
    representativeId: entity.representativeId,
    representativeName: personName(entity.representative),
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}
