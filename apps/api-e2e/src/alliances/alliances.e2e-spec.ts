import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  AllianceBody,
  createAlliance,
  createOrganisation,
  createScopedView,
  dropScopedView,
  ErrorBody,
  handlungsfeldId,
  today,
} from './alliance-fixtures';

interface DetailBody extends AllianceBody {
  landAbbreviation: string;
  landName: string;
  kreisName: string | null;
  gemeindeName: string | null;
  coveredGemeinden: { ags: string; name: string }[];
  handlungsfelder: { id: string; code: string; isMain: boolean }[];
  zielgruppen: { code: string; name: string }[];
  bodies: { bodyType: string; name: string; description: string | null }[];
  coordinationHost: { id: string; name: string } | null;
  statusHistory: { fromStatus: string | null; toStatus: string; actor: string; reason: string; changedOn: string }[];
}

const VALIDATION_TAG = `Validierung-${uniqueSuffix()}`;
const VALIDATION_VIEW = 'e2e_alliance_validation';

describe('Bündnisse API', () => {
  let app: TestApp;
  let hf01: string;
  let hf03: string;

  beforeAll(async () => {
    app = await startTestApp();
    hf01 = await handlungsfeldId(app, 'HF01');
    hf03 = await handlungsfeldId(app, 'HF03');
    await createScopedView(app, VALIDATION_VIEW, `SELECT id FROM alliance WHERE name LIKE '${VALIDATION_TAG}%'`);
  });

  afterAll(async () => {
    await dropScopedView(app, VALIDATION_VIEW);
    await app.close();
  });

  const detail = async (id: string): Promise<DetailBody> => {
    const response = await app.http.get(`/api/alliances/${id}`);
    expect(response.status).toBe(200);
    return response.body as DetailBody;
  };

  it('creates an alliance, deriving Land and Kreis from the Gemeinde AGS, with a server-assigned code', async () => {
    const host = await createOrganisation(app, { name: `Familienbüro Nörten ${uniqueSuffix()}`, sector: 'VERWALTUNG', actorType: 'GEMEINDE_STADT' });
    const created = await createAlliance(app, {
      name: 'Bündnis für Familie Nörten-Hardenberg',
      shortName: 'LBF Nörten',
      territorialLevel: 'GEMEINDE',
      gemeindeAgs: '03155010',
      handlungsfeldIds: [hf01, hf03],
      mainHandlungsfeldId: hf03,
      zielgruppeCodes: ['FAMILIEN', 'ALLEINERZIEHENDE'],
      bodies: [{ bodyType: 'LENKUNGSGRUPPE', name: 'Lenkungsgruppe', description: 'Trifft sich monatlich' }],
      coordinationHostId: host.id,
      coveredAgs: ['03155011'],
      orgForm: 'ARBEITSKREIS_LENKUNGSGRUPPE',
      paidCoordinationHours: 9.5,
      populationReach: 8000,
      website: 'https://www.noerten-hardenberg.de/familie',
      publicEmail: 'familie@noerten-hardenberg.de',
      published: true,
    });
    expect(created).toMatchObject({ landCode: '03', kreisAgs: '03155', gemeindeAgs: '03155010', status: 'INTERESSENT', version: 1 });
    expect(created.code).toMatch(/^LBF-NI-\d{4}$/);
    expect(created.publishedOn).toBe(today());

    const body = await detail(created.id);
    expect(body).toMatchObject({
      landAbbreviation: 'NI',
      landName: 'Niedersachsen',
      kreisName: 'Northeim',
      gemeindeName: 'Nörten-Hardenberg',
      coordinationHost: { id: host.id, name: host.name },
      zielgruppen: expect.arrayContaining([expect.objectContaining({ code: 'ALLEINERZIEHENDE', name: 'Alleinerziehende' })]),
      bodies: [{ bodyType: 'LENKUNGSGRUPPE', name: 'Lenkungsgruppe', description: 'Trifft sich monatlich' }].map((b) => expect.objectContaining(b)),
    });
    expect(body.coveredGemeinden).toHaveLength(1);
    expect(body.handlungsfelder.map((h) => [h.code, h.isMain])).toEqual([
      ['HF01', false],
      ['HF03', true],
    ]);
    expect(body.statusHistory).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'INTERESSENT', actor: app.user.displayName, changedOn: today() }),
    ]);
  });

  it('derives the Land from a Kreis, accepts a Land-level alliance and checks that every place exists', async () => {
    const kreis = await createAlliance(app, { territorialLevel: 'LANDKREIS', kreisAgs: '15083', gemeindeAgs: undefined, status: 'AKTIV' });
    expect(kreis).toMatchObject({ landCode: '15', kreisAgs: '15083', gemeindeAgs: null, status: 'AKTIV' });
    expect(kreis.code).toMatch(/^LBF-ST-\d{4}$/);
    const land = await createAlliance(app, { territorialLevel: 'LAND', landCode: '11', gemeindeAgs: undefined });
    expect(land).toMatchObject({ landCode: '11', kreisAgs: null, gemeindeAgs: null });

    const cases: [Record<string, unknown>, string, string][] = [
      [{ territorialLevel: 'GEMEINDE' }, 'gemeindeAgs', 'GEMEINDE_REQUIRED'],
      [{ territorialLevel: 'STADT', gemeindeAgs: '99999999' }, 'gemeindeAgs', 'GEMEINDE_NOT_FOUND'],
      [{ territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', kreisAgs: '15083' }, 'kreisAgs', 'GEOGRAPHY_MISMATCH'],
      [{ territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', landCode: '15' }, 'landCode', 'GEOGRAPHY_MISMATCH'],
      [{ territorialLevel: 'LANDKREIS' }, 'kreisAgs', 'KREIS_REQUIRED'],
      [{ territorialLevel: 'REGION', kreisAgs: '99999' }, 'kreisAgs', 'KREIS_NOT_FOUND'],
      [{ territorialLevel: 'LANDKREIS', kreisAgs: '15083', gemeindeAgs: '15083270' }, 'gemeindeAgs', 'GEOGRAPHY_NOT_ALLOWED'],
      [{ territorialLevel: 'LAND' }, 'landCode', 'LAND_REQUIRED'],
      [{ territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', coveredAgs: ['03155010', '99999998'] }, 'coveredAgs', 'COVERED_GEMEINDE_NOT_FOUND'],
    ];
    for (const [geography, field, code] of cases) {
      const response = await app.http.post('/api/alliances').send({ name: `Geo ${uniqueSuffix()}`, ...geography });
      expect({ geography, status: response.status, code: (response.body as ErrorBody).code }).toEqual({ geography, status: 400, code });
      expect((response.body as ErrorBody).fields?.[field]).toEqual(expect.any(String));
    }
  });

  it('assigns distinct codes to concurrent creations in the same Land', async () => {
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        app.http.post('/api/alliances').send({ name: `Parallel ${uniqueSuffix()}`, territorialLevel: 'KREISFREIE_STADT', gemeindeAgs: '03103000' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const codes = responses.map((r) => (r.body as AllianceBody).code);
    expect(new Set(codes).size).toBe(6);
    codes.forEach((code) => expect(code).toMatch(/^LBF-NI-\d{4}$/));
  });

  it('accepts a founding year alone, derives it from a date alone and refuses a date outside the year', async () => {
    const yearOnly = await createAlliance(app, { foundingYear: 2005 });
    expect(yearOnly).toMatchObject({ foundingYear: 2005, foundingDate: null });
    const dateOnly = await createAlliance(app, { foundingDate: '2011-06-15' });
    expect(dateOnly).toMatchObject({ foundingYear: 2011, foundingDate: '2011-06-15' });
    const both = await createAlliance(app, { foundingYear: 2019, foundingDate: '2019-03-26' });
    expect(both).toMatchObject({ foundingYear: 2019, foundingDate: '2019-03-26' });

    const name = `Gründung ${uniqueSuffix()}`;
    const mismatch = await app.http
      .post('/api/alliances')
      .send({ name, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', foundingYear: 2010, foundingDate: '2011-01-01' });
    expect(mismatch.status).toBe(400);
    expect((mismatch.body as ErrorBody).fields?.['foundingDate']).toContain('2010');
    const tooEarly = await app.http
      .post('/api/alliances')
      .send({ name, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', foundingDate: '1985-05-15' });
    expect(tooEarly.status).toBe(400);
    expect((tooEarly.body as ErrorBody).fields?.['foundingDate']).toEqual(expect.any(String));
    const written: unknown[] = await app.dataSource.query(`SELECT 1 FROM alliance WHERE name = $1`, [name]);
    expect(written).toHaveLength(0);
  });

  it('checks Handlungsfelder, Zielgruppen and the coordination host', async () => {
    const legacy = await handlungsfeldId(app, 'A2', 'A');
    const cases: [Record<string, unknown>, string][] = [
      [{ handlungsfeldIds: [hf01, legacy] }, 'handlungsfeldIds'],
      [{ handlungsfeldIds: [hf01], mainHandlungsfeldId: hf03 }, 'mainHandlungsfeldId'],
      [{ zielgruppeCodes: ['FAMILIEN', 'MARSMENSCHEN'] }, 'zielgruppeCodes'],
      [{ coordinationHostId: '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d' }, 'coordinationHostId'],
      [{ profileConfirmedOn: '2999-01-01' }, 'profileConfirmedOn'],
      [{ bodies: [{ bodyType: 'VORSTAND' }] }, 'bodies.0.name'],
    ];
    for (const [fields, field] of cases) {
      const response = await app.http
        .post('/api/alliances')
        .send({ name: `Referenzen ${uniqueSuffix()}`, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', ...fields });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect((response.body as ErrorBody).fields?.[field]).toEqual(expect.any(String));
    }
  });

  it('replaces fields and child collections on update, keeps the status out of it, and archives', async () => {
    const created = await createAlliance(app, {
      handlungsfeldIds: [hf01, hf03],
      mainHandlungsfeldId: hf01,
      zielgruppeCodes: ['FAMILIEN'],
      bodies: [{ bodyType: 'VORSTAND', name: 'Vorstand' }],
    });
    const replacement = {
      name: `${created.name} (neu)`,
      territorialLevel: 'STADT',
      gemeindeAgs: '15083270',
      handlungsfeldIds: [hf03],
      mainHandlungsfeldId: hf03,
      zielgruppeCodes: ['ALLEINERZIEHENDE'],
      bodies: [
        { bodyType: 'ARBEITSGRUPPE', name: 'AG Kinderbetreuung' },
        { bodyType: 'STEUERUNGSGRUPPE', name: 'Steuerungsgruppe' },
      ],
      published: true,
      version: 1,
    };
    const updated = await app.http.put(`/api/alliances/${created.id}`).send(replacement);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: `${created.name} (neu)`, landCode: '15', kreisAgs: '15083', version: 2, publishedOn: today() });
    expect(updated.body.code).toBe(created.code);
    const body = await detail(created.id);
    expect(body.handlungsfelder.map((h) => [h.code, h.isMain])).toEqual([['HF03', true]]);
    expect(body.zielgruppen.map((z) => z.code)).toEqual(['ALLEINERZIEHENDE']);
    expect(body.bodies.map((b) => b.name).sort()).toEqual(['AG Kinderbetreuung', 'Steuerungsgruppe']);

    const withStatus = await app.http.put(`/api/alliances/${created.id}`).send({ ...replacement, version: 2, status: 'AKTIV' });
    expect(withStatus.status).toBe(400);
    expect((withStatus.body as ErrorBody).fields?.['status']).toEqual(expect.any(String));

    const stale = await app.http.put(`/api/alliances/${created.id}`).send({ ...replacement, name: 'Überholt', version: 1 });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).code).toBe('VERSION_CONFLICT');
    expect((await detail(created.id)).name).toBe(`${created.name} (neu)`);

    expect((await app.http.post(`/api/alliances/${created.id}/archive`).send({ version: 1 })).status).toBe(409);
    expect((await app.http.post(`/api/alliances/${created.id}/archive`).send({ version: 2 })).status).toBe(204);
    const listedIds = async (extra: string): Promise<string[]> => {
      const response = await app.http.get(`/api/alliances?q=${encodeURIComponent(replacement.name)}&pageSize=100${extra}`);
      return (response.body as { items: { id: string }[] }).items.map((item) => item.id);
    };
    expect(await listedIds('')).not.toContain(created.id);
    expect(await listedIds('&includeArchived=true')).toContain(created.id);
    expect((await app.http.put(`/api/alliances/${created.id}`).send({ ...replacement, version: 3 })).status).toBe(404);

    const audit: { action: string }[] = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [
      created.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get('/api/alliances/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d');
    expect(unknown.status).toBe(404);
    expect((unknown.body as ErrorBody).code).toBe('ALLIANCE_NOT_FOUND');
    const malformed = await app.http.get('/api/alliances/keine-uuid');
    expect(malformed.status).toBe(400);
    expect((malformed.body as ErrorBody).code).toBe('INVALID_ID');
    const archive = await app.http.post('/api/alliances/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d/archive').send({ version: 1 });
    expect(archive.status).toBe(404);
  });

  describeCreateValidation(() => app, {
    path: '/api/alliances',
    table: VALIDATION_VIEW,
    validBody: () => ({ name: `${VALIDATION_TAG} ${uniqueSuffix()}`, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010' }),
    required: ['name', 'territorialLevel'],
    wrongTypes: {
      name: 42,
      territorialLevel: 'DORF',
      gemeindeAgs: 3155010,
      status: 'AUFGELOEST',
      foundingYear: 1980,
      foundingDate: '2019-02-30',
      handlungsfeldIds: ['keine-uuid'],
      zielgruppeCodes: 'FAMILIEN',
      bodies: 'Vorstand',
      coordinationHostId: 'keine-uuid',
      website: 'javascript:alert(1)',
      publicEmail: 'kein-at',
      published: 'ja',
      paidCoordinationHours: -1,
      coveredAgs: ['0315501'],
    },
    maxLengths: { name: 200, shortName: 80, districtPart: 120, publicPhone: 50, internalNotes: 5000 },
  });
});
