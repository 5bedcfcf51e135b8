import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  archiveAllianceRow,
  auditActions,
  handlungsfeldId,
  insertAlliance,
  insertOrganisation,
  shiftDays,
  today,
  UNKNOWN_ID,
} from './engagement.fixtures';

interface ProjectBody {
  id: string;
  allianceId: string;
  name: string;
  startsOn: string | null;
  endsOn: string | null;
  isOngoing: boolean;
  isRunning: boolean;
  fundingSources: string[];
  version: number;
  allianceName: string;
  handlungsfeldCodes: string[];
  zielgruppeCodes: string[];
  partnerCount: number;
  handlungsfelder: { id: string; code: string; name: string }[];
  zielgruppen: { code: string; name: string }[];
  partners: { organisationId: string; name: string }[];
}

interface ListBody {
  items: ProjectBody[];
  total: number;
}

describe('Projekte API', () => {
  let app: TestApp;
  let allianceId: string;
  let hf03: string;
  let hf08: string;

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app, `Bündnis für Familie Sendenhorst ${uniqueSuffix()}`);
    hf03 = await handlungsfeldId(app, 'HF03');
    hf08 = await handlungsfeldId(app, 'HF08');
  });

  afterAll(async () => {
    await app.close();
  });

  const create = async (overrides: Record<string, unknown> = {}): Promise<ProjectBody> => {
    const response = await app.http.post('/api/projects').send({ allianceId, name: `Babysitterpool ${uniqueSuffix()}`, ...overrides });
    expect(response.status).toBe(201);
    return response.body as ProjectBody;
  };

  const ids = async (query: string): Promise<string[]> => {
    const response = await app.http.get(`/api/projects?${query}`);
    expect(response.status).toBe(200);
    return (response.body as ListBody).items.map((p) => p.id);
  };

  it('creates, reads, updates (replacing the linked lists) and archives a project', async () => {
    const vamv = await insertOrganisation(app, `VAMV Ortsverband ${uniqueSuffix()}`);
    const kita = await insertOrganisation(app, `Kita Sonnenschein ${uniqueSuffix()}`);
    const created = await create({
      name: 'Leihgroßeltern Sendenhorst',
      description: 'Vermittlung von Leihgroßeltern an junge Familien',
      startsOn: '2023-01-01',
      isOngoing: true,
      fundingSources: ['SPENDEN', 'STIFTUNG'],
      outputNote: '12 vermittelte Leihgroßeltern',
      handlungsfeldIds: [hf08, hf03],
      zielgruppeCodes: ['ALLEINERZIEHENDE', 'FAMILIEN'],
      partnerOrganisationIds: [vamv],
    });
    expect(created).toMatchObject({ isOngoing: true, isRunning: true, fundingSources: ['SPENDEN', 'STIFTUNG'], version: 1 });
    expect(created.allianceName).toContain('Bündnis für Familie Sendenhorst');
    expect(created.handlungsfelder.map((h) => h.code)).toEqual(['HF03', 'HF08']);
    expect(created.zielgruppen).toEqual([
      { code: 'FAMILIEN', name: 'Familien allgemein' },
      { code: 'ALLEINERZIEHENDE', name: 'Alleinerziehende' },
    ]);
    expect(created.partners.map((p) => p.organisationId)).toEqual([vamv]);
    expect((await app.http.get(`/api/projects/${created.id}`)).body).toMatchObject({ name: 'Leihgroßeltern Sendenhorst', outputNote: '12 vermittelte Leihgroßeltern' });

    const updated = await app.http.put(`/api/projects/${created.id}`).send({
      allianceId,
      name: 'Leihgroßeltern-Dienst Sendenhorst',
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      fundingSources: ['EIGENMITTEL'],
      zielgruppeCodes: ['SENIOREN'],
      partnerOrganisationIds: [kita, vamv],
      version: 1,
    });
    expect(updated.status).toBe(200);
    const body = updated.body as ProjectBody;
    expect(body).toMatchObject({ isOngoing: false, isRunning: false, endsOn: '2023-12-31', fundingSources: ['EIGENMITTEL'], version: 2 });
    expect(body.handlungsfelder).toEqual([]);
    expect(body.zielgruppen.map((z) => z.code)).toEqual(['SENIOREN']);
    expect(body.partners).toHaveLength(2);

    const listed = (await app.http.get(`/api/projects?allianceId=${allianceId}&q=${encodeURIComponent('leihgrosseltern-dienst')}`)).body as ListBody;
    expect(listed.items).toEqual([expect.objectContaining({ id: created.id, handlungsfeldCodes: [], zielgruppeCodes: ['SENIOREN'], partnerCount: 2 })]);

    expect((await app.http.post(`/api/projects/${created.id}/archive`).send({ version: 2 })).status).toBe(204);
    expect(await ids(`allianceId=${allianceId}&q=${encodeURIComponent('Leihgroßeltern-Dienst')}`)).toEqual([]);
    expect(await ids(`allianceId=${allianceId}&q=${encodeURIComponent('Leihgroßeltern-Dienst')}&includeArchived=true`)).toEqual([created.id]);
    expect(await auditActions(app, created.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const created = await create({ zielgruppeCodes: ['FAMILIEN'] });
    const body = { allianceId, name: 'Erste Änderung', zielgruppeCodes: ['VAETER'], version: 1 };
    expect((await app.http.put(`/api/projects/${created.id}`).send(body)).status).toBe(200);
    const second = await app.http.put(`/api/projects/${created.id}`).send({ ...body, name: 'Zweite Änderung', zielgruppeCodes: ['JUGENDLICHE'] });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.post(`/api/projects/${created.id}/archive`).send({ version: 1 })).status).toBe(409);
    const current = (await app.http.get(`/api/projects/${created.id}`)).body as ProjectBody;
    expect(current).toMatchObject({ name: 'Erste Änderung', version: 2 });
    expect(current.zielgruppen.map((z) => z.code)).toEqual(['VAETER']);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get(`/api/projects/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('PROJECT_NOT_FOUND');
    expect((await app.http.put(`/api/projects/${UNKNOWN_ID}`).send({ allianceId, name: 'X', version: 1 })).status).toBe(404);
    expect((await app.http.post(`/api/projects/${UNKNOWN_ID}/archive`).send({ version: 1 })).status).toBe(404);
    const malformed = await app.http.post('/api/projects/12345/archive').send({ version: 1 });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
  });

  it('checks the period, the ongoing flag and the references with field messages', async () => {
    const archivedAlliance = await insertAlliance(app);
    await archiveAllianceRow(app, archivedAlliance);
    const name = `Regelprüfung ${uniqueSuffix()}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ startsOn: '2024-06-01', endsOn: '2024-05-31' }, 'endsOn'],
      [{ isOngoing: true, endsOn: shiftDays(today(), -1) }, 'isOngoing'],
      [{ allianceId: UNKNOWN_ID }, 'allianceId'],
      [{ allianceId: archivedAlliance }, 'allianceId'],
      [{ handlungsfeldIds: [UNKNOWN_ID] }, 'handlungsfeldIds'],
      [{ zielgruppeCodes: ['FAMILIEN', 'MARSMENSCHEN'] }, 'zielgruppeCodes'],
      [{ zielgruppeCodes: ['kleinbuchstaben'] }, 'zielgruppeCodes'],
      [{ partnerOrganisationIds: [UNKNOWN_ID] }, 'partnerOrganisationIds'],
      [{ fundingSources: ['LOTTO'] }, 'fundingSources'],
      [{ fundingSources: ['SPENDEN', 'SPENDEN'] }, 'fundingSources'],
    ];
    for (const [overrides, field] of cases) {
      const response = await app.http.post('/api/projects').send({ allianceId, name, ...overrides });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect({ field, message: response.body.fields?.[field] }).toEqual({ field, message: expect.any(String) });
    }
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM project WHERE name = $1`, [name]);
    expect(count).toBe(0);
    // an ongoing project may have a planned end; an end today is not in the past
    expect((await create({ isOngoing: true, endsOn: today() })).isRunning).toBe(true);
    expect((await create({ startsOn: '2024-01-01', endsOn: '2024-01-01' })).isRunning).toBe(false);
  });

  it('filters by Handlungsfeld, Zielgruppe, funding, running state and name; sorts and paginates', async () => {
    const alliance = await insertAlliance(app);
    const past = await create({ allianceId: alliance, name: 'Ferienbetreuung 2022', startsOn: '2022-07-01', endsOn: '2022-08-31', handlungsfeldIds: [hf03], fundingSources: ['LEADER'] });
    const ongoing = await create({ allianceId: alliance, name: 'Müttercafé', startsOn: '2019-03-01', isOngoing: true, zielgruppeCodes: ['ALLEINERZIEHENDE'], fundingSources: ['SPENDEN'] });
    const current = await create({ allianceId: alliance, name: 'Babysitterpool', startsOn: shiftDays(today(), -10), endsOn: shiftDays(today(), 10), handlungsfeldIds: [hf03, hf08], fundingSources: ['SPENDEN', 'ESF'] });
    const planned = await create({ allianceId: alliance, name: 'Weihnachtswunschbaum', startsOn: shiftDays(today(), 30), zielgruppeCodes: ['ALLEINERZIEHENDE', 'SCHULKINDER'] });
    const undated = await create({ allianceId: alliance, name: 'Familienwegweiser' });
    const q = (query: string): Promise<string[]> => ids(`allianceId=${alliance}&${query}`);

    expect(await q('')).toEqual([current.id, undated.id, past.id, ongoing.id, planned.id]);
    expect(await q('running=true')).toEqual([current.id, ongoing.id]);
    expect(await q('running=false')).toEqual([undated.id, past.id, planned.id]);
    expect(await q(`handlungsfeldId=${hf03}`)).toEqual([current.id, past.id]);
    expect(await q(`handlungsfeldId=${hf08}`)).toEqual([current.id]);
    expect(await q('zielgruppeCode=ALLEINERZIEHENDE')).toEqual([ongoing.id, planned.id]);
    expect(await q('fundingSource=SPENDEN')).toEqual([current.id, ongoing.id]);
    expect(await q('fundingSource=SPENDEN&running=true&zielgruppeCode=ALLEINERZIEHENDE')).toEqual([ongoing.id]);
    expect(await q(`q=${encodeURIComponent('muettercafe')}`)).toEqual([ongoing.id]);
    expect(await q('sort=name&direction=desc')).toEqual([planned.id, ongoing.id, past.id, undated.id, current.id]);
    expect(await q('sort=startsOn')).toEqual([ongoing.id, past.id, current.id, planned.id, undated.id]);
    // projects without an end come last (their order among each other is by id)
    const byEnd = await q('sort=endsOn');
    expect(byEnd.slice(0, 2)).toEqual([past.id, current.id]);
    expect(byEnd.slice(2).sort()).toEqual([ongoing.id, planned.id, undated.id].sort());
    expect(await q('pageSize=2&page=3')).toEqual([planned.id]);
    const listed = (await app.http.get(`/api/projects?allianceId=${alliance}&pageSize=2`)).body as ListBody;
    expect(listed.total).toBe(5);
    expect(listed.items[0]).toMatchObject({ name: 'Babysitterpool', isRunning: true, handlungsfeldCodes: ['HF03', 'HF08'], partnerCount: 0 });

    expect((await app.http.get('/api/projects?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/projects?page=0')).status).toBe(400);
    expect((await app.http.get('/api/projects?sort=budget')).status).toBe(400);
    expect((await app.http.get('/api/projects?running=manchmal')).body.fields.running).toEqual(expect.any(String));
    expect((await app.http.get('/api/projects?fundingSource=LOTTO')).body.fields.fundingSource).toEqual(expect.any(String));
    expect((await app.http.get('/api/projects?zielgruppeCode=klein')).body.fields.zielgruppeCode).toEqual(expect.any(String));
  });

  describeCreateValidation(() => app, {
    path: '/api/projects',
    table: 'project',
    validBody: () => ({ allianceId, name: `Validierung ${uniqueSuffix()}` }),
    required: ['allianceId', 'name'],
    wrongTypes: {
      allianceId: 42,
      name: ['Projekt'],
      startsOn: '2024-1-1',
      endsOn: 'morgen',
      isOngoing: 'true',
      fundingSources: 'SPENDEN',
      zielgruppeCodes: [1],
      handlungsfeldIds: ['HF03'],
      partnerOrganisationIds: {},
    },
    maxLengths: { name: 200, description: 5000, outputNote: 2000 },
  });
});
