import { GEMEINDEN_DATA } from './gemeinden.data';
import { KREISE_DATA } from './kreise.data';

// Parsers for the generated reference data (see tools/geo/build-reference-data.mjs).
// Source: BKG VG5000 (Stand 01.01.2021), © GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0.
// No file access at run time: the data is compiled into kreise.data.ts / gemeinden.data.ts.

export interface KreisRow {
  /** 5-digit Amtlicher Gemeindeschlüssel of the Kreis / kreisfreie Stadt, e.g. '03155'. */
  ags: string;
  name: string;
  /** 'Landkreis' | 'Kreis' | 'Kreisfreie Stadt' | 'Stadtkreis' */
  designation: string;
  /** 2-digit Länderschlüssel (first 2 AGS digits). */
  landCode: string;
  /** WGS84 area centroid, 5 decimals. */
  latitude: number;
  longitude: number;
}

export interface GemeindeRow {
  /** 8-digit Amtlicher Gemeindeschlüssel, e.g. '03155010'. */
  ags: string;
  /** 12-digit Amtlicher Regionalschlüssel (Kreis + Gemeindeverband + Gemeinde), e.g. '031550010010'. */
  ars: string;
  name: string;
  /** 'Gemeinde' | 'Stadt' | 'Gemeindefreies Gebiet' */
  designation: string;
  /** 5-digit AGS of the Kreis (first 5 AGS digits); always present among parseKreise(). */
  kreisAgs: string;
  /** 2-digit Länderschlüssel (first 2 AGS digits). */
  landCode: string;
  /** WGS84 area centroid, 5 decimals. */
  latitude: number;
  longitude: number;
}

interface Table {
  designations: string[];
  rows: { line: number; fields: string[] }[];
}

function table(data: string, source: string, fieldCount: number): Table {
  const lines = data.split(/\r?\n/);
  const [header, ...rest] = lines;
  if (!header) throw new Error(`${source}: missing designation dictionary`);
  const rows: Table['rows'] = [];
  rest.forEach((text, index) => {
    if (text === '') return;
    const fields = text.split('|');
    if (fields.length !== fieldCount) {
      throw new Error(
        `${source} line ${index + 2}: expected ${fieldCount} fields, got ${fields.length}`,
      );
    }
    rows.push({ line: index + 2, fields });
  });
  return { designations: header.split('|'), rows };
}

function designation(table: Table, value: string, where: string): string {
  const result = /^\d+$/.test(value)
    ? table.designations[Number(value)]
    : undefined;
  if (result === undefined)
    throw new Error(`${where}: unknown designation index "${value}"`);
  return result;
}

function coordinate(value: string, where: string): number {
  const result = Number(value);
  if (value === '' || !Number.isFinite(result))
    throw new Error(`${where}: bad coordinate "${value}"`);
  return result;
}

/** All 401 Kreise and kreisfreie Städte (01.01.2021), sorted by AGS. Returns fresh objects on every call. */
export function parseKreise(): KreisRow[] {
  const t = table(KREISE_DATA, 'kreise.data', 5);
  // Field counts are checked in table(); the '' defaults only satisfy noUncheckedIndexedAccess.
  return t.rows.map(
    ({
      line,
      fields: [ags = '', name = '', designationIndex = '', lat = '', lon = ''],
    }) => {
      const where = `kreise.data line ${line}`;
      if (!/^\d{5}$/.test(ags)) throw new Error(`${where}: bad AGS "${ags}"`);
      return {
        ags,
        name,
        designation: designation(t, designationIndex, where),
        landCode: ags.slice(0, 2),
        latitude: coordinate(lat, where),
        longitude: coordinate(lon, where),
      };
    },
  );
}

/** All 10,997 Gemeinden incl. gemeindefreie Gebiete (01.01.2021), sorted by AGS. Returns fresh objects on every call. */
export function parseGemeinden(): GemeindeRow[] {
  const t = table(GEMEINDEN_DATA, 'gemeinden.data', 6);
  return t.rows.map(
    ({
      line,
      fields: [
        ags = '',
        verband = '',
        name = '',
        designationIndex = '',
        lat = '',
        lon = '',
      ],
    }) => {
      const where = `gemeinden.data line ${line}`;
      if (!/^\d{8}$/.test(ags)) throw new Error(`${where}: bad AGS "${ags}"`);
      if (!/^(\d{4})?$/.test(verband))
        throw new Error(`${where}: bad Verband "${verband}"`);
      return {
        ags,
        ars: ags.slice(0, 5) + (verband || '0000') + ags.slice(5),
        name,
        designation: designation(t, designationIndex, where),
        kreisAgs: ags.slice(0, 5),
        landCode: ags.slice(0, 2),
        latitude: coordinate(lat, where),
        longitude: coordinate(lon, where),
      };
    },
  );
}
