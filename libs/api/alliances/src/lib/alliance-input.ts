import { EntityManager, In } from 'typeorm';
import { Alliance, Gemeinde, Handlungsfeld, Organisation, Zielgruppe } from '@bn/api/data-access-db';
import { AllianceFieldsDto, BodyType } from '@bn/shared/contracts';
import {
  coordinationHostNotFound,
  coveredGemeindeNotFound,
  dateInFuture,
  foundingDateOutOfRange,
  foundingDateOutsideYear,
  handlungsfeldNotFound,
  mainHandlungsfeldNotSelected,
  zielgruppeNotFound,
} from './alliance.errors';
import { AllianceGeography, resolveGeography } from './alliance-geography';
import { berlinToday } from '@bn/shared/util';

/** The collections stored beside the alliance row, replaced as a whole on every write. */
export interface AllianceChildren {
  handlungsfeldIds: string[];
  mainHandlungsfeldId: string | null;
  zielgruppeCodes: string[];
  bodies: { bodyType: BodyType; name: string; description: string | null }[];
}

export interface ResolvedAllianceInput {
  geography: AllianceGeography;
  /** Row columns (geography included) except code, status and the publication fields. */
  columns: Partial<Alliance>;
  published: boolean;
  children: AllianceChildren;
}

const trimmed = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};

/** Founding may be a year alone; a date must lie in that year, and gives the year when it comes alone. */
function resolveFounding(dto: AllianceFieldsDto): { foundingYear: number | null; foundingDate: string | null } {
  const foundingDate = dto.foundingDate ?? null;
  const givenYear = dto.foundingYear ?? null;
  if (!foundingDate) return { foundingYear: givenYear, foundingDate: null };
  const dateYear = Number(foundingDate.slice(0, 4));
  if (givenYear !== null && givenYear !== dateYear) throw foundingDateOutsideYear(givenYear);
  if (dateYear < 1990 || dateYear > 2100) throw foundingDateOutOfRange();
  return { foundingYear: dateYear, foundingDate };
}

async function checkHandlungsfelder(manager: EntityManager, dto: AllianceFieldsDto): Promise<void> {
  const ids = dto.handlungsfeldIds ?? [];
  if (ids.length > 0) {
    const found = await manager.count(Handlungsfeld, { where: { id: In(ids), taxonomyVersion: 'KANON' } });
    if (found !== ids.length) throw handlungsfeldNotFound();
  }
  if (dto.mainHandlungsfeldId && !ids.includes(dto.mainHandlungsfeldId)) throw mainHandlungsfeldNotSelected();
}

async function checkZielgruppen(manager: EntityManager, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await manager.find(Zielgruppe, { select: { code: true }, where: { code: In(codes) } });
  const known = new Set(found.map((z) => z.code));
  const missing = codes.filter((code) => !known.has(code));
  if (missing.length > 0) throw zielgruppeNotFound(missing);
}

async function checkCoveredGemeinden(manager: EntityManager, agsList: string[]): Promise<void> {
  if (agsList.length === 0) return;
  const found = await manager.find(Gemeinde, { select: { ags: true }, where: { ags: In(agsList) } });
  const known = new Set(found.map((g) => g.ags));
  const missing = agsList.filter((ags) => !known.has(ags));
  if (missing.length > 0) throw coveredGemeindeNotFound(missing);
}

/** Checks every reference and rule of an alliance's fields and turns them into columns and child rows. */
export async function resolveAllianceInput(manager: EntityManager, dto: AllianceFieldsDto): Promise<ResolvedAllianceInput> {
  const geography = await resolveGeography(manager, dto);
  const founding = resolveFounding(dto);
  if (dto.profileConfirmedOn && dto.profileConfirmedOn > berlinToday()) throw dateInFuture('profileConfirmedOn');
  await checkHandlungsfelder(manager, dto);
  const zielgruppeCodes = dto.zielgruppeCodes ?? [];
  await checkZielgruppen(manager, zielgruppeCodes);
  const coveredAgs = dto.coveredAgs ?? [];
  await checkCoveredGemeinden(manager, coveredAgs);
  if (dto.coordinationHostId && !(await manager.existsBy(Organisation, { id: dto.coordinationHostId }))) {
    throw coordinationHostNotFound();
  }
  return {
    geography,
    columns: {
      name: dto.name.trim(),
      shortName: trimmed(dto.shortName),
      territorialLevel: dto.territorialLevel,
      ...geography,
      districtPart: trimmed(dto.districtPart),
      coveredAgs,
      populationReach: dto.populationReach ?? null,
      orgForm: dto.orgForm ?? null,
      ...founding,
      firstContactOn: dto.firstContactOn ?? null,
      joinedInitiativeOn: dto.joinedInitiativeOn ?? null,
      coordinationHostId: dto.coordinationHostId ?? null,
      paidCoordinationHours: dto.paidCoordinationHours ?? null,
      website: trimmed(dto.website),
      publicEmail: trimmed(dto.publicEmail),
      publicPhone: trimmed(dto.publicPhone),
      profileConfirmedOn: dto.profileConfirmedOn ?? null,
      internalNotes: trimmed(dto.internalNotes),
    },
    published: dto.published ?? false,
    children: {
      handlungsfeldIds: dto.handlungsfeldIds ?? [],
      mainHandlungsfeldId: dto.mainHandlungsfeldId ?? null,
      zielgruppeCodes,
      bodies: (dto.bodies ?? []).map((body) => ({
        bodyType: body.bodyType,
        name: body.name.trim(),
        description: trimmed(body.description),
      })),
    },
  };
}
