import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { createDeployment, CreatedDeployment, insertAlliance, insertMentor, MentorFixture, UNKNOWN_ID } from './mentoring-fixtures';

describe('Einsätze: Termine API', () => {
  let app: TestApp;
  let mentor: MentorFixture;
  let allianceId: string;
  let deployment: CreatedDeployment;

  beforeAll(async () => {
    app = await startTestApp();
    mentor = await insertMentor(app);
    allianceId = await insertAlliance(app);
    deployment = await createDeployment(app, allianceId, mentor.mentorId);
  });

  afterAll(async () => {
    await app.close();
  });

  const sessionsPath = (deploymentId: string): string => `/api/deployments/${deploymentId}/sessions`;

  it('adds, changes and removes a session', async () => {
    const own = await createDeployment(app, allianceId, mentor.mentorId);
    const created = await app.http.post(sessionsPath(own.id)).send({
      heldOn: '2025-05-20',
      startTime: '09:30',
      endTime: '12:00',
      mode: 'VOR_ORT',
      gemeindeAgs: '03155010',
      place: 'Rathaus, Sitzungssaal',
      topic: 'Analyse der Rahmenbedingungen',
      hours: 2.5,
      prepHours: 1.75,
      travelKm: 84.5,
      travelHours: 1.5,
      participantsCount: 12,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      deploymentId: own.id,
      startTime: '09:30',
      endTime: '12:00',
      gemeindeName: 'Nörten-Hardenberg',
      hours: 2.5,
      prepHours: 1.75,
      travelKm: 84.5,
      travelHours: 1.5,
      participantsCount: 12,
      version: 1,
    });
    const id = created.body.id as string;

    const updated = await app.http.put(`${sessionsPath(own.id)}/${id}`).send({ heldOn: '2025-05-21', mode: 'ONLINE', hours: 2, version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      heldOn: '2025-05-21',
      mode: 'ONLINE',
      startTime: null,
      gemeindeAgs: null,
      gemeindeName: null,
      hours: 2,
      prepHours: 0,
      travelKm: 0,
      participantsCount: null,
      version: 2,
    });

    const stale = await app.http.put(`${sessionsPath(own.id)}/${id}`).send({ heldOn: '2025-05-22', mode: 'ONLINE', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/deployments/${own.id}`)).body.sessions[0].heldOn).toBe('2025-05-21');

    expect((await app.http.delete(`${sessionsPath(own.id)}/${id}`)).status).toBe(204);
    expect((await app.http.get(`/api/deployments/${own.id}`)).body.sessions).toEqual([]);
    expect((await app.http.delete(`${sessionsPath(own.id)}/${id}`)).status).toBe(404);

    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
  });

  it('checks time order, amounts and the Gemeinde', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startTime: '14:00', endTime: '13:59' }, 'endTime'],
      [{ startTime: '25:00' }, 'startTime'],
      [{ gemeindeAgs: '99999999' }, 'gemeindeAgs'],
      [{ gemeindeAgs: '0315501' }, 'gemeindeAgs'],
      [{ hours: -1 }, 'hours'],
      [{ hours: 1.255 }, 'hours'],
      [{ prepHours: -0.5 }, 'prepHours'],
      [{ travelHours: 0.001 }, 'travelHours'],
      [{ travelKm: -3 }, 'travelKm'],
      [{ travelKm: 12.25 }, 'travelKm'],
      [{ hours: 1000 }, 'hours'],
      [{ participantsCount: -2 }, 'participantsCount'],
      [{ heldOn: '2025-13-01' }, 'heldOn'],
    ];
    for (const [overrides, field] of cases) {
      const response = await app.http.post(sessionsPath(deployment.id)).send({ heldOn: '2025-05-20', mode: 'VOR_ORT', ...overrides });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    const equalTimes = await app.http.post(sessionsPath(deployment.id)).send({ heldOn: '2025-05-20', mode: 'VOR_ORT', startTime: '10:00', endTime: '10:00' });
    expect(equalTimes.status).toBe(201);
    const session = equalTimes.body as { id: string };
    const reversed = await app.http
      .put(`${sessionsPath(deployment.id)}/${session.id}`)
      .send({ heldOn: '2025-05-20', mode: 'VOR_ORT', startTime: '10:00', endTime: '09:00', version: 1 });
    expect(reversed.body.fields.endTime).toEqual(expect.any(String));
  });

  it('answers unknown and foreign ids with 404 and malformed ids with 400', async () => {
    const body = { heldOn: '2025-05-20', mode: 'VOR_ORT', version: 1 };
    expect((await app.http.post(sessionsPath(UNKNOWN_ID)).send({ heldOn: '2025-05-20', mode: 'VOR_ORT' })).body.code).toBe('DEPLOYMENT_NOT_FOUND');
    expect((await app.http.put(`${sessionsPath(deployment.id)}/${UNKNOWN_ID}`).send(body)).body.code).toBe('SESSION_NOT_FOUND');
    expect((await app.http.delete(`${sessionsPath(deployment.id)}/${UNKNOWN_ID}`)).status).toBe(404);

    const other = await createDeployment(app, allianceId, mentor.mentorId);
    const foreign = await app.http.post(sessionsPath(other.id)).send({ heldOn: '2025-05-20', mode: 'VOR_ORT' });
    const wrongParent = await app.http.put(`${sessionsPath(deployment.id)}/${foreign.body.id}`).send(body);
    expect(wrongParent.status).toBe(404);
    expect((await app.http.delete(`${sessionsPath(deployment.id)}/${foreign.body.id}`)).status).toBe(404);
    expect((await app.http.delete(`${sessionsPath(deployment.id)}/nope`)).body.code).toBe('INVALID_ID');
    expect((await app.http.post(sessionsPath('nope')).send({ heldOn: '2025-05-20', mode: 'VOR_ORT' })).status).toBe(400);
  });

  let validationPath = '/api/deployments/:id/sessions';
  beforeAll(() => {
    validationPath = sessionsPath(deployment.id);
  });

  describeCreateValidation(() => app, {
    get path() {
      return validationPath;
    },
    table: 'deployment_session',
    validBody: () => ({ heldOn: '2025-06-01', mode: 'TELEFONISCH', topic: `Validierung ${uniqueSuffix()}` }),
    required: ['heldOn', 'mode'],
    wrongTypes: {
      heldOn: '01.06.2025',
      startTime: '9 Uhr',
      endTime: 930,
      mode: 'TELEPATHISCH',
      gemeindeAgs: 3155010,
      hours: '2',
      prepHours: true,
      travelKm: 'weit',
      travelHours: [1],
      participantsCount: 2.5,
    },
    maxLengths: { place: 200, topic: 300 },
  });
});
