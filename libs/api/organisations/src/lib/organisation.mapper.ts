import { Organisation } from '@bn/api/data-access-db';
import { OrganisationDto } from '@bn/shared/contracts';

export function toOrganisationDto(entity: Organisation): OrganisationDto {
  return {
    id: entity.id,
    name: entity.name,
    legalForm: entity.legalForm,
    sector: entity.sector,
    actorType: entity.actorType,
    companySize: entity.companySize,
    industry: entity.industry,
    street: entity.street,
    postalCode: entity.postalCode,
    city: entity.city,
    gemeindeAgs: entity.gemeindeAgs,
    parentId: entity.parentId,
    website: entity.website,
    email: entity.email,
    phone: entity.phone,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}
