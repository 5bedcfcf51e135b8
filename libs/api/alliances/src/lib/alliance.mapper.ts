import { AccessScope } from '@bn/api/core';
import { Alliance, AllianceHandlungsfeld, AllianceStatusChange } from '@bn/api/data-access-db';
import { AllianceDto, AllianceListItemDto, AllianceStatusChangeDto } from '@bn/shared/contracts';

/** An alliance row of the list query, with its main Handlungsfeld joined in. */
export type AllianceListRow = Alliance & { mainHandlungsfeld?: AllianceHandlungsfeld | null };

export function toAllianceDto(entity: Alliance): AllianceDto {
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    shortName: entity.shortName,
    status: entity.status,
    territorialLevel: entity.territorialLevel,
    landCode: entity.landCode,
    kreisAgs: entity.kreisAgs,
    gemeindeAgs: entity.gemeindeAgs,
    districtPart: entity.districtPart,
    coveredAgs: entity.coveredAgs,
    populationReach: entity.populationReach,
    orgForm: entity.orgForm,
    foundingYear: entity.foundingYear,
    foundingDate: entity.foundingDate,
    firstContactOn: entity.firstContactOn,
    joinedInitiativeOn: entity.joinedInitiativeOn,
    dormantSince: entity.dormantSince,
    endedOn: entity.endedOn,
    mergedIntoId: entity.mergedIntoId,
    coordinationHostId: entity.coordinationHostId,
    paidCoordinationHours: entity.paidCoordinationHours,
    website: entity.website,
    publicEmail: entity.publicEmail,
    publicPhone: entity.publicPhone,
    published: entity.published,
    publishedOn: entity.publishedOn,
    profileConfirmedOn: entity.profileConfirmedOn,
    internalNotes: entity.internalNotes,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

/** Internal notes are for the Servicebüro only: answers to coordinators and mentors leave the field out. */
export function visibleTo<T extends AllianceDto>(dto: T, scope: AccessScope): T {
  if (scope.kind === 'all') return dto;
  const copy = { ...dto };
  delete copy.internalNotes;
  return copy;
}

export function toAllianceListItemDto(entity: AllianceListRow): AllianceListItemDto {
  const main = entity.mainHandlungsfeld?.handlungsfeld;
  return {
    id: entity.id,
    code: entity.code,
    name: entity.name,
    shortName: entity.shortName,
    status: entity.status,
    territorialLevel: entity.territorialLevel,
    landCode: entity.landCode,
    landAbbreviation: entity.land?.abbreviation ?? null,
    landName: entity.land?.name ?? null,
    kreisAgs: entity.kreisAgs,
    kreisName: entity.kreis?.name ?? null,
    gemeindeAgs: entity.gemeindeAgs,
    gemeindeName: entity.gemeinde?.name ?? null,
    districtPart: entity.districtPart,
    foundingYear: entity.foundingYear,
    published: entity.published,
    profileConfirmedOn: entity.profileConfirmedOn,
    mainHandlungsfeld: main ? { id: main.id, code: main.code, name: main.name } : null,
    version: entity.version,
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

export function toStatusChangeDto(entity: AllianceStatusChange): AllianceStatusChangeDto {
  return {
    id: entity.id,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    changedOn: entity.changedOn,
    actor: entity.actor,
    reason: entity.reason,
    createdAt: entity.createdAt.toISOString(),
  };
}

/**
 * Newest first: transitions by date (they form a chain whose dates never go backwards), then by recording
 * time; the initial entry written at registration (no previous status) always comes last, as the chain's start.
 */
export function toStatusHistory(changes: AllianceStatusChange[]): AllianceStatusChangeDto[] {
  return [...changes]
    .sort(
      (a, b) =>
        Number(a.fromStatus === null) - Number(b.fromStatus === null) ||
        b.changedOn.localeCompare(a.changedOn) ||
        b.createdAt.getTime() - a.createdAt.getTime(),
    )
    .map(toStatusChangeDto);
}
