import { startTestApp, TestApp } from '../support/test-app';
import { createDeployment, insertAlliance, insertMentor, MentorFixture, UNKNOWN_ID } from './mentoring-fixtures';

interface ReportBody {
  id: string;
  revision: number;
  reviewStatus: string;
  summary: string;
  version: number;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

describe('Einsätze: Bericht API', () => {
  let app: TestApp;
  let mentor: MentorFixture;
  let allianceId: string;

  beforeAll(async () => {
    app = await startTestApp();
    mentor = await insertMentor(app);
    allianceId = await insertAlliance(app);
  });

  afterAll(async () => {
    await app.close();
  });

  /** A deployment that was carried out: its report may be submitted (domain-research §2.5 row 7 → 8). */
  const newDeployment = async (): Promise<string> => (await createDeployment(app, allianceId, mentor.mentorId, { status: 'DURCHGEFUEHRT' })).id;

  it('runs the lifecycle draft → submit → return → new revision → submit → approve and keeps every revision', async () => {
    const id = await newDeployment();
    const report = `/api/deployments/${id}/report`;

    const draft = await app.http.put(report).send({ summary: 'Erstes Treffen mit der Lenkungsgruppe.', nextSteps: 'Gründungsplan' });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ revision: 1, reviewStatus: 'ENTWURF', version: 1, submittedAt: null, nextSteps: 'Gründungsplan' });

    const edited = await app.http.put(report).send({ summary: 'Erstes Treffen mit der Lenkungsgruppe (12 Personen).', version: 1 });
    expect(edited.body).toMatchObject({ revision: 1, version: 2, nextSteps: null });
    expect((await app.http.put(report).send({ summary: 'Ohne Version' })).body.fields.version).toEqual(expect.any(String));
    expect((await app.http.put(report).send({ summary: 'Veraltet', version: 1 })).status).toBe(409);

    const submitted = await app.http.post(`${report}/submit`).send({ version: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ revision: 1, reviewStatus: 'EINGEREICHT', submittedBy: expect.any(String) });
    expect(Date.parse(submitted.body.submittedAt)).not.toBeNaN();

    const locked = await app.http.put(report).send({ summary: 'Nachträglich', version: submitted.body.version });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('REPORT_LOCKED');
    expect((await app.http.post(`${report}/submit`).send({ version: submitted.body.version })).body.code).toBe('REPORT_NOT_SUBMITTABLE');

    const noComment = await app.http.post(`${report}/review`).send({ decision: 'ZURUECKGEGEBEN', version: submitted.body.version });
    expect(noComment.status).toBe(400);
    expect(noComment.body.fields.comment).toEqual(expect.any(String));
    const returned = await app.http
      .post(`${report}/review`)
      .send({ decision: 'ZURUECKGEGEBEN', comment: 'Bitte die Ergebnisse ergänzen.', version: submitted.body.version });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ revision: 1, reviewStatus: 'ZURUECKGEGEBEN', reviewComment: 'Bitte die Ergebnisse ergänzen.' });

    const secondDraft = await app.http
      .put(report)
      .send({ summary: 'Erstes Treffen mit der Lenkungsgruppe (12 Personen).', results: 'Gründungsplan beschlossen.', version: returned.body.version });
    expect(secondDraft.status).toBe(200);
    expect(secondDraft.body).toMatchObject({ revision: 2, reviewStatus: 'ENTWURF', version: 1, results: 'Gründungsplan beschlossen.' });

    const resubmitted = await app.http.post(`${report}/submit`).send({ version: 1 });
    expect(resubmitted.body).toMatchObject({ revision: 2, reviewStatus: 'EINGEREICHT' });
    const approved = await app.http.post(`${report}/review`).send({ decision: 'FREIGEGEBEN', version: resubmitted.body.version });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ revision: 2, reviewStatus: 'FREIGEGEBEN', reviewComment: null });
    expect(Date.parse(approved.body.reviewedAt)).not.toBeNaN();

    const twice = await app.http.post(`${report}/review`).send({ decision: 'FREIGEGEBEN', version: approved.body.version });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('REPORT_NOT_SUBMITTED');
    expect((await app.http.put(report).send({ summary: 'Zu spät', version: approved.body.version })).body.code).toBe('REPORT_LOCKED');

    const revisions = await app.http.get(`${report}/revisions`);
    expect(revisions.status).toBe(200);
    expect(revisions.body.map((r: ReportBody) => [r.revision, r.reviewStatus])).toEqual([
      [2, 'FREIGEGEBEN'],
      [1, 'ZURUECKGEGEBEN'],
    ]);
    expect(revisions.body[1]).toMatchObject({ summary: 'Erstes Treffen mit der Lenkungsgruppe (12 Personen).', reviewComment: 'Bitte die Ergebnisse ergänzen.' });
    expect((await app.http.get(report)).body).toMatchObject({ revision: 2, reviewStatus: 'FREIGEGEBEN' });

    const detail = await app.http.get(`/api/deployments/${id}`);
    expect(detail.body.report).toMatchObject({ revision: 2, reviewStatus: 'FREIGEGEBEN' });
    expect(detail.body.earlierRevisions).toEqual([
      expect.objectContaining({ revision: 1, reviewStatus: 'ZURUECKGEGEBEN', reviewComment: 'Bitte die Ergebnisse ergänzen.' }),
    ]);

    const audit = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_type = 'DeploymentReport' AND entity_id IN ($1, $2) ORDER BY occurred_at`,
      [draft.body.id, secondDraft.body.id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'UPDATE', 'CREATE', 'UPDATE', 'UPDATE']);
  });

  it('resubmitting a returned report unchanged adds a new revision and keeps the returned one', async () => {
    const id = await newDeployment();
    const report = `/api/deployments/${id}/report`;
    const draft = await app.http.put(report).send({ summary: 'Kurzbericht' });
    const submitted = await app.http.post(`${report}/submit`).send({ version: draft.body.version });
    const returned = await app.http.post(`${report}/review`).send({ decision: 'ZURUECKGEGEBEN', comment: 'Bitte prüfen.', version: submitted.body.version });
    const again = await app.http.post(`${report}/submit`).send({ version: returned.body.version });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ revision: 2, reviewStatus: 'EINGEREICHT', summary: 'Kurzbericht' });
    const revisions = await app.http.get(`${report}/revisions`);
    expect(revisions.body.map((r: ReportBody) => r.reviewStatus)).toEqual(['EINGEREICHT', 'ZURUECKGEGEBEN']);
  });

  it('refuses review and submit without a report or before submission', async () => {
    const id = await newDeployment();
    const report = `/api/deployments/${id}/report`;
    expect((await app.http.get(report)).body.code).toBe('REPORT_NOT_FOUND');
    expect((await app.http.get(`${report}/revisions`)).body).toEqual([]);
    expect((await app.http.post(`${report}/submit`).send({ version: 1 })).status).toBe(404);
    const draft = await app.http.put(report).send({ summary: 'Entwurf' });
    const early = await app.http.post(`${report}/review`).send({ decision: 'FREIGEGEBEN', version: draft.body.version });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('REPORT_NOT_SUBMITTED');
    const stale = await app.http.post(`${report}/submit`).send({ version: draft.body.version + 1 });
    expect(stale.body.code).toBe('VERSION_CONFLICT');
  });

  it('validates the report bodies with field messages and writes nothing', async () => {
    const id = await newDeployment();
    const report = `/api/deployments/${id}/report`;
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['put', report, {}, 'summary'],
      ['put', report, { summary: '' }, 'summary'],
      ['put', report, { summary: 42 }, 'summary'],
      ['put', report, { summary: 'x'.repeat(10001) }, 'summary'],
      ['put', report, { summary: 'ok', results: 'x'.repeat(10001) }, 'results'],
      ['put', report, { summary: 'ok', nextSteps: ['a'] }, 'nextSteps'],
      ['put', report, { summary: 'ok', recommendation: 'x'.repeat(10001) }, 'recommendation'],
      ['put', report, { summary: 'ok', version: 0 }, 'version'],
      ['put', report, { summary: 'ok', reviewStatus: 'FREIGEGEBEN' }, 'reviewStatus'],
      ['post', `${report}/submit`, {}, 'version'],
      ['post', `${report}/review`, { decision: 'VIELLEICHT', version: 1 }, 'decision'],
      ['post', `${report}/review`, { decision: 'FREIGEGEBEN', comment: 'x'.repeat(5001), version: 1 }, 'comment'],
      ['post', `${report}/review`, { decision: 'FREIGEGEBEN' }, 'version'],
    ];
    for (const [method, path, body, field] of cases) {
      const response = method === 'put' ? await app.http.put(path).send(body) : await app.http.post(path).send(body);
      expect({ path, field, status: response.status }).toEqual({ path, field, status: 400 });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    expect((await app.http.get(`${report}/revisions`)).body).toEqual([]);
  });

  it('answers unknown, archived and malformed deployments', async () => {
    expect((await app.http.put(`/api/deployments/${UNKNOWN_ID}/report`).send({ summary: 'x' })).body.code).toBe('DEPLOYMENT_NOT_FOUND');
    expect((await app.http.get(`/api/deployments/${UNKNOWN_ID}/report/revisions`)).status).toBe(404);
    expect((await app.http.get(`/api/deployments/${UNKNOWN_ID}/report`)).body.code).toBe('DEPLOYMENT_NOT_FOUND');
    expect((await app.http.put('/api/deployments/kein-einsatz/report').send({ summary: 'x' })).status).toBe(400);
    const archived = await createDeployment(app, allianceId, mentor.mentorId);
    await app.http.post(`/api/deployments/${archived.id}/archive`).send({ version: 1 });
    expect((await app.http.put(`/api/deployments/${archived.id}/report`).send({ summary: 'x' })).status).toBe(404);
  });
});
