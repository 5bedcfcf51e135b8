import { countRows, startTestApp, TestApp } from '../support/test-app';
import { requestBody } from '../mentoring/mentoring-fixtures';
import { AccessWorld, buildAccessWorld, deniedEntries } from '../mentoring/mentoring-access.fixtures';

type Session = Awaited<ReturnType<TestApp['signIn']>>;

interface Listed {
  id: string;
  allianceId?: string;
}

const ids = (body: { items: Listed[] }): string[] => body.items.map((item) => item.id);

/**
 * Row-level access to requests, proposals, deployments, sessions, reports and feedback: a coordinator
 * of alliance A and the mentor M1 against the foreign alliance B and the other mentor M2.
 */
describe('Mentoring: row-level access for coordinators and mentors', () => {
  let app: TestApp;
  let w: AccessWorld;
  let coordinator: Session;
  let mentor: Session;

  beforeAll(async () => {
    app = await startTestApp();
    w = await buildAccessWorld(app);
    coordinator = await app.signIn('KOORDINATION', { allianceIds: [w.allianceA] });
    mentor = await app.signIn('MENTOR', { mentorProfileId: w.m1 });
  });

  afterAll(async () => {
    await app.close();
  });

  const count = async (sql: string, params: unknown[]): Promise<number> => {
    const [row] = (await app.dataSource.query(sql, params)) as { count: number }[];
    return row.count;
  };

  describe('Bündniskoordination', () => {
    it('lists only the requests of own alliances, and the total counts only those', async () => {
      const response = await coordinator.get('/api/requests?pageSize=100');
      expect(response.status).toBe(200);
      const items = response.body.items as Listed[];
      expect(items.map((i) => i.id)).toContain(w.requestA);
      expect(items.every((i) => i.allianceId === w.allianceA)).toBe(true);
      const own = await count(`SELECT count(*)::int AS count FROM mentoring_request WHERE alliance_id = $1 AND archived_at IS NULL`, [w.allianceA]);
      expect(response.body.total).toBe(own);
      // a filter for the foreign alliance finds nothing
      const foreign = await coordinator.get(`/api/requests?allianceId=${w.allianceB}`);
      expect(foreign.body).toMatchObject({ items: [], total: 0 });
    });

    it('answers 404 for a foreign request and records the attempt in the audit trail', async () => {
      const response = await coordinator.get(`/api/requests/${w.requestB}`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('REQUEST_NOT_FOUND');
      expect(await deniedEntries(app, coordinator.user.userId, 'MentoringRequest', w.requestB)).toBe(1);
    });

    it('reads an own request without the matching (proposals are the Fachberatung’s)', async () => {
      const proposal = await app.http.post(`/api/requests/${w.requestA}/proposals`).send({ mentorId: w.m2, rank: 2, score: 10 });
      expect(proposal.status).toBe(201);
      const response = await coordinator.get(`/api/requests/${w.requestA}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: w.requestA, alliance: { id: w.allianceA, name: w.allianceAName }, proposals: [] });
      expect((await app.http.get(`/api/requests/${w.requestA}`)).body.proposals).toHaveLength(1);
      expect((await coordinator.get(`/api/requests/${w.requestA}/proposals`)).status).toBe(403);
    });

    it('creates requests for own alliances only; a foreign alliance is refused like an unknown one', async () => {
      const created = await coordinator.post('/api/requests').send(requestBody(w.allianceA, { channel: 'WEBFORMULAR', requesterId: w.partnerPersonA }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ allianceId: w.allianceA, status: 'EINGEGANGEN' });

      const before = await countRows(app.dataSource, 'mentoring_request');
      const foreign = await coordinator.post('/api/requests').send(requestBody(w.allianceB));
      expect(foreign.status).toBe(400);
      expect(foreign.body.fields).toEqual({ allianceId: 'Das Bündnis gibt es nicht.' });
      expect(await deniedEntries(app, coordinator.user.userId, 'Alliance', w.allianceB)).toBe(1);
      // a contact of the foreign alliance cannot be named as requester either
      const foreignPerson = await coordinator.post('/api/requests').send(requestBody(w.allianceA, { requesterId: w.personB }));
      expect(foreignPerson.status).toBe(400);
      expect(Object.keys(foreignPerson.body.fields)).toEqual(['requesterId']);
      expect(await countRows(app.dataSource, 'mentoring_request')).toBe(before);
    });

    it('lists and reads only own alliances’ deployments, with the mentors’ business contact', async () => {
      const list = await coordinator.get('/api/deployments?pageSize=100');
      expect(list.status).toBe(200);
      expect(ids(list.body)).toEqual([w.deploymentA]);
      expect(list.body.total).toBe(1);

      const detail = await coordinator.get(`/api/deployments/${w.deploymentA}`);
      expect(detail.status).toBe(200);
      expect(detail.body.mentors).toEqual([
        expect.objectContaining({ mentorId: w.m1, isLead: true, email: w.m1Email, phone: '+49 5503 1234' }),
      ]);

      const foreign = await coordinator.get(`/api/deployments/${w.deploymentB}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('DEPLOYMENT_NOT_FOUND');
      expect(await deniedEntries(app, coordinator.user.userId, 'Deployment', w.deploymentB)).toBe(1);
    });

    it('records feedback as coordination for own deployments only', async () => {
      const feedback = { source: 'KOORDINATION', satisfaction: 5, usefulness: 4, receivedOn: '2025-06-01' };
      expect((await coordinator.post(`/api/deployments/${w.deploymentA}/feedback`).send(feedback)).status).toBe(201);
      const other = await coordinator.post(`/api/deployments/${w.deploymentA}/feedback`).send({ ...feedback, source: 'MENTOR_SELBST' });
      expect(other.status).toBe(400);
      expect(Object.keys(other.body.fields)).toEqual(['source']);
      const foreign = await coordinator.post(`/api/deployments/${w.deploymentB}/feedback`).send(feedback);
      expect(foreign.status).toBe(404);

      // the Fachberatung records the mentor's self-assessment: the coordination does not see it
      expect((await app.http.post(`/api/deployments/${w.deploymentA}/feedback`).send({ ...feedback, source: 'MENTOR_SELBST' })).status).toBe(201);
      const listed = await coordinator.get(`/api/deployments/${w.deploymentA}/feedback`);
      expect(listed.body.map((f: { source: string }) => f.source)).toEqual(['KOORDINATION']);
      const mentorView = await mentor.get(`/api/deployments/${w.deploymentA}`);
      expect(mentorView.body.feedback.map((f: { source: string }) => f.source)).toEqual(['MENTOR_SELBST']);
    });

    it('is refused where it has no business: writes of deployments, sessions, reports, mentor profiles', async () => {
      expect((await coordinator.put(`/api/deployments/${w.deploymentA}`).send({})).status).toBe(403);
      expect((await coordinator.post(`/api/deployments/${w.deploymentA}/sessions`).send({})).status).toBe(403);
      expect((await coordinator.get(`/api/deployments/${w.deploymentA}/report`)).status).toBe(403);
      expect((await coordinator.post(`/api/requests/${w.requestB}/proposals/${w.offerM1}/response`).send({})).status).toBe(403);
      expect((await coordinator.get('/api/mentors')).status).toBe(403);
      expect((await coordinator.get(`/api/mentors/${w.m1}`)).status).toBe(403);
    });
  });

  describe('Mentor:in', () => {
    it('lists and reads own deployments only', async () => {
      const list = await mentor.get('/api/deployments?pageSize=100');
      expect(list.status).toBe(200);
      expect(ids(list.body)).toEqual([w.deploymentA]);
      expect(list.body.total).toBe(1);
      expect((await mentor.get(`/api/deployments/${w.deploymentA}`)).status).toBe(200);
      const foreign = await mentor.get(`/api/deployments/${w.deploymentB}`);
      expect(foreign.status).toBe(404);
      expect(await deniedEntries(app, mentor.user.userId, 'Deployment', w.deploymentB)).toBe(1);
    });

    it('sees the request offered to them without any detail of the alliance', async () => {
      const list = await mentor.get('/api/requests?pageSize=100');
      expect(list.status).toBe(200);
      expect(ids(list.body).sort()).toEqual([w.requestA, w.requestB].sort());
      expect(list.body.total).toBe(2);

      const offered = await mentor.get(`/api/requests/${w.requestB}`);
      expect(offered.status).toBe(200);
      expect(offered.body).toMatchObject({
        id: w.requestB,
        occasion: 'REAKTIVIERUNG',
        desiredMode: 'VOR_ORT',
        landCode: '15',
        landName: 'Sachsen-Anhalt',
        specialties: [{ code: 'FG01' }],
        allianceVisible: false,
        alliance: null,
        requester: null,
        // offered through POST /requests/:id/offers, which counts as a change of the proposal
        offer: { id: w.offerM1, response: 'ANGEFRAGT', version: 2 },
        deployments: [],
      });
      expect(offered.body).not.toHaveProperty('allianceId');
      expect(offered.body).not.toHaveProperty('proposals');
      const text = JSON.stringify([offered.body, list.body]);
      for (const hidden of [w.allianceBName, w.allianceB, w.personB, w.offerM2]) expect(text).not.toContain(hidden);

      // the own deployment's request shows its alliance
      const own = await mentor.get(`/api/requests/${w.requestA}`);
      expect(own.body).toMatchObject({ allianceVisible: true, alliance: { id: w.allianceA, name: w.allianceAName }, offer: null });
      expect(own.body.deployments).toEqual([expect.objectContaining({ id: w.deploymentA })]);
    });

    it('cannot find out the alliance of an offer through the list filters', async () => {
      expect((await mentor.get(`/api/requests?allianceId=${w.allianceB}`)).body.total).toBe(0);
      expect((await mentor.get(`/api/requests?q=${encodeURIComponent('Haldensleben')}`)).body.items).toEqual([]);
      expect((await mentor.get(`/api/requests?allianceId=${w.allianceA}`)).body.total).toBe(1);
    });

    it('does not see a proposal the Fachberatung has not sent yet (VORGESCHLAGEN)', async () => {
      const request = await app.http.post('/api/requests').send(requestBody(w.allianceB, { occasion: 'WEITERENTWICKLUNG' }));
      const proposal = await app.http.post(`/api/requests/${request.body.id}/proposals`).send({ mentorId: w.m1, rank: 1, score: 70 });
      expect(proposal.status).toBe(201);
      expect((await mentor.get(`/api/requests/${request.body.id}`)).status).toBe(404);
      const answer = await mentor.post(`/api/requests/${request.body.id}/proposals/${proposal.body.id}/response`).send({ response: 'ZUGESAGT', version: 1 });
      expect(answer.status).toBe(404);
      expect(ids((await mentor.get('/api/requests?pageSize=100')).body)).not.toContain(request.body.id);
    });

    it('answers own offers only; after accepting, the alliance is shown', async () => {
      const other = await mentor.post(`/api/requests/${w.requestB}/proposals/${w.offerM2}/response`).send({ response: 'ZUGESAGT', version: 2 });
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('PROPOSAL_NOT_FOUND');
      expect(await deniedEntries(app, mentor.user.userId, 'MatchProposal', w.offerM2)).toBe(1);

      const own = await mentor.post(`/api/requests/${w.requestB}/proposals/${w.offerM1}/response`).send({ response: 'ZUGESAGT', version: 2 });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ id: w.offerM1, response: 'ZUGESAGT', version: 3 });

      const accepted = await mentor.get(`/api/requests/${w.requestB}`);
      expect(accepted.body).toMatchObject({
        allianceVisible: true,
        alliance: { id: w.allianceB, name: w.allianceBName },
        requester: { id: w.personB },
        offer: { response: 'ZUGESAGT' },
      });
      expect((await mentor.get(`/api/requests/${w.requestB}/proposals`)).status).toBe(403);
    });

    it('writes sessions and the report of own deployments until the report is submitted, and cannot review', async () => {
      const session = await mentor.post(`/api/deployments/${w.deploymentA}/sessions`).send({ heldOn: '2025-05-20', mode: 'VOR_ORT', hours: 2 });
      expect(session.status).toBe(201);
      const foreignSession = await mentor.post(`/api/deployments/${w.deploymentB}/sessions`).send({ heldOn: '2025-05-20', mode: 'VOR_ORT' });
      expect(foreignSession.status).toBe(404);
      expect((await mentor.put(`/api/deployments/${w.deploymentB}/report`).send({ summary: 'Fremd' })).status).toBe(404);
      expect((await mentor.get(`/api/deployments/${w.deploymentB}/report`)).status).toBe(404);

      const draft = await mentor.put(`/api/deployments/${w.deploymentA}/report`).send({
        summary: 'Gründungsplan erstellt, Lenkungsgruppe benannt.',
        results: 'Interne Ergebnisse für die Fachberatung',
        recommendation: 'Folgeeinsatz im Herbst',
      });
      expect(draft.status).toBe(200);
      const submitted = await mentor.post(`/api/deployments/${w.deploymentA}/report/submit`).send({ version: draft.body.version });
      expect(submitted.status).toBe(200);
      expect(submitted.body.reviewStatus).toBe('EINGEREICHT');

      const locked = await mentor.put(`/api/deployments/${w.deploymentA}/report`).send({ summary: 'Nachtrag', version: submitted.body.version });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('REPORT_LOCKED');
      const lateSession = await mentor.post(`/api/deployments/${w.deploymentA}/sessions`).send({ heldOn: '2025-05-27', mode: 'ONLINE' });
      expect(lateSession.status).toBe(409);
      expect(lateSession.body.code).toBe('SESSIONS_LOCKED');
      const lateEdit = await mentor.delete(`/api/deployments/${w.deploymentA}/sessions/${session.body.id}`);
      expect(lateEdit.status).toBe(409);

      const review = { decision: 'FREIGEGEBEN', version: submitted.body.version };
      expect((await mentor.post(`/api/deployments/${w.deploymentA}/report/review`).send(review)).status).toBe(403);
      expect((await app.http.post(`/api/deployments/${w.deploymentA}/report/review`).send(review)).status).toBe(200);
    });

    it('lets the coordination read only the summary of the released report', async () => {
      const detail = await coordinator.get(`/api/deployments/${w.deploymentA}`);
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({
        report: null,
        earlierRevisions: [],
        releasedReport: { revision: 1, summary: 'Gründungsplan erstellt, Lenkungsgruppe benannt.' },
      });
      expect(JSON.stringify(detail.body)).not.toContain('Interne Ergebnisse');
      const staff = await app.http.get(`/api/deployments/${w.deploymentA}`);
      expect(staff.body.report).toMatchObject({ reviewStatus: 'FREIGEGEBEN', results: 'Interne Ergebnisse für die Fachberatung' });
    });
  });

  describe('roles without individual records', () => {
    it.each(['MINISTERIUM', 'ADMINISTRATION'] as const)('%s is refused (403) on every mentoring route', async (role) => {
      const user = await app.signIn(role);
      for (const path of [
        '/api/requests',
        `/api/requests/${w.requestA}`,
        '/api/deployments',
        `/api/deployments/${w.deploymentA}`,
        `/api/deployments/${w.deploymentA}/feedback`,
        '/api/mentors',
        '/api/mentors/gallery',
        `/api/mentors/${w.m1}`,
        '/api/search?q=Bündnis',
      ]) {
        expect({ path, status: (await user.get(path)).status }).toEqual({ path, status: 403 });
      }
      expect((await user.post('/api/requests').send(requestBody(w.allianceA))).status).toBe(403);
    });

    it('Leitung reads everything but does not record requests', async () => {
      const leitung = await app.signIn('LEITUNG');
      expect((await leitung.get(`/api/requests/${w.requestB}`)).body.proposals).toHaveLength(2);
      expect((await leitung.get(`/api/deployments/${w.deploymentB}`)).status).toBe(200);
      expect((await leitung.post('/api/requests').send(requestBody(w.allianceA))).status).toBe(403);
    });
  });
});
