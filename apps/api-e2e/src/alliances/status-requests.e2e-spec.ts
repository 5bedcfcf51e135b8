import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { AllianceBody, createAlliance, createScopedView, dropScopedView, insertAllianceWithId, newId, transition } from './alliance-fixtures';
import { deniedEntries, Session } from './access-fixtures';

interface RequestBody {
  id: string;
  allianceId: string;
  currentStatus: string;
  requestedStatus: string;
  reason: string;
  requestedByName: string | null;
  decision: string;
  decidedByName: string | null;
  decisionNote: string | null;
  version: number;
}

interface DecisionBody {
  request: RequestBody;
  transition: { alliance: AllianceBody; statusChange: { actor: string; reason: string; toStatus: string } } | null;
}

const VALIDATION_ALLIANCE = newId();
const VALIDATION_VIEW = 'e2e_status_request_validation';

describe('Anträge auf Statusänderung', () => {
  let app: TestApp;
  let own: AllianceBody;
  let ownActive: AllianceBody;
  let foreign: AllianceBody;
  let coordinator: Session;
  let tag: string;

  beforeAll(async () => {
    app = await startTestApp();
    tag = uniqueSuffix();
    own = await createAlliance(app, { name: `Antrag Eigen ${tag}` });
    ownActive = await createAlliance(app, { name: `Antrag Aktiv ${tag}`, status: 'AKTIV' });
    foreign = await createAlliance(app, { name: `Antrag Fremd ${tag}` });
    await insertAllianceWithId(app, VALIDATION_ALLIANCE, `Antragsvalidierung ${tag}`);
    await createScopedView(app, VALIDATION_VIEW, `SELECT id FROM status_change_request WHERE alliance_id = '${VALIDATION_ALLIANCE}'`);
    coordinator = await app.signIn('KOORDINATION', { allianceIds: [own.id, ownActive.id, VALIDATION_ALLIANCE] });
  });

  afterAll(async () => {
    await dropScopedView(app, VALIDATION_VIEW);
    await app.close();
  });

  const request = (allianceId: string, requestedStatus: string, reason = 'Die Lenkungsgruppe hat sich konstituiert.') =>
    coordinator.post(`/api/alliances/${allianceId}/status-requests`).send({ requestedStatus, reason });

  const decide = (requestId: string, body: Record<string, unknown>) => app.http.post(`/api/status-requests/${requestId}/decision`).send(body);

  it('a coordinator asks, the Fachberatung accepts, and the transition is recorded with the deciding user', async () => {
    const refused = await request(own.id, 'AKTIV');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'ALLIANCE_TRANSITION_NOT_ALLOWED',
      message: 'Ein Bündnis im Status „Interessent“ kann nicht in den Status „Aktiv“ wechseln.',
    });
    expect(refused.body.fields.requestedStatus).toEqual(expect.any(String));

    const created = await request(own.id, 'IN_GRUENDUNG');
    expect(created.status).toBe(201);
    const asked = created.body as RequestBody;
    expect(asked).toMatchObject({ allianceId: own.id, currentStatus: 'INTERESSENT', requestedStatus: 'IN_GRUENDUNG', decision: 'OFFEN', version: 1 });
    expect(asked.requestedByName).toBe(coordinator.user.displayName);

    const second = await request(own.id, 'AUFGELOEST', 'Doch lieber auflösen');
    expect({ status: second.status, code: second.body.code }).toEqual({ status: 409, code: 'STATUS_REQUEST_OPEN' });

    const mine = await coordinator.get(`/api/alliances/${own.id}/status-requests`);
    expect(mine.body.map((r: RequestBody) => r.id)).toEqual([asked.id]);
    const queue = await app.http.get(`/api/status-requests?decision=OFFEN&q=${encodeURIComponent(`Antrag Eigen ${tag}`)}`);
    expect(queue.status).toBe(200);
    expect({ total: queue.body.total, ids: queue.body.items.map((r: RequestBody) => r.id) }).toEqual({ total: 1, ids: [asked.id] });

    const accepted = await decide(asked.id, { decision: 'ANGENOMMEN', note: 'Passt, viel Erfolg!', version: 1 });
    expect(accepted.status).toBe(200);
    const result = accepted.body as DecisionBody;
    expect(result.request).toMatchObject({ decision: 'ANGENOMMEN', decidedByName: app.user.displayName, decisionNote: 'Passt, viel Erfolg!', version: 2 });
    expect(result.request.currentStatus).toBe('IN_GRUENDUNG');
    expect(result.transition?.alliance.status).toBe('IN_GRUENDUNG');
    expect(result.transition?.statusChange.actor).toBe(app.user.displayName);

    const history = await coordinator.get(`/api/alliances/${own.id}/status-history`);
    expect(history.body[0]).toMatchObject({ fromStatus: 'INTERESSENT', toStatus: 'IN_GRUENDUNG', actor: app.user.displayName });
    expect(history.body[0].reason).toContain('Die Lenkungsgruppe hat sich konstituiert.');
    expect(history.body[0].reason).toContain('Passt, viel Erfolg!');

    const audit: { action: string; entity_type: string }[] = await app.dataSource.query(
      `SELECT action, entity_type FROM audit_entry WHERE entity_id IN ($1, $2) AND action <> 'PERMISSION_DENIED' ORDER BY occurred_at`,
      [asked.id, own.id],
    );
    expect(audit.map((e) => `${e.entity_type}:${e.action}`)).toEqual([
      'Alliance:CREATE',
      'StatusChangeRequest:CREATE',
      'Alliance:STATUS_CHANGE',
      'StatusChangeRequest:UPDATE',
    ]);

    const again = await decide(asked.id, { decision: 'ABGELEHNT', note: 'Doch nicht', version: 2 });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'STATUS_REQUEST_DECIDED' });
  });

  it('a refusal needs a note and changes nothing; a decided request frees the way for a new one', async () => {
    const asked = (await request(ownActive.id, 'RUHEND', 'Seit einem Jahr keine Treffen.')).body as RequestBody;
    const noNote = await decide(asked.id, { decision: 'ABGELEHNT', version: 1 });
    expect({ status: noNote.status, field: noNote.body.fields?.note }).toEqual({ status: 400, field: 'Bitte begründen Sie die Ablehnung.' });
    const withDate = await decide(asked.id, { decision: 'ABGELEHNT', note: 'Nein', changedOn: '2024-01-01', version: 1 });
    expect(withDate.body.fields?.changedOn).toEqual(expect.any(String));

    const refused = await decide(asked.id, { decision: 'ABGELEHNT', note: 'Im Frühjahr war noch ein Treffen; bitte melden Sie sich.', version: 1 });
    expect(refused.status).toBe(200);
    expect((refused.body as DecisionBody).transition).toBeNull();
    expect((refused.body as DecisionBody).request).toMatchObject({ decision: 'ABGELEHNT', currentStatus: 'AKTIV' });
    expect((await app.http.get(`/api/alliances/${ownActive.id}`)).body).toMatchObject({ status: 'AKTIV', version: ownActive.version });

    const next = await request(ownActive.id, 'RUHEND', 'Jetzt wirklich ruhend.');
    expect(next.status).toBe(201);
    const stale = await decide(next.body.id, { decision: 'ANGENOMMEN', version: 7 });
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 409, code: 'VERSION_CONFLICT' });
  });

  it('accepting re-checks the lifecycle: a request that the status has overtaken is refused with 409', async () => {
    const alliance = await createAlliance(app, { name: `Antrag Überholt ${tag}`, status: 'AKTIV' });
    const other = await app.signIn('KOORDINATION', { allianceIds: [alliance.id] });
    const asked = await other.post(`/api/alliances/${alliance.id}/status-requests`).send({ requestedStatus: 'RUHEND', reason: 'Pause' });
    expect(asked.status).toBe(201);
    await transition(app, alliance, 'AUFGELOEST');
    const accepted = await decide(asked.body.id, { decision: 'ANGENOMMEN', version: 1 });
    expect({ status: accepted.status, code: accepted.body.code }).toEqual({ status: 409, code: 'ALLIANCE_TRANSITION_NOT_ALLOWED' });
    expect((await app.http.get(`/api/alliances/${alliance.id}/status-requests`)).body[0].decision).toBe('OFFEN');
  });

  it('keeps requests to own alliances and decisions to the Fachberatung', async () => {
    const intoForeign = await request(foreign.id, 'IN_GRUENDUNG');
    expect({ status: intoForeign.status, code: intoForeign.body.code }).toEqual({ status: 404, code: 'ALLIANCE_NOT_FOUND' });
    expect(await deniedEntries(app, coordinator.user, foreign.id)).toHaveLength(1);
    expect((await coordinator.get(`/api/alliances/${foreign.id}/status-requests`)).status).toBe(404);
    expect((await coordinator.get('/api/status-requests')).status).toBe(403);
    expect((await app.http.post(`/api/alliances/${foreign.id}/status-requests`).send({ requestedStatus: 'IN_GRUENDUNG', reason: 'x' })).status).toBe(403);

    const asked = (await request(own.id, 'AKTIV', 'Gründungsveranstaltung war gestern.')).body as RequestBody;
    expect((await coordinator.post(`/api/status-requests/${asked.id}/decision`).send({ decision: 'ANGENOMMEN', version: 1 })).status).toBe(403);
    const leitung = await app.signIn('LEITUNG');
    expect((await leitung.post(`/api/status-requests/${asked.id}/decision`).send({ decision: 'ANGENOMMEN', version: 1 })).status).toBe(403);
    expect((await leitung.get('/api/status-requests?decision=OFFEN')).status).toBe(200);

    const unknown = await decide('7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d', { decision: 'ANGENOMMEN', version: 1 });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'STATUS_REQUEST_NOT_FOUND' });
    expect((await decide('kein-antrag', { decision: 'ANGENOMMEN', version: 1 })).status).toBe(400);
    expect((await decide(asked.id, { decision: 'OFFEN', version: 1 })).body.fields.decision).toEqual(expect.any(String));
  });

  it('pages, filters and sorts the queue', async () => {
    expect((await app.http.get('/api/status-requests?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/status-requests?page=0')).status).toBe(400);
    expect((await app.http.get('/api/status-requests?decision=VIELLEICHT')).body.fields.decision).toEqual(expect.any(String));
    expect((await app.http.get('/api/status-requests?sort=reason')).status).toBe(400);
    const mine = await app.http.get(`/api/status-requests?q=${encodeURIComponent(`Antrag ${tag}`)}&sort=allianceName&pageSize=100`);
    const allianceNames: string[] = mine.body.items.map((r: { allianceName: string }) => r.allianceName);
    expect(allianceNames).toEqual([...allianceNames].sort((x, y) => x.localeCompare(y, 'de')));
    expect(mine.body.total).toBeGreaterThanOrEqual(4);
    const decided = await app.http.get(`/api/status-requests?allianceId=${own.id}&decision=ANGENOMMEN`);
    expect(decided.body.total).toBe(1);
  });

  describeCreateValidation(() => ({ ...app, http: coordinator }), {
    path: `/api/alliances/${VALIDATION_ALLIANCE}/status-requests`,
    table: VALIDATION_VIEW,
    validBody: () => ({ requestedStatus: 'IN_GRUENDUNG', reason: 'Die Initiativgruppe trifft sich regelmäßig.' }),
    required: ['requestedStatus', 'reason'],
    wrongTypes: { requestedStatus: 'VERSCHWUNDEN', reason: 12 },
    maxLengths: { reason: 2000 },
  });
});
