import { DomainEvent, DomainEvents } from '@bn/api/core';
import { SessionHttp, startTestApp, TestApp, TestUser, uniqueSuffix } from '../support/test-app';
import { createDeployment, createRequest, insertAlliance, insertMentor, MentorFixture, requestBody, UNKNOWN_ID } from './mentoring-fixtures';

type Actor = SessionHttp & { user: TestUser };

interface Transition {
  fromStatus: string | null;
  toStatus: string;
  actor: string;
  actorId: string | null;
  note: string | null;
}

/**
 * The mentoring workflow end to end (domain-research §2.5, PRODUCT flow 1): request → proposals →
 * offer → decline → next offer → accept → deployment → sessions → report submitted, returned,
 * resubmitted, approved → feedback → ABGESCHLOSSEN; refused transitions, roles, scoping and validation.
 */
describe('Mentoring workflow API', () => {
  let app: TestApp;
  let allianceId: string;
  let foreignAllianceId: string;
  let coordinator: Actor;
  let leitung: Actor;
  const mentors: { fixture: MentorFixture; http: Actor }[] = [];
  const events: DomainEvent[] = [];

  const mentor = (index: number): Actor => mentors[index].http;
  const mentorId = (index: number): string => mentors[index].fixture.mentorId;

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app, { name: `Bündnis für Familie Nörten-Hardenberg ${uniqueSuffix()}` });
    foreignAllianceId = await insertAlliance(app);
    coordinator = await app.signIn('KOORDINATION', { allianceIds: [allianceId] });
    leitung = await app.signIn('LEITUNG');
    for (const name of ['Greta', 'Hanna', 'Ida', 'Jonas']) {
      const fixture = await insertMentor(app, name, `Workflow-${uniqueSuffix()}`);
      mentors.push({ fixture, http: await app.signIn('MENTOR', { mentorProfileId: fixture.mentorId }) });
    }
    const bus = app.app.get(DomainEvents);
    for (const type of [
      'request.created',
      'offer.sent',
      'offer.accepted',
      'offer.declined',
      'deployment.transitioned',
      'report.submitted',
      'report.returned',
      'report.approved',
      'feedback.requested',
    ] as const) {
      bus.on(type, (event) => {
        events.push(event);
      });
    }
  });

  afterAll(async () => {
    await app.close();
  });

  const propose = async (requestId: string, index: number, rank: number): Promise<string> => {
    const response = await app.http.post(`/api/requests/${requestId}/proposals`).send({ mentorId: mentorId(index), rank, score: 90 - rank });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  const requestVersion = async (requestId: string): Promise<number> => (await app.http.get(`/api/requests/${requestId}`)).body.version as number;
  const deploymentOf = async (id: string): Promise<{ status: string; version: number }> => (await app.http.get(`/api/deployments/${id}`)).body;

  const moveRequest = async (requestId: string, to: string, note?: string): Promise<{ status: string; version: number }> => {
    const response = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to, version: await requestVersion(requestId), note });
    expect({ to, status: response.status, body: response.body }).toMatchObject({ to, status: 200 });
    return response.body;
  };

  const moveDeployment = (as: SessionHttp, id: string, to: string, version: number, note?: string) =>
    as.post(`/api/deployments/${id}/transitions`).send({ to, version, note });

  const proposalVersion = async (requestId: string, proposalId: string): Promise<number> => {
    const proposals = (await app.http.get(`/api/requests/${requestId}/proposals`)).body as { id: string; version: number }[];
    return proposals.find((p) => p.id === proposalId)?.version ?? 0;
  };

  it('runs the whole flow from the request to the closed deployment, logging every transition', async () => {
    // 1. the coordinator asks for founding support
    const created = await coordinator.post('/api/requests').send(requestBody(allianceId, { description: 'Wir möchten ein Bündnis gründen.' }));
    expect(created.status).toBe(201);
    const requestId = created.body.id as string;
    expect(created.body.status).toBe('EINGEGANGEN');

    // 2. acknowledged and clarified by the Fachberatung
    const acknowledged = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to: 'IN_KLAERUNG', version: 1, note: 'Telefonat mit der Gemeinde' });
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({
      subjectId: requestId,
      status: 'IN_KLAERUNG',
      version: 2,
      transition: { fromStatus: 'EINGEGANGEN', toStatus: 'IN_KLAERUNG', note: 'Telefonat mit der Gemeinde', actorId: app.user.userId },
    });
    const stale = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to: 'MATCHING', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const skipped = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to: 'ZUGEWIESEN', version: 2 });
    expect(skipped.status).toBe(409);
    expect(skipped.body).toEqual({
      code: 'REQUEST_TRANSITION_NOT_ALLOWED',
      message: 'Die Anfrage kann nicht von „In Klärung“ zu „Zugewiesen“ wechseln.',
    });
    await moveRequest(requestId, 'MATCHING');

    // 3. the matcher's (or the Fachberatung's) proposals; MENTOR_ANGEFRAGT only through an offer
    const first = await propose(requestId, 0, 1);
    const second = await propose(requestId, 1, 2);
    const noOffer = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to: 'MENTOR_ANGEFRAGT', version: await requestVersion(requestId) });
    expect(noOffer.status).toBe(409);
    expect(noOffer.body.code).toBe('REQUEST_OFFER_REQUIRED');

    // 4. offered to the best-ranked mentor, who sees the request without the alliance
    const offered = await app.http.post(`/api/requests/${requestId}/offers`).send({ proposalIds: [first], version: await requestVersion(requestId) });
    expect(offered.status).toBe(200);
    expect(offered.body).toMatchObject({ requestId, status: 'MENTOR_ANGEFRAGT', proposals: [{ id: first, response: 'ANGEFRAGT', version: 2 }] });
    const asOffered = await mentor(0).get(`/api/requests/${requestId}`);
    expect(asOffered.body).toMatchObject({ allianceVisible: false, alliance: null, offer: { id: first, response: 'ANGEFRAGT' } });
    expect((await mentor(1).post(`/api/proposals/${first}/accept`).send({ version: 2 })).status).toBe(404);
    expect((await mentor(1).post(`/api/proposals/${second}/accept`).send({ version: 1 })).status).toBe(404);

    // 5. declined with a reason: back to matching, the next suggestion is offered
    const noReason = await mentor(0).post(`/api/proposals/${first}/decline`).send({ version: 2 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.reason).toEqual(expect.any(String));
    const declined = await mentor(0).post(`/api/proposals/${first}/decline`).send({ reason: 'Keine Kapazität im Quartal', version: 2 });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ proposalId: first, response: 'ABGELEHNT', requestStatus: 'MATCHING', deploymentId: null });
    const reoffer = await app.http.post(`/api/requests/${requestId}/offers`).send({ proposalIds: [first], version: await requestVersion(requestId) });
    expect(reoffer.status).toBe(409);
    expect(reoffer.body.code).toBe('OFFER_PROPOSAL_NOT_OFFERABLE');
    const next = await app.http.post(`/api/requests/${requestId}/offers`).send({ proposalIds: [second], version: await requestVersion(requestId) });
    expect(next.status).toBe(200);

    // 6. accepted: the request is assigned and the deployment created with the mentor; the alliance is shown now
    const staleAccept = await mentor(1).post(`/api/proposals/${second}/accept`).send({ version: 1 });
    expect(staleAccept.status).toBe(409);
    expect(staleAccept.body.code).toBe('VERSION_CONFLICT');
    const accepted = await mentor(1).post(`/api/proposals/${second}/accept`).send({ version: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ response: 'ZUGESAGT', requestStatus: 'ZUGEWIESEN', deploymentId: expect.any(String) });
    const deploymentId = accepted.body.deploymentId as string;
    expect((await mentor(0).post(`/api/proposals/${first}/accept`).send({ version: 3 })).body.code).toBe('PROPOSAL_ALREADY_ANSWERED');
    expect((await mentor(1).get(`/api/requests/${requestId}`)).body).toMatchObject({ allianceVisible: true, alliance: { id: allianceId } });

    const deployment = await app.http.get(`/api/deployments/${deploymentId}`);
    expect(deployment.body).toMatchObject({
      requestId,
      allianceId,
      status: 'ZUGEWIESEN',
      deploymentType: 'GRUENDUNGSBEGLEITUNG',
      mode: 'VOR_ORT',
      mentors: [{ mentorId: mentorId(1), isLead: true }],
      specialties: [{ code: 'FG01' }],
    });

    // 7. sessions, then TERMINIERT and DURCHGEFUEHRT by the mentor
    const early = await moveDeployment(mentor(1), deploymentId, 'TERMINIERT', 1);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('DEPLOYMENT_SESSION_REQUIRED');
    expect((await moveDeployment(mentor(0), deploymentId, 'TERMINIERT', 1)).status).toBe(404);
    const reportTooEarly = await mentor(1).put(`/api/deployments/${deploymentId}/report`).send({ summary: 'Entwurf vorab' });
    expect(reportTooEarly.status).toBe(200);
    const submitTooEarly = await mentor(1).post(`/api/deployments/${deploymentId}/report/submit`).send({ version: reportTooEarly.body.version });
    expect(submitTooEarly.status).toBe(409);
    expect(submitTooEarly.body.code).toBe('REPORT_DEPLOYMENT_NOT_CARRIED_OUT');
    for (const [heldOn, topic] of [
      ['2025-05-20', 'Analyse der Rahmenbedingungen'],
      ['2025-06-17', 'Gründungsplan mit der Lenkungsgruppe'],
    ]) {
      const session = await mentor(1).post(`/api/deployments/${deploymentId}/sessions`).send({ heldOn, mode: 'VOR_ORT', hours: 3, travelKm: 42, topic });
      expect(session.status).toBe(201);
    }
    const scheduled = await moveDeployment(mentor(1), deploymentId, 'TERMINIERT', 1);
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'TERMINIERT', version: 2 });
    const cancelByMentor = await moveDeployment(mentor(1), deploymentId, 'STORNIERT', 2, 'Keine Zeit');
    expect(cancelByMentor.status).toBe(403);
    expect(cancelByMentor.body.code).toBe('WORKFLOW_ROLE_NOT_ALLOWED');
    const postponeWithoutReason = await moveDeployment(app.http, deploymentId, 'VERSCHOBEN', 2);
    expect(postponeWithoutReason.status).toBe(400);
    expect(postponeWithoutReason.body).toMatchObject({ code: 'WORKFLOW_REASON_REQUIRED', fields: { note: expect.stringContaining('Begründung') } });
    expect((await moveDeployment(mentor(1), deploymentId, 'DURCHGEFUEHRT', 2)).body.status).toBe('DURCHGEFUEHRT');

    // 8. report: submitted, returned with a comment, resubmitted, approved; the deployment follows
    const report = `/api/deployments/${deploymentId}/report`;
    const draft = await mentor(1).put(report).send({ summary: 'Zwei Treffen, Gründungsplan steht.', version: reportTooEarly.body.version });
    const submitted = await mentor(1).post(`${report}/submit`).send({ version: draft.body.version });
    expect(submitted.status).toBe(200);
    expect((await deploymentOf(deploymentId)).status).toBe('BERICHT_EINGEREICHT');
    const returned = await app.http.post(`${report}/review`).send({ decision: 'ZURUECKGEGEBEN', comment: 'Bitte die Ergebnisse ergänzen.', version: submitted.body.version });
    expect(returned.status).toBe(200);
    expect((await deploymentOf(deploymentId)).status).toBe('BERICHT_ZURUECKGEGEBEN');
    const revised = await mentor(1).put(report).send({ summary: 'Zwei Treffen, Gründungsplan steht.', results: 'Lenkungsgruppe mit 9 Partnern.', version: returned.body.version });
    const resubmitted = await mentor(1).post(`${report}/submit`).send({ version: revised.body.version });
    expect(resubmitted.body).toMatchObject({ revision: 2, reviewStatus: 'EINGEREICHT' });
    expect((await deploymentOf(deploymentId)).status).toBe('BERICHT_EINGEREICHT');
    const approved = await app.http.post(`${report}/review`).send({ decision: 'FREIGEGEBEN', version: resubmitted.body.version });
    expect(approved.status).toBe(200);
    let current = await deploymentOf(deploymentId);
    expect(current.status).toBe('BERICHT_FREIGEGEBEN');

    // 9. feedback requested and given by the coordination; then closed and settled
    expect((await moveDeployment(app.http, deploymentId, 'FEEDBACK_ANGEFRAGT', current.version)).status).toBe(200);
    current = await deploymentOf(deploymentId);
    const closeWithoutReason = await moveDeployment(app.http, deploymentId, 'ABGESCHLOSSEN', current.version);
    expect(closeWithoutReason.body.code).toBe('WORKFLOW_REASON_REQUIRED');
    const feedback = await coordinator.post(`/api/deployments/${deploymentId}/feedback`).send({
      source: 'KOORDINATION',
      satisfaction: 5,
      usefulness: 4,
      goalReached: 'JA',
      wouldRecommend: true,
      receivedOn: '2025-07-01',
    });
    expect(feedback.status).toBe(201);
    current = await deploymentOf(deploymentId);
    expect(current.status).toBe('FEEDBACK_ERHALTEN');
    const closed = await moveDeployment(app.http, deploymentId, 'ABGESCHLOSSEN', current.version);
    expect(closed.status).toBe(200);
    expect((await app.http.get(`/api/requests/${requestId}`)).body.status).toBe('ABGESCHLOSSEN');
    expect((await moveDeployment(app.http, deploymentId, 'ABGERECHNET', closed.body.version)).body.status).toBe('ABGERECHNET');

    // 10. the histories, oldest first, with actor and note
    const deploymentHistory = await app.http.get(`/api/deployments/${deploymentId}/transitions`);
    expect(deploymentHistory.status).toBe(200);
    expect((deploymentHistory.body as Transition[]).map((t) => [t.fromStatus, t.toStatus])).toEqual([
      [null, 'ZUGEWIESEN'],
      ['ZUGEWIESEN', 'TERMINIERT'],
      ['TERMINIERT', 'DURCHGEFUEHRT'],
      ['DURCHGEFUEHRT', 'BERICHT_EINGEREICHT'],
      ['BERICHT_EINGEREICHT', 'BERICHT_ZURUECKGEGEBEN'],
      ['BERICHT_ZURUECKGEGEBEN', 'BERICHT_EINGEREICHT'],
      ['BERICHT_EINGEREICHT', 'BERICHT_FREIGEGEBEN'],
      ['BERICHT_FREIGEGEBEN', 'FEEDBACK_ANGEFRAGT'],
      ['FEEDBACK_ANGEFRAGT', 'FEEDBACK_ERHALTEN'],
      ['FEEDBACK_ERHALTEN', 'ABGESCHLOSSEN'],
      ['ABGESCHLOSSEN', 'ABGERECHNET'],
    ]);
    expect((deploymentHistory.body as Transition[])[4]).toMatchObject({ note: 'Bitte die Ergebnisse ergänzen.', actorId: app.user.userId });
    expect((deploymentHistory.body as Transition[])[8]).toMatchObject({ actorId: coordinator.user.userId, actor: coordinator.user.displayName });
    expect((await mentor(1).get(`/api/deployments/${deploymentId}/transitions`)).status).toBe(200);
    expect((await mentor(0).get(`/api/deployments/${deploymentId}/transitions`)).status).toBe(404);

    const requestHistory = await coordinator.get(`/api/requests/${requestId}/transitions`);
    expect(requestHistory.status).toBe(200);
    expect((requestHistory.body as Transition[]).map((t) => [t.fromStatus, t.toStatus])).toEqual([
      [null, 'EINGEGANGEN'],
      ['EINGEGANGEN', 'IN_KLAERUNG'],
      ['IN_KLAERUNG', 'MATCHING'],
      ['MATCHING', 'MENTOR_ANGEFRAGT'],
      ['MENTOR_ANGEFRAGT', 'MATCHING'],
      ['MATCHING', 'MENTOR_ANGEFRAGT'],
      ['MENTOR_ANGEFRAGT', 'ZUGEWIESEN'],
      ['ZUGEWIESEN', 'ABGESCHLOSSEN'],
    ]);
    expect((requestHistory.body as Transition[])[4].note).toContain('Keine Kapazität im Quartal');
    expect((await mentor(1).get(`/api/requests/${requestId}/transitions`)).status).toBe(403);

    // 11. the events, published after commit
    const mine = events.filter((e) => ('requestId' in e && e.requestId === requestId) || ('deploymentId' in e && e.deploymentId === deploymentId));
    expect(mine.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'request.created',
        'offer.sent',
        'offer.declined',
        'offer.accepted',
        'deployment.transitioned',
        'report.submitted',
        'report.returned',
        'report.approved',
        'feedback.requested',
      ]),
    );
    expect(mine.find((e) => e.type === 'offer.declined')).toMatchObject({ mentorId: mentorId(0), reason: 'Keine Kapazität im Quartal' });
    expect(mine.find((e) => e.type === 'report.returned')).toMatchObject({ comment: 'Bitte die Ergebnisse ergänzen.' });
  });

  it('assigns a tandem only when both mentors accepted; the best-ranked one leads', async () => {
    const request = await createRequest(app, allianceId, { occasion: 'VERANSTALTUNG', desiredMode: 'EGAL' });
    await moveRequest(request.id, 'MATCHING');
    const lead = await propose(request.id, 2, 1);
    const partner = await propose(request.id, 3, 2);
    const tooMany = await app.http.post(`/api/requests/${request.id}/offers`).send({ proposalIds: [lead, partner, UNKNOWN_ID], version: await requestVersion(request.id) });
    expect(tooMany.status).toBe(400);
    const sent = await app.http.post(`/api/requests/${request.id}/offers`).send({ proposalIds: [partner, lead], version: await requestVersion(request.id) });
    expect(sent.status).toBe(200);
    const one = await mentor(3).post(`/api/proposals/${partner}/accept`).send({ version: 2 });
    expect(one.body).toMatchObject({ requestStatus: 'MENTOR_ANGEFRAGT', deploymentId: null });
    const both = await mentor(2).post(`/api/proposals/${lead}/accept`).send({ version: 2 });
    expect(both.body).toMatchObject({ requestStatus: 'ZUGEWIESEN', deploymentId: expect.any(String) });
    const deployment = await app.http.get(`/api/deployments/${both.body.deploymentId}`);
    expect(deployment.body).toMatchObject({ deploymentType: 'FACHVORTRAG', mode: 'ONLINE' });
    expect(deployment.body.mentors.map((m: { mentorId: string; isLead: boolean }) => [m.mentorId, m.isLead])).toEqual([
      [mentorId(2), true],
      [mentorId(3), false],
    ]);
  });

  it('takes back open offers when the request leaves MENTOR_ANGEFRAGT by a side exit', async () => {
    const request = await createRequest(app, allianceId);
    await moveRequest(request.id, 'MATCHING');
    const proposal = await propose(request.id, 0, 1);
    await app.http.post(`/api/requests/${request.id}/offers`).send({ proposalIds: [proposal], version: await requestVersion(request.id) });
    expect((await mentor(0).get(`/api/requests/${request.id}`)).status).toBe(200);
    const noReason = await app.http.post(`/api/requests/${request.id}/transitions`).send({ to: 'VERSCHOBEN', version: await requestVersion(request.id) });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.note).toEqual(expect.any(String));
    const postponed = await moveRequest(request.id, 'VERSCHOBEN', 'Gemeinderat entscheidet erst im Herbst');
    expect(postponed.status).toBe('VERSCHOBEN');
    expect((await app.http.get(`/api/requests/${request.id}`)).body.closingReason).toBe('Gemeinderat entscheidet erst im Herbst');
    expect((await mentor(0).get(`/api/requests/${request.id}`)).status).toBe(404);
    expect((await mentor(0).post(`/api/proposals/${proposal}/accept`).send({ version: 2 })).status).toBe(404);
    expect((await app.http.get(`/api/requests/${request.id}/proposals`)).body[0].response).toBe('VORGESCHLAGEN');
  });

  it('lets a coordinator withdraw an own request only, and nothing else', async () => {
    const own = await createRequest(app, allianceId);
    const foreign = await createRequest(app, foreignAllianceId);
    expect((await coordinator.post(`/api/requests/${own.id}/transitions`).send({ to: 'IN_KLAERUNG', version: 1 })).status).toBe(403);
    const foreignAttempt = await coordinator.post(`/api/requests/${foreign.id}/transitions`).send({ to: 'STORNIERT', version: 1, note: 'x' });
    expect(foreignAttempt.status).toBe(404);
    expect((await coordinator.get(`/api/requests/${foreign.id}/transitions`)).status).toBe(404);
    const withdrawn = await coordinator.post(`/api/requests/${own.id}/transitions`).send({ to: 'STORNIERT', version: 1, note: 'Hat sich erledigt' });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'STORNIERT', transition: { actorId: coordinator.user.userId } });
    const again = await app.http.post(`/api/requests/${own.id}/transitions`).send({ to: 'MATCHING', version: withdrawn.body.version });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Die Anfrage kann nicht von „Storniert“ zu „Matching“ wechseln.');
  });

  it('refuses roles without a part in the workflow (403) and validates the bodies (400)', async () => {
    const request = await createRequest(app, allianceId);
    const path = `/api/requests/${request.id}/transitions`;
    expect((await leitung.post(path).send({ to: 'IN_KLAERUNG', version: 1 })).status).toBe(403);
    expect((await mentor(0).post(path).send({ to: 'IN_KLAERUNG', version: 1 })).status).toBe(403);
    expect((await leitung.post(`/api/requests/${request.id}/offers`).send({ proposalIds: [UNKNOWN_ID], version: 1 })).status).toBe(403);
    expect((await app.http.post(`/api/proposals/${UNKNOWN_ID}/accept`).send({ version: 1 })).status).toBe(403);
    expect((await coordinator.post(`/api/proposals/${UNKNOWN_ID}/decline`).send({ reason: 'x', version: 1 })).status).toBe(403);
    const deployment = await createDeployment(app, allianceId, mentorId(0));
    expect((await coordinator.post(`/api/deployments/${deployment.id}/transitions`).send({ to: 'TERMINIERT', version: 1 })).status).toBe(403);
    expect((await leitung.get(`/api/deployments/${deployment.id}/transitions`)).status).toBe(200);

    const cases: [string, Record<string, unknown>, string][] = [
      [path, { to: 'UNBEKANNT', version: 1 }, 'to'],
      [path, { version: 1 }, 'to'],
      [path, { to: 'IN_KLAERUNG' }, 'version'],
      [path, { to: 'IN_KLAERUNG', version: 0 }, 'version'],
      [path, { to: 'IN_KLAERUNG', version: 1, note: 'x'.repeat(2001) }, 'note'],
      [path, { to: 'IN_KLAERUNG', version: 1, geheim: true }, 'geheim'],
      [`/api/deployments/${deployment.id}/transitions`, { to: 'MATCHING', version: 1 }, 'to'],
      [`/api/requests/${request.id}/offers`, { proposalIds: [], version: 1 }, 'proposalIds'],
      [`/api/requests/${request.id}/offers`, { proposalIds: ['kein-vorschlag'], version: 1 }, 'proposalIds'],
      [`/api/requests/${request.id}/offers`, { proposalIds: [UNKNOWN_ID, UNKNOWN_ID], version: 1 }, 'proposalIds'],
      [`/api/requests/${request.id}/offers`, { proposalIds: [UNKNOWN_ID] }, 'version'],
    ];
    for (const [target, body, field] of cases) {
      const response = await app.http.post(target).send(body);
      expect({ target, field, status: response.status }).toEqual({ target, field, status: 400 });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    const declineCases: [Record<string, unknown>, string][] = [
      [{ version: 1 }, 'reason'],
      [{ reason: '   ', version: 1 }, 'reason'],
      [{ reason: 'x'.repeat(1001), version: 1 }, 'reason'],
      [{ reason: 'ok' }, 'version'],
    ];
    for (const [body, field] of declineCases) {
      const response = await mentor(0).post(`/api/proposals/${UNKNOWN_ID}/decline`).send(body);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    const foreignProposal = await propose((await createRequest(app, allianceId)).id, 0, 1);
    const notOwn = await app.http.post(`/api/requests/${request.id}/offers`).send({ proposalIds: [foreignProposal], version: 1 });
    expect(notOwn.status).toBe(400);
    expect(notOwn.body.code).toBe('OFFER_PROPOSAL_NOT_FOUND');
    expect((await app.http.post(`/api/requests/${UNKNOWN_ID}/transitions`).send({ to: 'IN_KLAERUNG', version: 1 })).status).toBe(404);
    expect((await app.http.post('/api/requests/kaputt/transitions').send({ to: 'IN_KLAERUNG', version: 1 })).status).toBe(400);
    expect((await app.http.get(`/api/requests/${request.id}/transitions`)).body).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'EINGEGANGEN', actorId: app.user.userId }),
    ]);
  });

  it('shows a mentor the own feedback only aggregated, and only from three answers on', async () => {
    const fixture = await insertMentor(app, 'Klara', `Rückmeldung-${uniqueSuffix()}`);
    const own = await app.signIn('MENTOR', { mentorProfileId: fixture.mentorId });
    const give = async (satisfaction: number, usefulness: number, goalReached: string): Promise<void> => {
      const deployment = await createDeployment(app, allianceId, fixture.mentorId);
      const response = await app.http.post(`/api/deployments/${deployment.id}/feedback`).send({
        source: 'KOORDINATION',
        satisfaction,
        usefulness,
        goalReached,
        wouldRecommend: satisfaction > 2,
        comment: 'Vertraulicher Freitext',
        receivedOn: '2025-07-01',
      });
      expect(response.status).toBe(201);
    };
    await give(5, 4, 'JA');
    await give(4, 4, 'TEILWEISE');
    const tooFew = await own.get('/api/mentors/me/feedback-summary');
    expect(tooFew.status).toBe(200);
    expect(tooFew.body).toEqual({
      answers: 2,
      minimumAnswers: 3,
      isAvailable: false,
      satisfactionAverage: null,
      usefulnessAverage: null,
      goalReached: null,
      wouldRecommendShare: null,
    });
    await give(2, 3, 'NEIN');
    const summary = await own.get('/api/mentors/me/feedback-summary');
    expect(summary.body).toEqual({
      answers: 3,
      minimumAnswers: 3,
      isAvailable: true,
      satisfactionAverage: 3.7,
      usefulnessAverage: 3.7,
      goalReached: { JA: 1, TEILWEISE: 1, NEIN: 1 },
      wouldRecommendShare: 0.67,
    });
    expect(JSON.stringify(summary.body)).not.toContain('Vertraulich');
    expect((await app.http.get('/api/mentors/me/feedback-summary')).status).toBe(403);
    expect((await coordinator.get('/api/mentors/me/feedback-summary')).status).toBe(403);
  });

  it('lists overdue requests, offers and reports for the Fachberatung and the Leitung', async () => {
    const late = await createRequest(app, allianceId, { receivedOn: '2025-01-06' });
    const fresh = await app.http.post('/api/requests').send(requestBody(allianceId, { receivedOn: new Date().toISOString().slice(0, 10) }));
    const offeredRequest = await createRequest(app, allianceId);
    await moveRequest(offeredRequest.id, 'MATCHING');
    const proposal = await propose(offeredRequest.id, 0, 1);
    await app.http.post(`/api/requests/${offeredRequest.id}/offers`).send({ proposalIds: [proposal], version: await requestVersion(offeredRequest.id) });
    await app.dataSource.query(`UPDATE match_proposal SET offered_at = now() - interval '10 days' WHERE id = $1`, [proposal]);
    const done = await createDeployment(app, allianceId, mentorId(0), { status: 'DURCHGEFUEHRT' });
    await app.http.post(`/api/deployments/${done.id}/sessions`).send({ heldOn: '2025-02-03', mode: 'ONLINE', hours: 2 });

    const overdue = await leitung.get('/api/mentoring/overdue');
    expect(overdue.status).toBe(200);
    expect(overdue.body.requests).toEqual(
      expect.arrayContaining([expect.objectContaining({ requestId: late.id, receivedOn: '2025-01-06', dueOn: '2025-01-08', allianceId })]),
    );
    expect(overdue.body.requests.map((r: { requestId: string }) => r.requestId)).not.toContain(fresh.body.id);
    expect(overdue.body.offers).toEqual(
      expect.arrayContaining([expect.objectContaining({ proposalId: proposal, requestId: offeredRequest.id, mentorName: mentors[0].fixture.name })]),
    );
    expect(overdue.body.reports).toEqual(
      expect.arrayContaining([expect.objectContaining({ deploymentId: done.id, lastSessionOn: '2025-02-03', dueOn: '2025-02-17', status: 'DURCHGEFUEHRT' })]),
    );
    expect((await app.http.get('/api/mentoring/overdue')).status).toBe(200);
    expect((await coordinator.get('/api/mentoring/overdue')).status).toBe(403);
    expect((await mentor(0).get('/api/mentoring/overdue')).status).toBe(403);
  });
});
