import { EntityManager } from 'typeorm';
import { Gemeinde, Kreis, Land } from '@bn/api/data-access-db';
import { AllianceFieldsDto, GEMEINDE_LEVELS, KREIS_LEVELS, TerritorialLevel } from '@bn/shared/contracts';
import {
  gemeindeNotFound,
  gemeindeRequired,
  geographyMismatch,
  geographyNotAllowed,
  kreisNotFound,
  kreisRequired,
  landNotFound,
  landRequired,
} from './alliance.errors';

export interface AllianceGeography {
  landCode: string;
  kreisAgs: string | null;
  gemeindeAgs: string | null;
}

const isGemeindeLevel = (level: TerritorialLevel): boolean => (GEMEINDE_LEVELS as readonly string[]).includes(level);
const isKreisLevel = (level: TerritorialLevel): boolean => (KREIS_LEVELS as readonly string[]).includes(level);

/**
 * The place of an alliance from the one key its territorial level needs: the Gemeinde for local levels,
 * the Kreis for Landkreis/Region, the Land for Land. Kreis and Land are derived from the AGS (never typed);
 * a derived value the client sent anyway must agree.
 */
export async function resolveGeography(manager: EntityManager, dto: AllianceFieldsDto): Promise<AllianceGeography> {
  const level = dto.territorialLevel;
  if (isGemeindeLevel(level)) {
    if (!dto.gemeindeAgs) throw gemeindeRequired(level);
    const gemeinde = await manager.findOne(Gemeinde, {
      select: { ags: true, kreisAgs: true, landCode: true },
      where: { ags: dto.gemeindeAgs },
    });
    if (!gemeinde) throw gemeindeNotFound();
    if (dto.kreisAgs && dto.kreisAgs !== gemeinde.kreisAgs) throw geographyMismatch('kreisAgs', 'Gemeindeschlüssel');
    if (dto.landCode && dto.landCode !== gemeinde.landCode) throw geographyMismatch('landCode', 'Gemeindeschlüssel');
    return { landCode: gemeinde.landCode, kreisAgs: gemeinde.kreisAgs, gemeindeAgs: gemeinde.ags };
  }
  if (dto.gemeindeAgs) throw geographyNotAllowed('gemeindeAgs', level);
  if (isKreisLevel(level)) {
    if (!dto.kreisAgs) throw kreisRequired(level);
    const kreis = await manager.findOne(Kreis, { select: { ags: true, landCode: true }, where: { ags: dto.kreisAgs } });
    if (!kreis) throw kreisNotFound();
    if (dto.landCode && dto.landCode !== kreis.landCode) throw geographyMismatch('landCode', 'Kreisschlüssel');
    return { landCode: kreis.landCode, kreisAgs: kreis.ags, gemeindeAgs: null };
  }
  if (dto.kreisAgs) throw geographyNotAllowed('kreisAgs', level);
  if (!dto.landCode) throw landRequired();
  if (!(await manager.existsBy(Land, { code: dto.landCode }))) throw landNotFound();
  return { landCode: dto.landCode, kreisAgs: null, gemeindeAgs: null };
}
