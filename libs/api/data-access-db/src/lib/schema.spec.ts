import { DataSource } from 'typeorm';
import { foldGerman } from '@bn/shared/util';
import { createTestDatabase, TestDatabase } from '../testing/test-database';
import { buildDataSourceOptions } from './data-source';
import { ALL_MIGRATIONS } from './migrations';

/**
 * The schema changes only through migrations: a database migrated from zero must match the entities
 * exactly, every migration must be reversible, and the SQL search folding must equal the TS one.
 */
describe('schema and migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('bn_schema');
    dataSource = new DataSource(buildDataSourceOptions({ url: database.url, poolSize: 2 }));
    await dataSource.initialize();
  }, 120000);

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.dispose();
  });

  const pendingSchemaChanges = async (): Promise<string[]> => {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return log.upQueries.map((q) => q.query);
  };

  it('entities and migrations agree (no schema change pending after migrating from zero)', async () => {
    expect(await pendingSchemaChanges()).toEqual([]);
  });

  it('loads the reference geography and taxonomies', async () => {
    const [counts] = await dataSource.query(`
      SELECT (SELECT count(*) FROM land)::int AS laender, (SELECT count(*) FROM kreis)::int AS kreise,
             (SELECT count(*) FROM gemeinde)::int AS gemeinden, (SELECT count(*) FROM fachgebiet)::int AS fachgebiete,
             (SELECT count(*) FROM handlungsfeld WHERE taxonomy_version = 'KANON')::int AS handlungsfelder`);
    expect(counts).toEqual({ laender: 16, kreise: 401, gemeinden: 10997, fachgebiete: 12, handlungsfelder: 12 });
    const [gemeinde] = await dataSource.query(
      `SELECT g.name, k.name AS kreis, g.land_code FROM gemeinde g JOIN kreis k ON k.ags = g.kreis_ags WHERE g.ags = '03155010'`,
    );
    expect(gemeinde).toEqual({ name: 'Nörten-Hardenberg', kreis: 'Northeim', land_code: '03' });
  });

  it('folds German spellings in SQL exactly like foldGerman()', async () => {
    const samples = ['Müller GmbH', 'MÜLLER', 'Mueller', 'Straße', 'STRASSE', 'Nörten-Hardenberg', 'Café Élan', 'Ärztehaus  Öhringen', 'Über-Großweiler', 'Çelik & Söhne'];
    const rows: { folded: string }[] = await dataSource.query(
      `SELECT bn_fold(s) AS folded FROM unnest($1::text[]) WITH ORDINALITY AS t(s, n) ORDER BY n`,
      [samples],
    );
    expect(rows.map((r) => r.folded)).toEqual(samples.map(foldGerman));
  });

  it('keeps the audit trail append-only', async () => {
    await dataSource.query(`INSERT INTO audit_entry (actor, action, entity_type) VALUES ('Test', 'CREATE', 'Probe')`);
    await expect(dataSource.query(`UPDATE audit_entry SET actor = 'x'`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/cannot be changed or deleted/);
  });

  it('every migration is reversible: down to zero and up again ends where it started', async () => {
    for (let i = 0; i < ALL_MIGRATIONS.length; i++) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('schema_migrations', 'typeorm_metadata')`,
    );
    expect(tables).toEqual([]);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await pendingSchemaChanges()).toEqual([]);
  }, 120000);
});
