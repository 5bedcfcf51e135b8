import { ValidateBy, ValidationArguments } from 'class-validator';
import {
  KreisAgsField,
  LandCodeField,
  QueryIntField,
} from '../common/validation';

/** The Gemeinde picker searches from this many characters on (after trimming). */
export const GEMEINDE_SEARCH_MIN_LENGTH = 2;
export const GEMEINDE_SEARCH_MAX_LENGTH = 100;
export const GEMEINDE_PICKER_DEFAULT_LIMIT = 20;
export const GEMEINDE_PICKER_MAX_LIMIT = 50;


function hasKreisFilter(args: ValidationArguments | undefined): boolean {
  const kreisAgs = (args?.object as { kreisAgs?: unknown } | undefined)
    ?.kreisAgs;
  return typeof kreisAgs === 'string' && kreisAgs.length > 0;
}

function gemeindeSearchTermMessage(args: ValidationArguments): string {
  const value: unknown = args.value;
  if (value !== undefined && typeof value !== 'string')
    return 'Muss ein Text sein.';
  if (typeof value === 'string' && value.length > GEMEINDE_SEARCH_MAX_LENGTH) {
    return `Darf höchstens ${GEMEINDE_SEARCH_MAX_LENGTH} Zeichen lang sein.`;
  }
  return `Bitte mindestens ${GEMEINDE_SEARCH_MIN_LENGTH} Zeichen eingeben oder einen Kreis wählen.`;
}

/**
 * The picker's search term: at least two characters after trimming, unless a Kreis is given
 * (then an empty or missing term lists the Kreis's Gemeinden).
 */
function GemeindeSearchTermField(): PropertyDecorator {
  return ValidateBy(
    {
      name: 'gemeindeSearchTerm',
      validator: {
        validate: (value: unknown, args?: ValidationArguments): boolean => {
          if (value === undefined || value === null)
            return hasKreisFilter(args);
          if (
            typeof value !== 'string' ||
            value.length > GEMEINDE_SEARCH_MAX_LENGTH
          )
            return false;
          const length = value.trim().length;
          return (
            length >= GEMEINDE_SEARCH_MIN_LENGTH ||
            (length === 0 && hasKreisFilter(args))
          );
        },
      },
    },
    { message: gemeindeSearchTermMessage },
  );
}

export class KreisListQueryDto {
  @LandCodeField()
  landCode?: string;
}

/** Query of the Gemeinde picker: `q` (German-tolerant) and/or `kreisAgs`, optionally limited to a Land. */
export class GemeindeSearchQueryDto {
  @GemeindeSearchTermField()
  q?: string;

  @LandCodeField()
  landCode?: string;

  @KreisAgsField()
  kreisAgs?: string;

  @QueryIntField(1, GEMEINDE_PICKER_MAX_LIMIT)
  limit?: number;
}

export class LandDto {
  /** AGS Länderschlüssel "01" … "16". */
  code!: string;
  abbreviation!: string;
  name!: string;
  latitude!: number;
  longitude!: number;
}

export class KreisDto {
  /** 5-digit AGS of the Landkreis or kreisfreie Stadt. */
  ags!: string;
  name!: string;
  /** Landkreis, Kreis, Kreisfreie Stadt or Stadtkreis. */
  designation!: string;
  landCode!: string;
  latitude!: number;
  longitude!: number;
}

/** A Gemeinde with its Kreis and Land, as the picker shows it. */
export class GemeindeDto {
  /** 8-digit AGS; its first five digits are the Kreis, its first two the Land. */
  ags!: string;
  name!: string;
  /** Gemeinde, Stadt or Gemeindefreies Gebiet. */
  designation!: string;
  kreisAgs!: string;
  kreisName!: string;
  kreisDesignation!: string;
  landCode!: string;
  landAbbreviation!: string;
  latitude!: number;
  longitude!: number;
  /** Display text, e.g. "Nörten-Hardenberg (Landkreis Northeim, NI)". */
  label!: string;
}

export class GemeindeDetailDto extends GemeindeDto {
  /** 12-digit Amtlicher Regionalschlüssel. */
  ars!: string;
  landName!: string;
}
