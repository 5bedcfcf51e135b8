import {
  ALLIANCE_STATUS_LABELS,
  AllianceStatus,
  MENTOR_STATUS_LABELS,
  MentorStatus,
  PERSON_FUNCTION_LABELS,
  PersonFunctionType,
  SearchItemDto,
  SearchType,
  SECTOR_LABELS,
  Sector,
} from '@bn/shared/contracts';
import { TIERS } from './search-ranking.sql';
import {
  AllianceHitRow,
  HitRow,
  MentorHitRow,
  OrganisationHitRow,
  PersonHitRow,
} from './search.queries';

const SEPARATOR = ' · ';

function label<K extends string>(
  labels: Readonly<Record<K, string>>,
  value: string,
): string {
  return (labels as Readonly<Record<string, string>>)[value] ?? value;
}

function join(parts: (string | null | undefined)[]): string | null {
  const present = parts.filter((part): part is string => !!part);
  return present.length ? present.join(SEPARATOR) : null;
}

/** "Aktiv · Landkreis Northeim, NI"; without a Kreis: "Aktiv · NI". */
export function allianceSubtitle(row: AllianceHitRow): string | null {
  const place = row.kreis_name
    ? `${row.kreis_designation ?? ''} ${row.kreis_name}, ${row.land_abbreviation}`.trim()
    : row.land_abbreviation;
  return join([
    label<AllianceStatus>(ALLIANCE_STATUS_LABELS, row.status),
    place,
  ]);
}

/** "Wirtschaft · Göttingen" (city, else the Gemeinde). */
export function organisationSubtitle(row: OrganisationHitRow): string | null {
  return join([label<Sector>(SECTOR_LABELS, row.sector), row.place]);
}

/** The e-mail address, else the current first function: "Sprecher:in · Lokales Bündnis …". */
export function personSubtitle(row: PersonHitRow): string | null {
  if (row.email) return row.email;
  if (!row.function_type) return null;
  return join([
    label<PersonFunctionType>(PERSON_FUNCTION_LABELS, row.function_type),
    row.function_target,
  ]);
}

/** "Aktiv · NI" (Land of the home Gemeinde, else the Länder served). */
export function mentorSubtitle(row: MentorHitRow): string | null {
  return join([
    label<MentorStatus>(MENTOR_STATUS_LABELS, row.status),
    row.home_land ?? row.regions,
  ]);
}

/** 4 + similarity for an exact match, 3 + … for a prefix, 2 + … for a word start, 1 + … for contains, else the similarity. */
export function score(row: HitRow): number {
  return Math.round((TIERS - row.tier + Number(row.similarity)) * 1000) / 1000;
}

export function toSearchItem(
  type: SearchType,
  row: HitRow,
  subtitle: string | null,
): SearchItemDto {
  return { id: row.id, type, title: row.title, subtitle, score: score(row) };
}
