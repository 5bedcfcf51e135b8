import { MigrationInterface, QueryRunner } from 'typeorm';
import { LAENDER, parseGemeinden, parseKreise } from '../reference-data';
import {
  CANONICAL_VERSION,
  FACHGEBIETE,
  HANDLUNGSFELD_VERSIONS,
  HANDLUNGSFELDER_KANON,
  ZIELGRUPPEN,
} from './taxonomies.data';

const BATCH_SIZE = 1000;

/** Inserts rows in multi-row INSERT batches; values are bound as parameters. */
async function insertRows(
  queryRunner: QueryRunner,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = row.map((value) => {
        params.push(value);
        return `$${params.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    const columnList = columns.map((c) => `"${c}"`).join(', ');
    await queryRunner.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, params);
  }
}

/**
 * Reference data: the 16 Länder, 401 Kreise and 10,997 Gemeinden (BKG VG5000, © GeoBasis-DE / BKG
 * 2021, Daten verändert), the versioned Handlungsfeld taxonomy, Fachgebiete and Zielgruppen.
 */
export class ReferenceData1795240300000 implements MigrationInterface {
  name = 'ReferenceData1795240300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await insertRows(
      queryRunner,
      'land',
      ['code', 'abbreviation', 'name', 'latitude', 'longitude'],
      LAENDER.map((l) => [l.code, l.abbreviation, l.name, l.lat, l.lon]),
    );
    await insertRows(
      queryRunner,
      'kreis',
      ['ags', 'name', 'designation', 'land_code', 'latitude', 'longitude'],
      parseKreise().map((k) => [k.ags, k.name, k.designation, k.landCode, k.latitude, k.longitude]),
    );
    await insertRows(
      queryRunner,
      'gemeinde',
      ['ags', 'ars', 'name', 'designation', 'kreis_ags', 'land_code', 'latitude', 'longitude'],
      parseGemeinden().map((g) => [g.ags, g.ars, g.name, g.designation, g.kreisAgs, g.landCode, g.latitude, g.longitude]),
    );

    await insertRows(
      queryRunner,
      'handlungsfeld',
      ['taxonomy_version', 'code', 'name', 'valid_from', 'valid_to', 'sort_order'],
      [
        ...HANDLUNGSFELDER_KANON.map((h, i) => [CANONICAL_VERSION, h.code, h.name, '2004-01-01', null, i + 1]),
        ...HANDLUNGSFELD_VERSIONS.flatMap((v) =>
          v.fields.map((f, i) => [v.version, f.code, f.name, v.validFrom, v.validTo, i + 1]),
        ),
      ],
    );
    const mappings = HANDLUNGSFELD_VERSIONS.flatMap((v) =>
      v.fields.flatMap((f) => f.mapsTo.map((target) => [v.version, f.code, target])),
    );
    for (const [version, code, target] of mappings) {
      await queryRunner.query(
        `INSERT INTO handlungsfeld_mapping (source_id, target_id)
         SELECT s.id, t.id FROM handlungsfeld s, handlungsfeld t
         WHERE s.taxonomy_version = $1 AND s.code = $2 AND t.taxonomy_version = $3 AND t.code = $4`,
        [version, code, CANONICAL_VERSION, target],
      );
    }

    await insertRows(
      queryRunner,
      'fachgebiet',
      ['code', 'name', 'description', 'sort_order'],
      FACHGEBIETE.map((f, i) => [f.code, f.name, f.description, i + 1]),
    );
    await insertRows(
      queryRunner,
      'zielgruppe',
      ['code', 'name', 'sort_order'],
      ZIELGRUPPEN.map((z, i) => [z.code, z.name, i + 1]),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['zielgruppe', 'fachgebiet', 'handlungsfeld_mapping', 'handlungsfeld', 'gemeinde', 'kreis', 'land']) {
      await queryRunner.query(`DELETE FROM "${table}"`);
    }
  }
}
