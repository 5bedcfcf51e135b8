import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsOptional,
  ValidateBy,
  ValidationArguments,
} from 'class-validator';
import { enumValues } from '../enums/enum-util';
import { QueryIntField } from '../common/validation';

/** What the global search finds, with the German group headings. */
export const SEARCH_TYPE_LABELS = {
  alliance: 'Bündnisse',
  organisation: 'Organisationen',
  person: 'Personen',
  mentor: 'Mentor:innen',
} as const;
export type SearchType = keyof typeof SEARCH_TYPE_LABELS;
export const SEARCH_TYPES = enumValues(SEARCH_TYPE_LABELS);

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_DEFAULT_LIMIT = 5;
export const SEARCH_MAX_LIMIT = 20;

/** `types=alliance,person` (or repeated `types=`) becomes a list without duplicates. */
function toTypeList({ value }: { value: unknown }): unknown {
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((part): part is string => typeof part === 'string'))
    return value;
  return [
    ...new Set(
      parts
        .flatMap((part) => part.split(','))
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    ),
  ];
}

function isSearchTerm(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.length <= SEARCH_MAX_LENGTH &&
    value.trim().length >= SEARCH_MIN_LENGTH
  );
}

function searchTermMessage(args: ValidationArguments): string {
  const value: unknown = args.value;
  if (value === undefined || value === null)
    return 'Dieses Feld ist erforderlich.';
  if (typeof value !== 'string') return 'Muss ein Text sein.';
  if (value.length > SEARCH_MAX_LENGTH)
    return `Darf höchstens ${SEARCH_MAX_LENGTH} Zeichen lang sein.`;
  return `Bitte mindestens ${SEARCH_MIN_LENGTH} Zeichen eingeben.`;
}

export class SearchQueryDto {
  /** Search term, 2–100 characters; German spellings meet (Müller = Mueller = muller, ß = ss). */
  @ValidateBy(
    { name: 'searchTerm', validator: { validate: isSearchTerm } },
    { message: searchTermMessage },
  )
  q!: string;

  /** Comma-separated list of alliance, organisation, person, mentor; default all. */
  @Transform(toTypeList)
  @IsOptional()
  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayNotEmpty({ message: 'Bitte mindestens einen Typ angeben.' })
  @ArrayMaxSize(SEARCH_TYPES.length, {
    message: `Höchstens ${SEARCH_TYPES.length} Einträge.`,
  })
  @IsIn(SEARCH_TYPES, {
    each: true,
    message: `Jeder Eintrag muss einer dieser Werte sein: ${SEARCH_TYPES.join(', ')}.`,
  })
  types?: SearchType[];

  /** Results per type: default 5, at most 20. */
  @QueryIntField(1, SEARCH_MAX_LIMIT)
  limit?: number;
}

export class SearchItemDto {
  id!: string;
  type!: SearchType;
  title!: string;
  /** e.g. "Aktiv · Landkreis Northeim, NI" (alliance), "Wirtschaft · Göttingen" (organisation). */
  subtitle!: string | null;
  /**
   * Higher is better: 4 + trigram similarity for an exact match, 3 + … for a prefix, 2 + … when a word
   * starts with the term, 1 + … when the name contains it, else the similarity alone (0 … 1).
   */
  score!: number;
}

export class SearchGroupDto {
  type!: SearchType;
  label!: string;
  /** Number of all matches of this type (items holds at most `limit`). */
  total!: number;
  items!: SearchItemDto[];
}

export class SearchResponseDto {
  /** The trimmed search term. */
  query!: string;
  groups!: SearchGroupDto[];
}
