import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { createDeployment, CreatedDeployment, futureDate, insertAlliance, insertMentor, UNKNOWN_ID } from './mentoring-fixtures';

describe('Einsätze: Rückmeldungen API', () => {
  let app: TestApp;
  let deployment: CreatedDeployment;
  let validationPath = '/api/deployments/:id/feedback';

  beforeAll(async () => {
    app = await startTestApp();
    const mentor = await insertMentor(app);
    deployment = await createDeployment(app, await insertAlliance(app), mentor.mentorId);
    validationPath = `/api/deployments/${deployment.id}/feedback`;
  });

  afterAll(async () => {
    await app.close();
  });

  it('records feedback and lists it newest first', async () => {
    const own = await createDeployment(app, await insertAlliance(app), (await insertMentor(app)).mentorId);
    const path = `/api/deployments/${own.id}/feedback`;
    const first = await app.http.post(path).send({
      source: 'KOORDINATION',
      satisfaction: 5,
      usefulness: 4,
      goalReached: 'TEILWEISE',
      wouldRecommend: true,
      comment: 'Sehr hilfreiche Moderation.',
      anonymousToMentor: true,
      receivedOn: '2025-06-02',
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ deploymentId: own.id, goalReached: 'TEILWEISE', wouldRecommend: true, anonymousToMentor: true });
    const second = await app.http.post(path).send({ source: 'MENTOR_SELBST', satisfaction: 3, usefulness: 3, receivedOn: '2025-06-10' });
    expect(second.body).toMatchObject({ goalReached: null, wouldRecommend: null, comment: null, anonymousToMentor: false });

    const list = await app.http.get(path);
    expect(list.status).toBe(200);
    expect(list.body.map((f: { receivedOn: string }) => f.receivedOn)).toEqual(['2025-06-10', '2025-06-02']);
    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [first.body.id]);
    expect(audit).toEqual([{ action: 'CREATE' }]);
  });

  it('checks scores, the date and the deployment', async () => {
    const base = { source: 'KOORDINATION', satisfaction: 4, usefulness: 4, receivedOn: '2025-06-02' };
    const cases: [Record<string, unknown>, string][] = [
      [{ satisfaction: 0 }, 'satisfaction'],
      [{ satisfaction: 6 }, 'satisfaction'],
      [{ usefulness: 3.5 }, 'usefulness'],
      [{ goalReached: 'VIELLEICHT' }, 'goalReached'],
      [{ receivedOn: futureDate() }, 'receivedOn'],
    ];
    for (const [overrides, field] of cases) {
      const response = await app.http.post(validationPath).send({ ...base, ...overrides });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    expect((await app.http.post(`/api/deployments/${UNKNOWN_ID}/feedback`).send(base)).body.code).toBe('DEPLOYMENT_NOT_FOUND');
    expect((await app.http.get(`/api/deployments/${UNKNOWN_ID}/feedback`)).status).toBe(404);
    expect((await app.http.get('/api/deployments/0/feedback')).status).toBe(400);
  });

  describeCreateValidation(() => app, {
    get path() {
      return validationPath;
    },
    table: 'deployment_feedback',
    validBody: () => ({ source: 'KOORDINATION', satisfaction: 4, usefulness: 5, receivedOn: '2025-06-02', comment: `Validierung ${uniqueSuffix()}` }),
    required: ['source', 'satisfaction', 'usefulness', 'receivedOn'],
    wrongTypes: {
      source: 'PRESSE',
      satisfaction: '5',
      usefulness: null,
      goalReached: true,
      wouldRecommend: 'ja',
      anonymousToMentor: 1,
      receivedOn: '2025-02-30',
    },
    maxLengths: { comment: 4000 },
  });
});
