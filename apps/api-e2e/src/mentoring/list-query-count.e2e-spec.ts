import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp } from '../support/test-app';
import { createDeployment, createRequest, insertAlliance, insertMentor } from './mentoring-fixtures';

/** Lists cost the same small number of SQL statements for 10 rows as for 100 (no per-row queries). */
describe('Mentoring lists: SQL statements per page', () => {
  let app: TestApp;
  let allianceId: string;
  let leadMentorId: string;
  let scoped: Pick<TestApp['http'], 'get'>[] | undefined;

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app);
    const lead = await insertMentor(app);
    leadMentorId = lead.mentorId;
    const partner = await insertMentor(app);
    for (let i = 0; i < 12; i++) {
      const request = await createRequest(app, allianceId, { fachgebietCodes: ['FG01', 'FG04'], receivedOn: `2025-01-${String(i + 10)}` });
      const deployment = await createDeployment(app, allianceId, lead.mentorId, {
        requestId: request.id,
        mentors: [
          { mentorId: lead.mentorId, isLead: true },
          { mentorId: partner.mentorId, isLead: false },
        ],
      });
      await app.http.post(`/api/deployments/${deployment.id}/sessions`).send({ heldOn: '2025-02-01', mode: 'ONLINE', hours: 1 });
      await app.http.post(`/api/deployments/${deployment.id}/sessions`).send({ heldOn: '2025-02-08', mode: 'ONLINE', hours: 2 });
      await app.http.put(`/api/deployments/${deployment.id}/report`).send({ summary: `Bericht ${i}` });
    }
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
  });

  async function statementsFor(path: string, http: Pick<TestApp['http'], 'get'> = app.http): Promise<{ count: number; items: number }> {
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const response = await http.get(path);
      expect(response.status).toBe(200);
      return { count: domainStatements(spy), items: response.body.items.length };
    } finally {
      spy.mockRestore();
    }
  }

  it.each(['requests', 'deployments'])('GET /api/%s needs at most 3 statements, the same for pageSize 10 and 100', async (resource) => {
    const small = await statementsFor(`/api/${resource}?allianceId=${allianceId}&pageSize=10`);
    const large = await statementsFor(`/api/${resource}?allianceId=${allianceId}&pageSize=100`);
    expect(small.items).toBe(10);
    expect(large.items).toBe(12);
    expect(large.count).toBe(small.count);
    expect(small.count).toBeGreaterThanOrEqual(2); // the spy sees the statements (count + page at least)
    expect(small.count).toBeLessThanOrEqual(3);
  });

  it.each(['requests', 'deployments'])('the scoped lists of coordinators and mentors cost the same: GET /api/%s', async (resource) => {
    // one account per mentor profile: sign in once for both resources
    scoped ??= [await app.signIn('KOORDINATION', { allianceIds: [allianceId] }), await app.signIn('MENTOR', { mentorProfileId: leadMentorId })];
    for (const http of scoped) {
      const small = await statementsFor(`/api/${resource}?pageSize=10`, http);
      const large = await statementsFor(`/api/${resource}?pageSize=100`, http);
      expect(small.items).toBe(10);
      expect(large.items).toBe(12);
      expect(large.count).toBe(small.count);
      expect(small.count).toBeLessThanOrEqual(3);
    }
  });
});
