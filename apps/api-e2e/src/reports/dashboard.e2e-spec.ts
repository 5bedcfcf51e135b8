import type { DataSource } from 'typeorm';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { insertMentor } from '../mentoring/mentoring-fixtures';

/**
 * Dashboard and alliance map on a small known data set: a coordinator's two alliances (one of them
 * with an archived twin), a foreign alliance, partners, deployments, requests and a mentor. Figures
 * of the whole initiative are compared as differences to a baseline, so rows of other test files in
 * the same database do not matter; scoped figures are compared exactly.
 */

const YEAR = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date()),
);
const YESTERDAY = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

interface KeyFigures {
  activeAlliances: number;
  newAlliances: number;
  partners: number;
  deployments: number;
  openRequests: number;
}

interface Dashboard {
  year: number;
  countedOn: string;
  scope: 'all' | 'own';
  keyFigures: KeyFigures;
  alliancesByLand: { landCode: string; landName: string; counts: Record<string, number> }[];
  foundingsByYear: { year: number; count: number }[];
  deploymentsByYear: { year: number; counts: Record<string, number> }[];
  handlungsfelder: { id: string; code: string; name: string; count: number; share: number }[];
}

interface MapPoint {
  id: string;
  name: string;
  code: string;
  status: string;
  landCode: string;
  landName: string;
  municipalityName: string | null;
  latitude: number | null;
  longitude: number | null;
}

interface AllianceMap {
  points: MapPoint[];
  lands: { landCode: string; landName: string; activeAlliances: number }[];
  handlungsfelder: { id: string; code: string; name: string }[];
}

async function one(ds: DataSource, sql: string, params: unknown[] = []): Promise<string> {
  const rows: { id: string }[] = await ds.query(sql, params);
  return rows[0].id;
}

interface AllianceSpec {
  name: string;
  status: string;
  landCode: string;
  kreisAgs: string;
  gemeindeAgs: string | null;
  foundingYear: number | null;
  archived?: boolean;
}

function insertAlliance(ds: DataSource, spec: AllianceSpec): Promise<string> {
  return one(
    ds,
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level, founding_year, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      `DB-${uniqueSuffix()}`,
      spec.name,
      spec.status,
      spec.landCode,
      spec.kreisAgs,
      spec.gemeindeAgs,
      spec.gemeindeAgs ? 'GEMEINDE' : 'LANDKREIS',
      spec.foundingYear,
      spec.archived ? new Date() : null,
    ],
  );
}

describe('Dashboard and alliance map', () => {
  let app: TestApp;
  let ds: DataSource;
  let baseline: KeyFigures;
  let own: { northeim: string; haldensleben: string; archived: string };
  let foreign: string;
  let hf01: string;
  let hf03: string;
  let oldChildcareLabel: string;
  let coordinator: Awaited<ReturnType<TestApp['signIn']>>;
  let mentor: Awaited<ReturnType<TestApp['signIn']>>;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.dataSource;
    baseline = ((await app.http.get('/api/dashboard')).body as Dashboard).keyFigures;
    const tag = uniqueSuffix();

    own = {
      northeim: await insertAlliance(ds, {
        name: `Lokales Bündnis für Familie Northeim ${tag}`,
        status: 'AKTIV',
        landCode: '03',
        kreisAgs: '03155',
        gemeindeAgs: '03155010',
        foundingYear: YEAR,
      }),
      haldensleben: await insertAlliance(ds, {
        name: `Bündnis für Familie Haldensleben ${tag}`,
        status: 'RUHEND',
        landCode: '15',
        kreisAgs: '15083',
        gemeindeAgs: '15083270',
        foundingYear: YEAR - 2,
      }),
      archived: await insertAlliance(ds, {
        name: `Archiviertes Bündnis ${tag}`,
        status: 'AKTIV',
        landCode: '03',
        kreisAgs: '03155',
        gemeindeAgs: '03155010',
        foundingYear: YEAR,
        archived: true,
      }),
    };
    // A Kreis alliance without a Gemeinde: drawn at the Kreis's coordinates.
    foreign = await insertAlliance(ds, {
      name: `Familienbündnis Landkreis Miesbach ${tag}`,
      status: 'AKTIV',
      landCode: '09',
      kreisAgs: '09182',
      gemeindeAgs: null,
      foundingYear: YEAR - 5,
    });

    hf01 = await one(ds, `SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = 'HF01'`);
    hf03 = await one(ds, `SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = 'HF03'`);
    // "Kinderbetreuung" of the 2008–2012 taxonomy, mapped onto HF03 only.
    oldChildcareLabel = await one(
      ds,
      `SELECT s.id FROM handlungsfeld s JOIN handlungsfeld_mapping m ON m.source_id = s.id
        WHERE s.code = 'A2' AND s.taxonomy_version <> 'KANON' AND m.target_id = $1`,
      [hf03],
    );
    await ds.query(`INSERT INTO alliance_handlungsfeld (alliance_id, handlungsfeld_id, is_main) VALUES ($1, $2, true), ($1, $3, false)`, [
      own.northeim,
      hf01,
      oldChildcareLabel,
    ]);
    await ds.query(`INSERT INTO alliance_handlungsfeld (alliance_id, handlungsfeld_id, is_main) VALUES ($1, $2, true)`, [foreign, hf01]);

    const organisation = (name: string): Promise<string> =>
      one(ds, `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE') RETURNING id`, [
        `${name} ${tag}`,
      ]);
    const [caritas, stadtwerke, ended, miesbach] = [
      await organisation('Caritasverband Northeim e.V.'),
      await organisation('Stadtwerke Northeim'),
      await organisation('Familienzentrum Haldensleben'),
      await organisation('Kreisjugendring Miesbach'),
    ];
    const partnership = (allianceId: string, organisationId: string, until: string | null = null): Promise<unknown> =>
      ds.query(`INSERT INTO partnership (alliance_id, organisation_id, roles, until) VALUES ($1, $2, '{MITGLIED}', $3)`, [
        allianceId,
        organisationId,
        until,
      ]);
    await partnership(own.northeim, caritas);
    await partnership(own.northeim, stadtwerke);
    await partnership(own.haldensleben, caritas); // the same organisation counts once
    await partnership(own.haldensleben, ended, YESTERDAY); // no longer a partner
    await partnership(foreign, miesbach);

    const deployment = async (allianceId: string, mode: string, status: string, sessionOn: string | null): Promise<string> => {
      const id = await one(
        ds,
        `INSERT INTO deployment (alliance_id, deployment_type, mode, status) VALUES ($1, 'ERSTBERATUNG', $2, $3) RETURNING id`,
        [allianceId, mode, status],
      );
      if (sessionOn) await ds.query(`INSERT INTO deployment_session (deployment_id, held_on, mode) VALUES ($1, $2, $3)`, [id, sessionOn, mode]);
      return id;
    };
    const onSite = await deployment(own.northeim, 'VOR_ORT', 'DURCHGEFUEHRT', `${YEAR}-01-15`);
    await deployment(own.northeim, 'ONLINE', 'ZUGEWIESEN', null); // no session yet: counts in the year of creation
    await deployment(own.haldensleben, 'TELEFONISCH', 'ABGESCHLOSSEN', `${YEAR - 1}-06-03`);
    await deployment(own.northeim, 'VOR_ORT', 'STORNIERT', `${YEAR}-02-01`); // cancelled: not counted
    const foreignDeployment = await deployment(foreign, 'ONLINE', 'TERMINIERT', `${YEAR}-01-20`);

    const request = (allianceId: string, status: string): Promise<string> =>
      one(
        ds,
        `INSERT INTO mentoring_request (alliance_id, channel, received_on, occasion, desired_mode, status)
         VALUES ($1, 'TELEFON', $2, 'GRUENDUNG', 'VOR_ORT', $3) RETURNING id`,
        [allianceId, `${YEAR}-01-05`, status],
      );
    await request(own.northeim, 'EINGEGANGEN');
    await request(own.haldensleben, 'ABGESCHLOSSEN');
    const offered = await request(foreign, 'MENTOR_ANGEFRAGT');

    const mara = await insertMentor(app, 'Mara', `Dashboard-${tag}`);
    for (const deploymentId of [onSite, foreignDeployment]) {
      await ds.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [deploymentId, mara.mentorId]);
    }
    await ds.query(`INSERT INTO match_proposal (request_id, mentor_id, rank, score, response) VALUES ($1, $2, 1, 80, 'ANGEFRAGT')`, [
      offered,
      mara.mentorId,
    ]);

    coordinator = await app.signIn('KOORDINATION', { allianceIds: [own.northeim, own.haldensleben, own.archived] });
    mentor = await app.signIn('MENTOR', { mentorProfileId: mara.mentorId });
  });

  afterAll(async () => {
    await app.close();
  });

  describe('GET /api/dashboard', () => {
    it('counts a coordinator’s own alliances exactly', async () => {
      const response = await coordinator.get('/api/dashboard');
      expect(response.status).toBe(200);
      const body = response.body as Dashboard;
      expect(body).toMatchObject({ year: YEAR, scope: 'own' });
      expect(body.countedOn).toMatch(new RegExp(`^${YEAR}-\\d{2}-\\d{2}$`));
      expect(body.keyFigures).toEqual({ activeAlliances: 1, newAlliances: 1, partners: 2, deployments: 2, openRequests: 1 });

      expect(body.alliancesByLand).toHaveLength(16);
      const withAlliances = body.alliancesByLand.filter((land) => Object.values(land.counts).some((n) => n > 0));
      expect(withAlliances).toEqual([
        {
          landCode: '03',
          landName: 'Niedersachsen',
          counts: { INTERESSENT: 0, IN_GRUENDUNG: 0, AKTIV: 1, RUHEND: 0, AUFGELOEST: 0, FUSIONIERT: 0 },
        },
        {
          landCode: '15',
          landName: 'Sachsen-Anhalt',
          counts: { INTERESSENT: 0, IN_GRUENDUNG: 0, AKTIV: 0, RUHEND: 1, AUFGELOEST: 0, FUSIONIERT: 0 },
        },
      ]);

      expect(body.foundingsByYear).toEqual([
        { year: YEAR - 2, count: 1 },
        { year: YEAR - 1, count: 0 },
        { year: YEAR, count: 1 },
      ]);
      expect(body.deploymentsByYear).toEqual([
        { year: YEAR - 1, counts: { TELEFONISCH: 1, VOR_ORT: 0, ONLINE: 0, HYBRID: 0, SCHRIFTLICH: 0 } },
        { year: YEAR, counts: { TELEFONISCH: 0, VOR_ORT: 1, ONLINE: 1, HYBRID: 0, SCHRIFTLICH: 0 } },
      ]);

      expect(body.handlungsfelder).toHaveLength(12);
      expect(body.handlungsfelder.map((hf) => hf.code)).toEqual([...Array(12).keys()].map((i) => `HF${String(i + 1).padStart(2, '0')}`));
      // HF03 only through the mapped 2008–2012 label "Kinderbetreuung"
      expect(body.handlungsfelder.filter((hf) => hf.count > 0)).toEqual([
        { id: hf01, code: 'HF01', name: expect.any(String), count: 1, share: 1 },
        { id: hf03, code: 'HF03', name: 'Kinderbetreuung', count: 1, share: 1 },
      ]);
    });

    it('counts the whole initiative for the Fachberatung (differences to the baseline)', async () => {
      const response = await app.http.get('/api/dashboard');
      expect(response.status).toBe(200);
      const body = response.body as Dashboard;
      expect(body.scope).toBe('all');
      expect(body.keyFigures).toEqual({
        activeAlliances: baseline.activeAlliances + 2,
        newAlliances: baseline.newAlliances + 1,
        partners: baseline.partners + 3,
        deployments: baseline.deployments + 3,
        openRequests: baseline.openRequests + 2,
      });
      const bavaria = body.alliancesByLand.find((land) => land.landCode === '09');
      expect(bavaria?.landName).toBe('Bayern');
      expect(bavaria?.counts['AKTIV']).toBeGreaterThanOrEqual(1);
    });

    it('gives the ministry the same aggregates as the staff', async () => {
      const ministry = await app.signIn('MINISTERIUM');
      const [staffView, ministryView] = await Promise.all([app.http.get('/api/dashboard'), ministry.get('/api/dashboard')]);
      expect(ministryView.status).toBe(200);
      expect(ministryView.body).toEqual(staffView.body);
    });

    it('counts a mentor’s own deployments and the alliances they belong to', async () => {
      const response = await mentor.get('/api/dashboard');
      expect(response.status).toBe(200);
      const body = response.body as Dashboard;
      expect(body.scope).toBe('own');
      // alliances: Northeim (active, founded this year) and Miesbach (active); partners Caritas, Stadtwerke, Kreisjugendring
      expect(body.keyFigures).toEqual({ activeAlliances: 2, newAlliances: 1, partners: 3, deployments: 2, openRequests: 1 });
      expect(body.deploymentsByYear).toEqual([{ year: YEAR, counts: { TELEFONISCH: 0, VOR_ORT: 1, ONLINE: 1, HYBRID: 0, SCHRIFTLICH: 0 } }]);
    });

    it('shows a coordinator without alliances only zeros', async () => {
      const stranger = await app.signIn('KOORDINATION', { allianceIds: [] });
      const body = (await stranger.get('/api/dashboard')).body as Dashboard;
      expect(body.keyFigures).toEqual({ activeAlliances: 0, newAlliances: 0, partners: 0, deployments: 0, openRequests: 0 });
      expect(body.foundingsByYear).toEqual([]);
      expect(body.deploymentsByYear).toEqual([]);
      expect(body.handlungsfelder.every((hf) => hf.count === 0 && hf.share === 0)).toBe(true);
    });

    it('refuses the Administration and anonymous callers', async () => {
      const admin = await app.signIn('ADMINISTRATION');
      expect((await admin.get('/api/dashboard')).status).toBe(403);
      expect((await admin.get('/api/map/alliances')).status).toBe(403);
      expect((await app.anonymous.get('/api/dashboard')).status).toBe(401);
      expect((await app.anonymous.get('/api/map/alliances')).status).toBe(401);
    });
  });

  describe('GET /api/map/alliances', () => {
    it('lists a coordinator’s own alliances with their Gemeinde coordinates and shades the Länder', async () => {
      const [northeim] = await ds.query(`SELECT name, latitude::float AS lat, longitude::float AS lon FROM gemeinde WHERE ags = '03155010'`);
      const response = await coordinator.get('/api/map/alliances');
      expect(response.status).toBe(200);
      const body = response.body as AllianceMap;
      expect(body.points.map((p) => p.id)).toEqual([own.northeim, own.haldensleben]);
      expect(body.points[0]).toMatchObject({
        status: 'AKTIV',
        landCode: '03',
        landName: 'Niedersachsen',
        municipalityName: northeim.name,
        latitude: northeim.lat,
        longitude: northeim.lon,
      });
      expect(body.points[0].code).toMatch(/^DB-/);
      expect(body.lands).toHaveLength(16);
      expect(body.lands.filter((land) => land.activeAlliances > 0)).toEqual([{ landCode: '03', landName: 'Niedersachsen', activeAlliances: 1 }]);
      expect(body.handlungsfelder.map((hf) => hf.code)).toContain('HF12');
    });

    it('filters by status and by Handlungsfeld (canonical or an older mapped label)', async () => {
      const ids = async (query: string): Promise<string[]> => {
        const response = await coordinator.get(`/api/map/alliances${query}`);
        expect(response.status).toBe(200);
        return (response.body as AllianceMap).points.map((p) => p.id);
      };
      expect(await ids('?status=AKTIV')).toEqual([own.northeim]);
      expect(await ids('?status=RUHEND')).toEqual([own.haldensleben]);
      expect(await ids(`?handlungsfeld=${hf03}`)).toEqual([own.northeim]);
      expect(await ids(`?handlungsfeld=${oldChildcareLabel}`)).toEqual([own.northeim]);
      expect(await ids(`?status=RUHEND&handlungsfeld=${hf01}`)).toEqual([]);
      // the shading stays the count of active alliances, whatever the filter
      const filtered = (await coordinator.get('/api/map/alliances?status=RUHEND')).body as AllianceMap;
      expect(filtered.lands.find((land) => land.landCode === '03')?.activeAlliances).toBe(1);
    });

    it('places an alliance without a Gemeinde at its Kreis and shows it to the staff and the ministry', async () => {
      const [miesbach] = await ds.query(`SELECT name, latitude::float AS lat, longitude::float AS lon FROM kreis WHERE ags = '09182'`);
      for (const http of [app.http, await app.signIn('MINISTERIUM')]) {
        const body = (await http.get(`/api/map/alliances?handlungsfeld=${hf01}`)).body as AllianceMap;
        const point = body.points.find((p) => p.id === foreign);
        expect(point).toMatchObject({ municipalityName: miesbach.name, latitude: miesbach.lat, longitude: miesbach.lon, landName: 'Bayern' });
        expect(body.points.map((p) => p.id)).not.toContain(own.archived);
      }
    });

    it('shows a mentor the alliances of their deployments', async () => {
      const body = (await mentor.get('/api/map/alliances')).body as AllianceMap;
      expect(body.points.map((p) => p.id).sort()).toEqual([own.northeim, foreign].sort());
    });

    it('rejects invalid filters with German field messages', async () => {
      const badStatus = await coordinator.get('/api/map/alliances?status=VERSCHWUNDEN');
      expect(badStatus.status).toBe(400);
      expect(badStatus.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { status: expect.stringContaining('Muss einer dieser Werte sein') } });
      const badField = await coordinator.get('/api/map/alliances?handlungsfeld=HF01');
      expect(badField.status).toBe(400);
      expect(badField.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { handlungsfeld: 'Muss eine gültige ID (UUID) sein.' } });
      const unknown = await coordinator.get('/api/map/alliances?land=03');
      expect(unknown.status).toBe(400);
    });
  });
});
