import {
  GemeindeDetailDto,
  GemeindeDto,
  KreisDto,
  LandDto,
} from '@bn/shared/contracts';

/** Raw rows as PostgreSQL returns them (numeric columns arrive as strings). */
export interface LandRow {
  code: string;
  abbreviation: string;
  name: string;
  latitude: string;
  longitude: string;
}

export interface KreisRow {
  ags: string;
  name: string;
  designation: string;
  land_code: string;
  latitude: string;
  longitude: string;
}

export interface GemeindeRow {
  ags: string;
  name: string;
  designation: string;
  kreis_ags: string;
  kreis_name: string;
  kreis_designation: string;
  land_code: string;
  land_abbreviation: string;
  latitude: string;
  longitude: string;
}

export interface GemeindeDetailRow extends GemeindeRow {
  ars: string;
  land_name: string;
}

export function toLandDto(row: LandRow): LandDto {
  return {
    code: row.code,
    abbreviation: row.abbreviation,
    name: row.name,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  };
}

export function toKreisDto(row: KreisRow): KreisDto {
  return {
    ags: row.ags,
    name: row.name,
    designation: row.designation,
    landCode: row.land_code,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
  };
}

/**
 * "Nörten-Hardenberg (Landkreis Northeim, NI)"; for a kreisfreie Stadt whose Kreis has the same
 * name: "Wolfsburg (Kreisfreie Stadt, NI)".
 */
export function gemeindeLabel(row: GemeindeRow): string {
  const kreis =
    row.kreis_name === row.name
      ? row.kreis_designation
      : `${row.kreis_designation} ${row.kreis_name}`;
  return `${row.name} (${kreis}, ${row.land_abbreviation})`;
}

export function toGemeindeDto(row: GemeindeRow): GemeindeDto {
  return {
    ags: row.ags,
    name: row.name,
    designation: row.designation,
    kreisAgs: row.kreis_ags,
    kreisName: row.kreis_name,
    kreisDesignation: row.kreis_designation,
    landCode: row.land_code,
    landAbbreviation: row.land_abbreviation,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    label: gemeindeLabel(row),
  };
}

export function toGemeindeDetailDto(row: GemeindeDetailRow): GemeindeDetailDto {
  return { ...toGemeindeDto(row), ars: row.ars, landName: row.land_name };
}
