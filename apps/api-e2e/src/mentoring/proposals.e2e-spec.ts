import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { createRequest, CreatedRequest, insertAlliance, insertMentor, MentorFixture, UNKNOWN_ID } from './mentoring-fixtures';

const explanation = [
  { criterion: 'Fachgebiet-Fit', points: 30, text: 'Beherrscht FG01 Bündnisgründung auf Expertise-Niveau.' },
  { criterion: 'Entfernung/Land', points: 12.5, text: 'Gleiches Bundesland (Niedersachsen), 35 km.' },
  { criterion: 'Konflikt', points: -10, text: 'Partnervertreterin in einem Nachbarbündnis.' },
];

describe('Matching-Vorschläge API', () => {
  let app: TestApp;
  let request: CreatedRequest;
  let mentors: MentorFixture[];
  let validationPath = '/api/requests/:id/proposals';
  let validationMentor: MentorFixture;

  beforeAll(async () => {
    app = await startTestApp();
    request = await createRequest(app, await insertAlliance(app));
    mentors = [await insertMentor(app, 'Mara', `Erste-${uniqueSuffix()}`), await insertMentor(app, 'Lena', `Zweite-${uniqueSuffix()}`)];
    validationPath = `/api/requests/${(await createRequest(app, request.allianceId)).id}/proposals`;
    validationMentor = await insertMentor(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('adds ranked proposals with explanation and lists them by rank with mentor names', async () => {
    const second = await app.http.post(`/api/requests/${request.id}/proposals`).send({ mentorId: mentors[1].mentorId, rank: 2, score: 61 });
    expect(second.status).toBe(201);
    const first = await app.http.post(`/api/requests/${request.id}/proposals`).send({ mentorId: mentors[0].mentorId, rank: 1, score: 82.5, explanation });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      requestId: request.id,
      mentorName: mentors[0].name,
      rank: 1,
      score: 82.5,
      explanation,
      response: 'VORGESCHLAGEN',
      proposedBy: expect.any(String),
      respondedAt: null,
      version: 1,
    });

    const list = await app.http.get(`/api/requests/${request.id}/proposals`);
    expect(list.status).toBe(200);
    expect(list.body.map((p: { mentorName: string }) => p.mentorName)).toEqual([mentors[0].name, mentors[1].name]);

    const duplicate = await app.http.post(`/api/requests/${request.id}/proposals`).send({ mentorId: mentors[0].mentorId, rank: 3, score: 10 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.code).toBe('PROPOSAL_DUPLICATE');

    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1`, [first.body.id]);
    expect(audit).toEqual([{ action: 'CREATE' }]);
  });

  /** Matching, then the offer to this one proposal (an answer is possible only to an offer). */
  const offer = async (requestId: string, proposalId: string): Promise<void> => {
    const matching = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to: 'MATCHING', version: 1 });
    expect(matching.status).toBe(200);
    const sent = await app.http.post(`/api/requests/${requestId}/offers`).send({ proposalIds: [proposalId], version: matching.body.version });
    expect(sent.status).toBe(200);
  };

  it('records an answer once: a second answer is 409', async () => {
    const own = await createRequest(app, request.allianceId);
    const proposal = await app.http.post(`/api/requests/${own.id}/proposals`).send({ mentorId: mentors[0].mentorId, rank: 1, score: 70 });
    const early = await app.http.post(`/api/requests/${own.id}/proposals/${proposal.body.id}/response`).send({ response: 'ZUGESAGT', version: 1 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('OFFER_NOT_SENT');
    await offer(own.id, proposal.body.id);

    const accepted = await app.http.post(`/api/requests/${own.id}/proposals/${proposal.body.id}/response`).send({ response: 'ZUGESAGT', version: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ response: 'ZUGESAGT', responseReason: null, version: 3 });
    expect(Date.parse(accepted.body.respondedAt)).not.toBeNaN();

    const again = await app.http
      .post(`/api/requests/${own.id}/proposals/${proposal.body.id}/response`)
      .send({ response: 'ABGELEHNT', reason: 'Doch keine Zeit', version: 3 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PROPOSAL_ALREADY_ANSWERED');
    expect((await app.http.get(`/api/requests/${own.id}/proposals`)).body[0].response).toBe('ZUGESAGT');
  });

  it('needs a reason for a refusal and the current version', async () => {
    const own = await createRequest(app, request.allianceId);
    const proposal = await app.http.post(`/api/requests/${own.id}/proposals`).send({ mentorId: mentors[1].mentorId, rank: 1, score: 50 });
    await offer(own.id, proposal.body.id);
    const path = `/api/requests/${own.id}/proposals/${proposal.body.id}/response`;

    const noReason = await app.http.post(path).send({ response: 'ABGELEHNT', version: 1 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.reason).toEqual(expect.any(String));
    expect((await app.http.post(path).send({ response: 'ABGELEHNT', reason: '', version: 1 })).body.fields.reason).toEqual(expect.any(String));
    expect((await app.http.post(path).send({ response: 'VORGESCHLAGEN', version: 1 })).body.fields.response).toEqual(expect.any(String));
    expect((await app.http.post(path).send({ response: 'ZUGESAGT' })).body.fields.version).toEqual(expect.any(String));

    const stale = await app.http.post(path).send({ response: 'ABGELEHNT', reason: 'Keine Kapazität im Quartal', version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const refused = await app.http.post(path).send({ response: 'ABGELEHNT', reason: 'Keine Kapazität im Quartal', version: 2 });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ response: 'ABGELEHNT', responseReason: 'Keine Kapazität im Quartal' });
  });

  it('answers unknown requests, proposals and mentors with 404/400', async () => {
    expect((await app.http.get(`/api/requests/${UNKNOWN_ID}/proposals`)).body.code).toBe('REQUEST_NOT_FOUND');
    const unknownRequest = await app.http.post(`/api/requests/${UNKNOWN_ID}/proposals`).send({ mentorId: mentors[0].mentorId, rank: 1, score: 1 });
    expect(unknownRequest.status).toBe(404);
    const unknownMentor = await app.http.post(`/api/requests/${request.id}/proposals`).send({ mentorId: UNKNOWN_ID, rank: 1, score: 1 });
    expect(unknownMentor.status).toBe(400);
    expect(unknownMentor.body.fields.mentorId).toEqual(expect.any(String));
    const unknownProposal = await app.http.post(`/api/requests/${request.id}/proposals/${UNKNOWN_ID}/response`).send({ response: 'ZUGESAGT', version: 1 });
    expect(unknownProposal.status).toBe(404);
    expect(unknownProposal.body.code).toBe('PROPOSAL_NOT_FOUND');

    const other = await createRequest(app, request.allianceId);
    const foreign = await app.http.post(`/api/requests/${other.id}/proposals`).send({ mentorId: mentors[0].mentorId, rank: 1, score: 1 });
    const wrongParent = await app.http.post(`/api/requests/${request.id}/proposals/${foreign.body.id}/response`).send({ response: 'ZUGESAGT', version: 1 });
    expect(wrongParent.status).toBe(404);
    expect((await app.http.post(`/api/requests/${request.id}/proposals/kaputt/response`).send({ response: 'ZUGESAGT', version: 1 })).status).toBe(400);
  });

  it('validates the explanation entries', async () => {
    const tooMany = Array.from({ length: 21 }, (_, i) => ({ criterion: `K${i}`, points: 1, text: 'x' }));
    const cases: [unknown, string][] = [
      [tooMany, 'explanation'],
      ['Fachgebiet', 'explanation'],
      [[{ criterion: 'x'.repeat(61), points: 1, text: 'ok' }], 'explanation.0.criterion'],
      [[{ criterion: 'ok', points: 1, text: 'x'.repeat(301) }], 'explanation.0.text'],
      [[{ criterion: 'ok', points: 'viel', text: 'ok' }], 'explanation.0.points'],
      [[{ criterion: 'ok', points: 1, text: 'ok', geheim: true }], 'explanation.0.geheim'],
      [['kein Objekt'], 'explanation.0'],
    ];
    for (const [value, field] of cases) {
      const response = await app.http.post(`/api/requests/${request.id}/proposals`).send({ mentorId: UNKNOWN_ID, rank: 1, score: 1, explanation: value });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
  });

  describeCreateValidation(() => app, {
    // the title shows the placeholder; the cases run against the request created in beforeAll
    get path() {
      return validationPath;
    },
    table: 'match_proposal',
    validBody: () => ({ mentorId: validationMentor.mentorId, rank: 1, score: 1 }),
    required: ['mentorId', 'rank', 'score'],
    wrongTypes: { mentorId: 'keine-uuid', rank: 1.5, score: 'hoch', explanation: { criterion: 'x' } },
    // the body has no free text at the top level (explanation texts are checked above); a UUID has 36 characters
    maxLengths: { mentorId: 36 },
  });
});
