import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  AllianceBody,
  createAlliance,
  createScopedView,
  daysFromToday,
  dropScopedView,
  ErrorBody,
  insertAllianceWithId,
  insertPerson,
  insertPersonFunction,
  newId,
  today,
  transition,
} from './alliance-fixtures';

interface StatusChange {
  fromStatus: string | null;
  toStatus: string;
  changedOn: string;
  actor: string;
  reason: string;
}

interface TransitionBody {
  alliance: AllianceBody;
  statusChange: StatusChange;
  warnings: string[];
}

const VALIDATION_ALLIANCE = newId();
const VALIDATION_VIEW = 'e2e_alliance_status_validation';

describe('Bündnisstatus: Übergänge und Verlauf', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await insertAllianceWithId(app, VALIDATION_ALLIANCE, `Statusvalidierung ${uniqueSuffix()}`);
    await createScopedView(app, VALIDATION_VIEW, `SELECT id FROM alliance_status_change WHERE alliance_id = '${VALIDATION_ALLIANCE}'`);
  });

  afterAll(async () => {
    await dropScopedView(app, VALIDATION_VIEW);
    await app.close();
  });

  const history = async (id: string): Promise<StatusChange[]> => {
    const response = await app.http.get(`/api/alliances/${id}/status-history`);
    expect(response.status).toBe(200);
    return response.body as StatusChange[];
  };

  it('walks INTERESSENT → IN_GRUENDUNG → AKTIV → RUHEND → AKTIV, recording actor, date and reason', async () => {
    const created = await createAlliance(app);
    const steps: [string, string, string][] = [
      ['IN_GRUENDUNG', daysFromToday(-400), 'Lenkungsgruppe hat sich konstituiert'],
      ['AKTIV', daysFromToday(-300), 'Gründungsveranstaltung mit Unterzeichnung der gemeinsamen Erklärung'],
      ['RUHEND', daysFromToday(-100), 'Seit 18 Monaten kein Kontakt'],
      ['AKTIV', today(), 'Neustart mit neuer Koordination'],
    ];
    let current: { id: string; version: number } = created;
    const warnings: string[][] = [];
    for (const [toStatus, changedOn, reason] of steps) {
      const response = await app.http
        .post(`/api/alliances/${created.id}/status-transitions`)
        .send({ toStatus, changedOn, reason, version: current.version });
      expect({ toStatus, status: response.status }).toEqual({ toStatus, status: 201 });
      const body = response.body as TransitionBody;
      expect(body.statusChange).toMatchObject({ toStatus, changedOn, reason, actor: app.user.displayName });
      expect(body.alliance.status).toBe(toStatus);
      if (toStatus === 'RUHEND') expect(body.alliance.dormantSince).toBe(changedOn);
      warnings.push(body.warnings);
      current = body.alliance;
    }
    const final = current as AllianceBody;
    expect(final).toMatchObject({ status: 'AKTIV', dormantSince: null, endedOn: null, version: 5 });
    // no coordinator or contact person is recorded: AKTIV is accepted, with a data-quality warning
    expect(warnings[1]).toEqual([expect.stringContaining('Ansprechperson')]);
    expect(warnings[0]).toEqual([]);

    const recorded = await history(created.id);
    expect(recorded.map((c) => [c.fromStatus, c.toStatus])).toEqual([
      ['RUHEND', 'AKTIV'],
      ['AKTIV', 'RUHEND'],
      ['IN_GRUENDUNG', 'AKTIV'],
      ['INTERESSENT', 'IN_GRUENDUNG'],
      [null, 'INTERESSENT'],
    ]);
    const audit: { action: string }[] = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE entity_id = $1 AND action = 'STATUS_CHANGE'`,
      [created.id],
    );
    expect(audit).toHaveLength(4);
    const detail = await app.http.get(`/api/alliances/${created.id}`);
    expect(detail.body.statusHistory).toHaveLength(5);
  });

  it('gives no warning when the alliance has a current coordinator', async () => {
    const created = await createAlliance(app, { status: 'IN_GRUENDUNG' });
    const person = await insertPerson(app, 'Erika', `Koordinata-${uniqueSuffix()}`);
    await insertPersonFunction(app, person, created.id, 'KOORDINATION', daysFromToday(-30), null);
    const response = await app.http
      .post(`/api/alliances/${created.id}/status-transitions`)
      .send({ toStatus: 'AKTIV', reason: 'Gegründet', version: created.version });
    expect(response.status).toBe(201);
    expect((response.body as TransitionBody).warnings).toEqual([]);
  });

  it('refuses transitions that the lifecycle does not allow, with a German explanation, and writes nothing', async () => {
    const interessent = await createAlliance(app);
    const refused = await app.http
      .post(`/api/alliances/${interessent.id}/status-transitions`)
      .send({ toStatus: 'AKTIV', reason: 'Abkürzung', version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'ALLIANCE_TRANSITION_NOT_ALLOWED',
      message: 'Ein Bündnis im Status „Interessent“ kann nicht in den Status „Aktiv“ wechseln.',
    });
    expect(await history(interessent.id)).toHaveLength(1);

    const dissolved = await transition(app, interessent, 'AUFGELOEST', { changedOn: '2024-12-31' });
    expect(dissolved).toMatchObject({ status: 'AUFGELOEST', endedOn: '2024-12-31', version: 2 });
    const revived = await app.http
      .post(`/api/alliances/${interessent.id}/status-transitions`)
      .send({ toStatus: 'AKTIV', reason: 'Wiederbelebung', version: 2 });
    expect(revived.status).toBe(409);
    expect(revived.body.message).toBe('Ein Bündnis im Status „Aufgelöst“ kann nicht in den Status „Aktiv“ wechseln.');
    expect(await history(interessent.id)).toHaveLength(2);
    const after = await app.http.get(`/api/alliances/${interessent.id}`);
    expect(after.body).toMatchObject({ status: 'AUFGELOEST', version: 2 });

    const same = await app.http
      .post(`/api/alliances/${interessent.id}/status-transitions`)
      .send({ toStatus: 'AUFGELOEST', reason: 'Nochmal', version: 2 });
    expect(same.status).toBe(409);
  });

  it('needs the receiving alliance for FUSIONIERT, and only then', async () => {
    const receiving = await createAlliance(app, { territorialLevel: 'LANDKREIS', kreisAgs: '03155', gemeindeAgs: undefined, status: 'AKTIV' });
    const merging = await createAlliance(app, { status: 'AKTIV' });
    const attempt = (body: Record<string, unknown>) =>
      app.http.post(`/api/alliances/${merging.id}/status-transitions`).send({ reason: 'Zusammenlegung im Landkreis', version: 1, ...body });

    const cases: [Record<string, unknown>, string][] = [
      [{ toStatus: 'FUSIONIERT' }, 'MERGED_INTO_REQUIRED'],
      [{ toStatus: 'FUSIONIERT', mergedIntoId: merging.id }, 'MERGED_INTO_SELF'],
      [{ toStatus: 'FUSIONIERT', mergedIntoId: '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d' }, 'MERGED_INTO_NOT_FOUND'],
      [{ toStatus: 'RUHEND', mergedIntoId: receiving.id }, 'MERGED_INTO_NOT_ALLOWED'],
    ];
    for (const [body, code] of cases) {
      const response = await attempt(body);
      expect({ code, status: response.status, body: response.body.code }).toEqual({ code, status: 400, body: code });
      expect((response.body as ErrorBody).fields?.['mergedIntoId']).toEqual(expect.any(String));
    }
    expect(await history(merging.id)).toHaveLength(1);

    const merged = await attempt({ toStatus: 'FUSIONIERT', mergedIntoId: receiving.id });
    expect(merged.status).toBe(201);
    expect((merged.body as TransitionBody).alliance).toMatchObject({ status: 'FUSIONIERT', mergedIntoId: receiving.id, endedOn: today() });
    const detail = await app.http.get(`/api/alliances/${merging.id}`);
    expect(detail.body.mergedInto).toMatchObject({ id: receiving.id, code: receiving.code });

    const intoEnded = await createAlliance(app, { status: 'AKTIV' });
    const ended = await app.http
      .post(`/api/alliances/${intoEnded.id}/status-transitions`)
      .send({ toStatus: 'FUSIONIERT', mergedIntoId: merging.id, reason: 'x', version: 1 });
    expect(ended.status).toBe(400);
    expect(ended.body.code).toBe('MERGED_INTO_ENDED');
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const created = await createAlliance(app);
    const first = await transition(app, created, 'IN_GRUENDUNG');
    expect(first.version).toBe(2);
    const stale = await app.http
      .post(`/api/alliances/${created.id}/status-transitions`)
      .send({ toStatus: 'AUFGELOEST', reason: 'Veraltet', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/alliances/${created.id}`)).body).toMatchObject({ status: 'IN_GRUENDUNG', version: 2 });
    expect(await history(created.id)).toHaveLength(2);
  });

  it('rejects a future date, keeps status changes out of PUT, and answers unknown and malformed ids', async () => {
    const created = await createAlliance(app);
    const future = await app.http
      .post(`/api/alliances/${created.id}/status-transitions`)
      .send({ toStatus: 'IN_GRUENDUNG', reason: 'Geplant', changedOn: daysFromToday(1), version: 1 });
    expect(future.status).toBe(400);
    expect(future.body.fields.changedOn).toEqual(expect.any(String));
    await transition(app, created, 'IN_GRUENDUNG', { changedOn: '2023-06-01' });
    const backwards = await app.http
      .post(`/api/alliances/${created.id}/status-transitions`)
      .send({ toStatus: 'AKTIV', reason: 'Rückdatiert', changedOn: '2023-05-31', version: 2 });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields.changedOn).toContain('01.06.2023');
    const blank = await app.http
      .post(`/api/alliances/${created.id}/status-transitions`)
      .send({ toStatus: 'AKTIV', reason: '   ', version: 2 });
    expect(blank.status).toBe(400);
    expect(blank.body.fields.reason).toEqual(expect.any(String));

    const put = await app.http
      .put(`/api/alliances/${created.id}`)
      .send({ name: created.name, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', status: 'AKTIV', version: 2 });
    expect(put.status).toBe(400);
    expect(put.body.fields.status).toEqual(expect.any(String));

    const unknown = await app.http
      .post('/api/alliances/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d/status-transitions')
      .send({ toStatus: 'IN_GRUENDUNG', reason: 'x', version: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ALLIANCE_NOT_FOUND');
    expect((await app.http.get('/api/alliances/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d/status-history')).status).toBe(404);
    expect((await app.http.get('/api/alliances/keine-uuid/status-history')).status).toBe(400);
  });

  describeCreateValidation(() => app, {
    path: `/api/alliances/${VALIDATION_ALLIANCE}/status-transitions`,
    table: VALIDATION_VIEW,
    validBody: () => ({ toStatus: 'IN_GRUENDUNG', reason: 'Initiativgruppe gebildet', version: 1 }),
    required: ['toStatus', 'reason', 'version'],
    wrongTypes: { toStatus: 'VERSCHWUNDEN', reason: 7, version: '1', changedOn: '2024-13-01', mergedIntoId: 'keine-uuid' },
    maxLengths: { reason: 2000 },
  });
});
