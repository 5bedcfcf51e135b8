import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  createDeployment,
  createRequest,
  deploymentBody,
  insertAlliance,
  insertEvent,
  insertMentor,
  MentorFixture,
  ST_ALLIANCE,
  UNKNOWN_ID,
} from './mentoring-fixtures';

interface ListItem {
  id: string;
  allianceName: string;
  landCode: string;
  mentors: { mentorId: string; name: string; isLead: boolean }[];
  sessionCount: number;
  totalHours: number;
  firstSessionOn: string | null;
  lastSessionOn: string | null;
  reportStatus: string | null;
}

describe('Einsätze API', () => {
  let app: TestApp;
  let lead: MentorFixture;
  let partner: MentorFixture;

  beforeAll(async () => {
    app = await startTestApp();
    lead = await insertMentor(app, 'Mara', `Leitung-${uniqueSuffix()}`);
    partner = await insertMentor(app, 'Lena', `Tandem-${uniqueSuffix()}`);
  });

  afterAll(async () => {
    await app.close();
  });

  const addSession = async (deploymentId: string, heldOn: string, hours: number, extra: Record<string, unknown> = {}): Promise<void> => {
    const response = await app.http.post(`/api/deployments/${deploymentId}/sessions`).send({ heldOn, mode: 'VOR_ORT', hours, ...extra });
    expect(response.status).toBe(201);
  };

  it('creates a tandem deployment from a request and shows everything in the detail', async () => {
    const allianceId = await insertAlliance(app, { name: `Bündnis Nörten-Hardenberg ${uniqueSuffix()}` });
    const request = await createRequest(app, allianceId);
    const eventId = await insertEvent(app, allianceId, 'Gründungsveranstaltung im Rathaus');
    const created = await app.http.post('/api/deployments').send(
      deploymentBody(allianceId, lead.mentorId, {
        requestId: request.id,
        deploymentType: 'GRUENDUNGSBEGLEITUNG',
        eventId,
        mentors: [
          { mentorId: partner.mentorId, isLead: false },
          { mentorId: lead.mentorId, isLead: true },
        ],
        fachgebietCodes: ['FG07', 'FG01'],
        followUpNeeded: true,
        followUpNote: 'Folgetermin zur Partnergewinnung',
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'ZUGEWIESEN',
      version: 1,
      requestId: request.id,
      mentors: [
        { mentorId: lead.mentorId, isLead: true },
        { mentorId: partner.mentorId, isLead: false },
      ],
      fachgebietCodes: ['FG01', 'FG07'],
      followUpNeeded: true,
    });
    const id = created.body.id as string;

    await addSession(id, '2025-05-20', 2.5, { startTime: '10:00', endTime: '12:30', prepHours: 1, travelKm: 42.5, gemeindeAgs: '03155010' });
    await addSession(id, '2025-04-02', 1.25, { prepHours: 0.5, travelHours: 0.75 });
    expect((await app.http.put(`/api/deployments/${id}/report`).send({ summary: 'Gründungsplan erstellt.' })).status).toBe(200);
    const feedback = { source: 'KOORDINATION', satisfaction: 5, usefulness: 4, goalReached: 'JA', receivedOn: '2025-06-01' };
    expect((await app.http.post(`/api/deployments/${id}/feedback`).send(feedback)).status).toBe(201);

    const detail = await app.http.get(`/api/deployments/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      alliance: { id: allianceId, status: 'INTERESSENT', landCode: '03' },
      request: { id: request.id, receivedOn: '2025-03-10', occasion: 'GRUENDUNG', status: 'EINGEGANGEN' },
      event: { id: eventId, title: 'Gründungsveranstaltung im Rathaus', startsOn: '2025-05-15' },
      mentors: [
        { mentorId: lead.mentorId, name: lead.name, isLead: true },
        { mentorId: partner.mentorId, name: partner.name, isLead: false },
      ],
      specialties: [{ code: 'FG01' }, { code: 'FG07' }],
      sessions: [
        { heldOn: '2025-04-02', hours: 1.25, startTime: null, gemeindeName: null },
        { heldOn: '2025-05-20', hours: 2.5, startTime: '10:00', endTime: '12:30', gemeindeName: 'Nörten-Hardenberg', travelKm: 42.5 },
      ],
      totals: { sessionCount: 2, hours: 3.75, prepHours: 1.5, travelKm: 42.5, travelHours: 0.75 },
      report: { revision: 1, reviewStatus: 'ENTWURF', summary: 'Gründungsplan erstellt.' },
      earlierRevisions: [],
      releasedReport: null,
      feedback: [{ source: 'KOORDINATION', satisfaction: 5, usefulness: 4, goalReached: 'JA' }],
    });

    const updated = await app.http.put(`/api/deployments/${id}`).send(
      deploymentBody(allianceId, partner.mentorId, { requestId: request.id, mode: 'ONLINE', fachgebietCodes: ['FG06'], version: 1 }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      mode: 'ONLINE',
      status: 'ZUGEWIESEN',
      mentors: [{ mentorId: partner.mentorId, isLead: true }],
      fachgebietCodes: ['FG06'],
      eventId: null,
      followUpNeeded: false,
      version: 2,
    });
    const afterUpdate = await app.http.get(`/api/deployments/${id}`);
    expect(afterUpdate.body.mentors).toEqual([{ mentorId: partner.mentorId, name: partner.name, isLead: true, email: null, phone: null }]);
    expect(afterUpdate.body.sessions).toHaveLength(2);

    expect((await app.http.post(`/api/deployments/${id}/archive`).send({ version: 2 })).status).toBe(204);
    expect((await app.http.get(`/api/deployments?allianceId=${allianceId}`)).body.total).toBe(0);
    expect((await app.http.get(`/api/deployments?allianceId=${allianceId}&includeArchived=true`)).body.total).toBe(1);
    expect((await app.http.post(`/api/deployments/${id}/sessions`).send({ heldOn: '2025-07-01', mode: 'ONLINE' })).status).toBe(404);

    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
  });

  it('records a past deployment with its status but does not change the status on update', async () => {
    const allianceId = await insertAlliance(app);
    const done = await createDeployment(app, allianceId, lead.mentorId, { status: 'DURCHGEFUEHRT' });
    expect(done.status).toBe('DURCHGEFUEHRT');
    const update = await app.http.put(`/api/deployments/${done.id}`).send(deploymentBody(allianceId, lead.mentorId, { status: 'ABGESCHLOSSEN', version: 1 }));
    expect(update.status).toBe(400);
    expect(update.body.fields.status).toEqual(expect.any(String));
  });

  it('needs exactly one lead among one or two mentors', async () => {
    const allianceId = await insertAlliance(app);
    const third = await insertMentor(app);
    const cases: [unknown, string][] = [
      [[{ mentorId: lead.mentorId, isLead: true }, { mentorId: partner.mentorId, isLead: true }], 'DEPLOYMENT_LEAD_REQUIRED'],
      [[{ mentorId: lead.mentorId, isLead: false }], 'DEPLOYMENT_LEAD_REQUIRED'],
      [[{ mentorId: lead.mentorId, isLead: true }, { mentorId: lead.mentorId, isLead: false }], 'DEPLOYMENT_MENTOR_DUPLICATE'],
      [[{ mentorId: UNKNOWN_ID, isLead: true }], 'MENTOR_NOT_FOUND'],
      [[], 'VALIDATION_FAILED'],
      [
        [
          { mentorId: lead.mentorId, isLead: true },
          { mentorId: partner.mentorId, isLead: false },
          { mentorId: third.mentorId, isLead: false },
        ],
        'VALIDATION_FAILED',
      ],
    ];
    for (const [mentors, code] of cases) {
      const response = await app.http.post('/api/deployments').send(deploymentBody(allianceId, lead.mentorId, { mentors }));
      expect({ mentors, status: response.status, code: response.body.code }).toEqual({ mentors, status: 400, code });
      expect(response.body.fields.mentors).toEqual(expect.any(String));
    }
    const missingLead = await app.http.post('/api/deployments').send(deploymentBody(allianceId, lead.mentorId, { mentors: [{ mentorId: lead.mentorId }] }));
    expect(missingLead.body.fields['mentors.0.isLead']).toEqual(expect.any(String));
    expect((await app.http.get(`/api/deployments?allianceId=${allianceId}&includeArchived=true`)).body.total).toBe(0);
  });

  it('checks the request, alliance, event and Fachgebiete', async () => {
    const allianceId = await insertAlliance(app);
    const otherAlliance = await insertAlliance(app);
    const foreignRequest = await createRequest(app, otherAlliance);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ requestId: foreignRequest.id }, 'allianceId', 'DEPLOYMENT_ALLIANCE_MISMATCH'],
      [{ requestId: UNKNOWN_ID }, 'requestId', 'DEPLOYMENT_REQUEST_NOT_FOUND'],
      [{ allianceId: UNKNOWN_ID }, 'allianceId', 'ALLIANCE_NOT_FOUND'],
      [{ allianceId: await insertAlliance(app, { archived: true }) }, 'allianceId', 'ALLIANCE_ARCHIVED'],
      [{ eventId: UNKNOWN_ID }, 'eventId', 'EVENT_NOT_FOUND'],
      [{ fachgebietCodes: ['FG13'] }, 'fachgebietCodes', 'FACHGEBIET_NOT_FOUND'],
    ];
    for (const [overrides, field, code] of cases) {
      const response = await app.http.post('/api/deployments').send(deploymentBody(allianceId, lead.mentorId, overrides));
      expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    const ok = await createDeployment(app, allianceId, lead.mentorId);
    const mismatch = await app.http.put(`/api/deployments/${ok.id}`).send(deploymentBody(allianceId, lead.mentorId, { requestId: foreignRequest.id, version: 1 }));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.code).toBe('DEPLOYMENT_ALLIANCE_MISMATCH');
  });

  it('refuses a stale version with 409 and answers unknown and malformed ids', async () => {
    const allianceId = await insertAlliance(app);
    const deployment = await createDeployment(app, allianceId, lead.mentorId);
    const first = await app.http.put(`/api/deployments/${deployment.id}`).send(deploymentBody(allianceId, lead.mentorId, { mode: 'ONLINE', version: 1 }));
    expect(first.status).toBe(200);
    const second = await app.http.put(`/api/deployments/${deployment.id}`).send(deploymentBody(allianceId, lead.mentorId, { mode: 'TELEFONISCH', version: 1 }));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/deployments/${deployment.id}`)).body.mode).toBe('ONLINE');

    const unknown = await app.http.get(`/api/deployments/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('DEPLOYMENT_NOT_FOUND');
    expect((await app.http.post(`/api/deployments/${UNKNOWN_ID}/archive`).send({ version: 1 })).status).toBe(404);
    expect((await app.http.get('/api/deployments/123')).body.code).toBe('INVALID_ID');
  });

  it('filters, sorts and paginates the list with mentor names, session figures and report status', async () => {
    const tag = uniqueSuffix();
    const niAlliance = await insertAlliance(app, { name: `Bündnis Wolfsburg ${tag}` });
    const stAlliance = await insertAlliance(app, { ...ST_ALLIANCE, name: `Bündnis Börde ${tag}` });
    const a = await createDeployment(app, niAlliance, lead.mentorId, {
      deploymentType: 'MODERATION',
      mentors: [
        { mentorId: lead.mentorId, isLead: true },
        { mentorId: partner.mentorId, isLead: false },
      ],
    });
    const b = await createDeployment(app, niAlliance, partner.mentorId, { mode: 'ONLINE', status: 'TERMINIERT' });
    const c = await createDeployment(app, stAlliance, lead.mentorId, { deploymentType: 'FACHVORTRAG' });
    await addSession(a.id, '2025-03-01', 2);
    await addSession(a.id, '2025-03-15', 1.5);
    await addSession(b.id, '2025-01-10', 1);
    await addSession(c.id, '2025-02-20', 3);
    await app.http.put(`/api/deployments/${c.id}/report`).send({ summary: 'Vortrag gehalten.' });

    const list = async (params: string): Promise<{ total: number; items: ListItem[] }> => {
      const response = await app.http.get(`/api/deployments?${params}`);
      expect(response.status).toBe(200);
      return response.body;
    };
    const ids = (page: { items: ListItem[] }): string[] => page.items.map((d) => d.id);

    const all = await list(`q=${tag}`);
    expect(ids(all)).toEqual([c.id, b.id, a.id]);
    expect(all.items[2]).toMatchObject({
      allianceName: `Bündnis Wolfsburg ${tag}`,
      landCode: '03',
      mentors: [
        { mentorId: lead.mentorId, name: lead.name, isLead: true },
        { mentorId: partner.mentorId, name: partner.name, isLead: false },
      ],
      sessionCount: 2,
      totalHours: 3.5,
      firstSessionOn: '2025-03-01',
      lastSessionOn: '2025-03-15',
      reportStatus: null,
    });
    expect(all.items[0]).toMatchObject({ landCode: '15', reportStatus: 'ENTWURF', sessionCount: 1, totalHours: 3 });

    expect(ids(await list(`q=${tag}&status=TERMINIERT`))).toEqual([b.id]);
    expect(ids(await list(`q=${tag}&deploymentType=FACHVORTRAG`))).toEqual([c.id]);
    expect(ids(await list(`q=${tag}&mode=ONLINE`))).toEqual([b.id]);
    expect(ids(await list(`allianceId=${niAlliance}`))).toEqual([b.id, a.id]);
    expect(ids(await list(`q=${tag}&mentorId=${partner.mentorId}`))).toEqual([b.id, a.id]);
    expect(ids(await list(`q=${tag}&landCode=15`))).toEqual([c.id]);
    expect(ids(await list(`q=${tag}&dateFrom=2025-02-01&dateTo=2025-03-05`))).toEqual([c.id, a.id]);
    expect(ids(await list(`q=${tag}&dateTo=2025-01-31`))).toEqual([b.id]);
    expect(ids(await list(`q=${tag}&hasReport=false`))).toEqual([b.id, a.id]);
    expect(ids(await list(`q=${tag}&hasReport=true`))).toEqual([c.id]);
    expect(ids(await list(`q=${tag}&sort=firstSessionOn`))).toEqual([b.id, c.id, a.id]);
    expect(ids(await list(`q=${tag}&sort=firstSessionOn&direction=desc`))).toEqual([a.id, c.id, b.id]);
    expect(ids(await list(`q=${tag}&sort=deploymentType`))).toEqual([b.id, c.id, a.id]);
    const assigned = [a.id, c.id].sort().reverse(); // same status: the id breaks the tie in the same direction
    expect(ids(await list(`q=${tag}&sort=status&direction=desc`))).toEqual([...assigned, b.id]);

    const page2 = await list(`q=${tag}&pageSize=2&page=2`);
    expect(page2.total).toBe(3);
    expect(ids(page2)).toEqual([a.id]);
    expect((await app.http.get('/api/deployments?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/deployments?page=0')).status).toBe(400);
    expect((await app.http.get('/api/deployments?sort=summary')).status).toBe(400);
    expect((await app.http.get('/api/deployments?hasReport=vielleicht')).body.fields.hasReport).toEqual(expect.any(String));
    expect((await app.http.get('/api/deployments?mentorId=abc')).body.fields.mentorId).toEqual(expect.any(String));
  });

  let validationAlliance = '';
  beforeAll(async () => {
    validationAlliance = await insertAlliance(app);
  });

  describeCreateValidation(() => app, {
    path: '/api/deployments',
    table: 'deployment',
    validBody: () => deploymentBody(validationAlliance, lead.mentorId, { followUpNote: `Validierung ${uniqueSuffix()}` }),
    required: ['allianceId', 'deploymentType', 'mode', 'mentors', 'fachgebietCodes'],
    wrongTypes: {
      requestId: 'keine-uuid',
      allianceId: 17,
      deploymentType: 'KAFFEEKLATSCH',
      mode: 'BRIEF',
      status: 'ERLEDIGT',
      eventId: 'x',
      mentors: { mentorId: 'x', isLead: true },
      fachgebietCodes: ['fg01'],
      followUpNeeded: 'ja',
    },
    maxLengths: { followUpNote: 2000 },
  });
});
