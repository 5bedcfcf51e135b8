import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  createDeployment,
  createRequest,
  futureDate,
  handlungsfeldId,
  insertAlliance,
  insertEvent,
  insertMentor,
  insertPerson,
  requestBody,
  ST_ALLIANCE,
  UNKNOWN_ID,
} from './mentoring-fixtures';

interface ListItem {
  id: string;
  receivedOn: string;
  occasion: string;
  allianceName: string;
  landCode: string;
  landName: string;
  specialties: { code: string; name: string }[];
}

describe('Anfragen API', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates, reads, updates and archives a request with its topics and links', async () => {
    const allianceId = await insertAlliance(app, { name: `Bündnis Nörten-Hardenberg ${uniqueSuffix()}` });
    const requesterId = await insertPerson(app, 'Erika', 'Beispiel');
    const eventId = await insertEvent(app, allianceId, 'Gründungsveranstaltung Nörten-Hardenberg');
    const hf03 = await handlungsfeldId(app, 'HF03');
    const hf01 = await handlungsfeldId(app, 'HF01');
    const predecessor = await createRequest(app, allianceId, { receivedOn: '2024-11-02', occasion: 'THEMATISCHE_BERATUNG' });

    const created = await app.http.post('/api/requests').send(
      requestBody(allianceId, {
        requesterId,
        desiredFrom: '2025-04-01',
        desiredUntil: '2025-06-30',
        description: 'Die Gemeinde möchte ein Bündnis gründen und sucht Unterstützung.',
        owner: 'Frau Fachberatung',
        fachgebietCodes: ['FG07', 'FG01'],
        handlungsfeldIds: [hf03, hf01],
        predecessorId: predecessor.id,
        relatedEventId: eventId,
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'EINGEGANGEN', version: 1, fachgebietCodes: ['FG01', 'FG07'], archivedAt: null });
    const id = created.body.id as string;

    const mentor = await insertMentor(app, 'Mara', `Mentorin-${uniqueSuffix()}`);
    expect((await app.http.post(`/api/requests/${id}/proposals`).send({ mentorId: mentor.mentorId, rank: 1, score: 87.5 })).status).toBe(201);
    const deployment = await createDeployment(app, allianceId, mentor.mentorId, { requestId: id });

    const detail = await app.http.get(`/api/requests/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      alliance: { id: allianceId, status: 'INTERESSENT', landCode: '03' },
      requester: { id: requesterId, name: 'Erika Beispiel' },
      relatedEvent: { id: eventId, title: 'Gründungsveranstaltung Nörten-Hardenberg', startsOn: '2025-05-15' },
      specialties: [{ code: 'FG01' }, { code: 'FG07' }],
      topics: [{ id: hf01, code: 'HF01' }, { id: hf03, code: 'HF03' }],
      proposals: [{ mentorId: mentor.mentorId, mentorName: mentor.name, rank: 1, score: 87.5, response: 'VORGESCHLAGEN' }],
      deployments: [{ id: deployment.id, deploymentType: 'ERSTBERATUNG', status: 'ZUGEWIESEN' }],
      predecessor: { id: predecessor.id, receivedOn: '2024-11-02', occasion: 'THEMATISCHE_BERATUNG' },
      followUps: [],
    });
    expect(detail.body.specialties[0].name).toEqual(expect.stringContaining('Bündnisgründung'));
    const predecessorDetail = await app.http.get(`/api/requests/${predecessor.id}`);
    expect(predecessorDetail.body.followUps).toEqual([{ id, receivedOn: '2025-03-10', occasion: 'GRUENDUNG', status: 'EINGEGANGEN' }]);

    const updated = await app.http
      .put(`/api/requests/${id}`)
      .send(requestBody(allianceId, { occasion: 'WEITERENTWICKLUNG', fachgebietCodes: ['FG04'], handlungsfeldIds: [], version: 1 }));
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      occasion: 'WEITERENTWICKLUNG',
      fachgebietCodes: ['FG04'],
      handlungsfeldIds: [],
      requesterId: null,
      predecessorId: null,
      status: 'EINGEGANGEN',
      version: 2,
    });
    const afterUpdate = await app.http.get(`/api/requests/${id}`);
    expect(afterUpdate.body.specialties.map((s: { code: string }) => s.code)).toEqual(['FG04']);
    expect(afterUpdate.body.topics).toEqual([]);

    expect((await app.http.post(`/api/requests/${id}/archive`).send({ version: 2 })).status).toBe(204);
    expect((await app.http.get(`/api/requests?allianceId=${allianceId}`)).body.total).toBe(1);
    expect((await app.http.get(`/api/requests?allianceId=${allianceId}&includeArchived=true`)).body.total).toBe(2);
    expect((await app.http.put(`/api/requests/${id}`).send(requestBody(allianceId, { version: 3 }))).status).toBe(404);

    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
  });

  it('does not let the status be changed through the update', async () => {
    const request = await createRequest(app, await insertAlliance(app));
    const response = await app.http.put(`/api/requests/${request.id}`).send(requestBody(request.allianceId, { status: 'ABGESCHLOSSEN', version: 1 }));
    expect(response.status).toBe(400);
    expect(response.body.fields.status).toEqual(expect.any(String));
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const request = await createRequest(app, await insertAlliance(app));
    const first = await app.http.put(`/api/requests/${request.id}`).send(requestBody(request.allianceId, { owner: 'Erste', version: 1 }));
    expect(first.status).toBe(200);
    const second = await app.http.put(`/api/requests/${request.id}`).send(requestBody(request.allianceId, { owner: 'Zweite', version: 1 }));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/requests/${request.id}`)).body.owner).toBe('Erste');
    const archive = await app.http.post(`/api/requests/${request.id}/archive`).send({ version: 1 });
    expect(archive.status).toBe(409);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get(`/api/requests/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('REQUEST_NOT_FOUND');
    expect((await app.http.put(`/api/requests/${UNKNOWN_ID}`).send(requestBody(UNKNOWN_ID, { version: 1 }))).status).toBe(404);
    expect((await app.http.post(`/api/requests/${UNKNOWN_ID}/archive`).send({ version: 1 })).status).toBe(404);
    const malformed = await app.http.get('/api/requests/keine-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
  });

  it('checks the alliance, requester, dates and references with field messages', async () => {
    const allianceId = await insertAlliance(app);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ allianceId: UNKNOWN_ID }, 'allianceId', 'ALLIANCE_NOT_FOUND'],
      [{ allianceId: await insertAlliance(app, { archived: true }) }, 'allianceId', 'ALLIANCE_ARCHIVED'],
      [{ requesterId: UNKNOWN_ID }, 'requesterId', 'PERSON_NOT_FOUND'],
      [{ receivedOn: futureDate() }, 'receivedOn', 'DATE_IN_FUTURE'],
      [{ desiredFrom: '2025-06-01', desiredUntil: '2025-05-01' }, 'desiredUntil', 'REQUEST_DESIRED_WINDOW_INVALID'],
      [{ fachgebietCodes: ['FG99'] }, 'fachgebietCodes', 'FACHGEBIET_NOT_FOUND'],
      [{ handlungsfeldIds: [UNKNOWN_ID] }, 'handlungsfeldIds', 'HANDLUNGSFELD_NOT_FOUND'],
      [{ predecessorId: UNKNOWN_ID }, 'predecessorId', 'REQUEST_PREDECESSOR_NOT_FOUND'],
      [{ relatedEventId: UNKNOWN_ID }, 'relatedEventId', 'EVENT_NOT_FOUND'],
    ];
    for (const [overrides, field, code] of cases) {
      const response = await app.http.post('/api/requests').send(requestBody(allianceId, overrides));
      expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    expect((await app.http.get(`/api/requests?allianceId=${allianceId}`)).body.total).toBe(0);
    const active = await insertAlliance(app, { status: 'AKTIV' });
    expect((await app.http.post('/api/requests').send(requestBody(active))).status).toBe(201);
  });

  it('refuses a predecessor cycle and an alliance change once deployments exist', async () => {
    const allianceId = await insertAlliance(app);
    const first = await createRequest(app, allianceId);
    const second = await createRequest(app, allianceId, { predecessorId: first.id });
    const self = await app.http.put(`/api/requests/${first.id}`).send(requestBody(allianceId, { predecessorId: first.id, version: 1 }));
    expect(self.body.code).toBe('REQUEST_PREDECESSOR_CYCLE');
    const cycle = await app.http.put(`/api/requests/${first.id}`).send(requestBody(allianceId, { predecessorId: second.id, version: 1 }));
    expect(cycle.status).toBe(400);
    expect(cycle.body.code).toBe('REQUEST_PREDECESSOR_CYCLE');

    const mentor = await insertMentor(app);
    await createDeployment(app, allianceId, mentor.mentorId, { requestId: first.id });
    const other = await insertAlliance(app);
    const moved = await app.http.put(`/api/requests/${first.id}`).send(requestBody(other, { version: 1 }));
    expect(moved.status).toBe(400);
    expect(moved.body.code).toBe('REQUEST_ALLIANCE_FIXED');
  });

  it('filters, searches, sorts and paginates the list with alliance, Land and Fachgebiete', async () => {
    const tag = uniqueSuffix();
    const niAlliance = await insertAlliance(app, { name: `Bündnis Müllerstadt ${tag}` });
    const stAlliance = await insertAlliance(app, { ...ST_ALLIANCE, name: `Bündnis Haldensleben ${tag}` });
    const a = await createRequest(app, niAlliance, { receivedOn: '2025-01-05', occasion: 'GRUENDUNG', channel: 'EMAIL', owner: 'Anna Beraterin' });
    const b = await createRequest(app, niAlliance, {
      receivedOn: '2025-02-05',
      occasion: 'REAKTIVIERUNG',
      fachgebietCodes: ['FG04', 'FG06'],
      description: `Neustart nach Generationenwechsel ${tag}`,
    });
    const c = await createRequest(app, stAlliance, { receivedOn: '2025-03-05', occasion: 'WEITERENTWICKLUNG', fachgebietCodes: [] });

    const list = async (params: string): Promise<{ total: number; items: ListItem[] }> => {
      const response = await app.http.get(`/api/requests?${params}`);
      expect(response.status).toBe(200);
      return response.body;
    };
    const ids = (page: { items: ListItem[] }): string[] => page.items.map((r) => r.id);

    const all = await list(`q=${tag}`);
    expect(ids(all)).toEqual([c.id, b.id, a.id]);
    expect(all.items[0]).toMatchObject({ allianceName: `Bündnis Haldensleben ${tag}`, landCode: '15', landName: 'Sachsen-Anhalt', specialties: [] });
    expect(all.items[1].specialties.map((s) => s.code)).toEqual(['FG04', 'FG06']);

    expect(ids(await list(`q=${encodeURIComponent(`muellerstadt ${tag}`)}`))).toEqual([b.id, a.id]);
    expect(ids(await list(`q=${encodeURIComponent(`generationenwechsel ${tag}`)}`))).toEqual([b.id]);
    expect(ids(await list(`q=${tag}&landCode=15`))).toEqual([c.id]);
    expect(ids(await list(`allianceId=${niAlliance}&occasion=REAKTIVIERUNG`))).toEqual([b.id]);
    expect(ids(await list(`allianceId=${niAlliance}&channel=EMAIL`))).toEqual([a.id]);
    expect(ids(await list(`allianceId=${niAlliance}&owner=anna%20beraterin`))).toEqual([a.id]);
    expect(ids(await list(`allianceId=${niAlliance}&fachgebietCode=FG06`))).toEqual([b.id]);
    expect(ids(await list(`q=${tag}&receivedFrom=2025-02-01&receivedTo=2025-03-01`))).toEqual([b.id]);
    expect(ids(await list(`q=${tag}&status=EINGEGANGEN&sort=receivedOn&direction=asc`))).toEqual([a.id, b.id, c.id]);
    expect(ids(await list(`q=${tag}&status=STORNIERT`))).toEqual([]);
    expect(ids(await list(`q=${tag}&sort=occasion`))).toEqual([a.id, b.id, c.id]);

    const page1 = await list(`q=${tag}&pageSize=2`);
    expect(page1.total).toBe(3);
    expect(ids(page1)).toEqual([c.id, b.id]);
    expect(ids(await list(`q=${tag}&pageSize=2&page=2`))).toEqual([a.id]);

    expect((await app.http.get('/api/requests?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/requests?page=0')).status).toBe(400);
    expect((await app.http.get('/api/requests?sort=description')).status).toBe(400);
    expect((await app.http.get('/api/requests?status=ERLEDIGT')).body.fields.status).toEqual(expect.any(String));
    expect((await app.http.get('/api/requests?landCode=17')).body.fields.landCode).toEqual(expect.any(String));
    expect((await app.http.get('/api/requests?receivedFrom=01.02.2025')).body.fields.receivedFrom).toEqual(expect.any(String));
  });

  let validationAlliance = '';
  beforeAll(async () => {
    validationAlliance = await insertAlliance(app);
  });

  describeCreateValidation(() => app, {
    path: '/api/requests',
    table: 'mentoring_request',
    validBody: () => requestBody(validationAlliance, { description: `Validierung ${uniqueSuffix()}` }),
    required: ['allianceId', 'channel', 'receivedOn', 'occasion', 'desiredMode', 'fachgebietCodes', 'handlungsfeldIds'],
    wrongTypes: {
      allianceId: 'keine-uuid',
      requesterId: 42,
      channel: 'BRIEFTAUBE',
      receivedOn: '10.03.2025',
      occasion: ['GRUENDUNG'],
      desiredMode: 'PER_POST',
      desiredFrom: '2025-02-30',
      fachgebietCodes: 'FG01',
      handlungsfeldIds: ['keine-uuid'],
      predecessorId: 'x',
      relatedEventId: true,
    },
    maxLengths: { description: 5000, owner: 200 },
  });
});
