import { countRows, startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { insertAlliance, requestBody, ST_ALLIANCE, UNKNOWN_ID } from './mentoring-fixtures';

/**
 * Issue 5, "Workflow": an interested party without an alliance record can be the requester; the
 * Fachberatung creates the alliance as INTERESSENT together with the request, in one transaction.
 */
describe('Anfrage eines Interessenten ohne Bündnis-Datensatz', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  /** A create body without any requester. */
  const withoutAlliance = (overrides: Record<string, unknown> = {}): Record<string, unknown> => {
    const body = requestBody(UNKNOWN_ID, overrides);
    delete body['allianceId'];
    return body;
  };

  /** A create body with `newAlliance` instead of `allianceId`. */
  const newAllianceBody = (newAlliance: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    ...withoutAlliance(overrides),
    newAlliance,
  });

  it('creates the alliance as INTERESSENT in the Gemeinde and the request linked to it, both audited', async () => {
    const name = `Interessent Haldensleben ${uniqueSuffix()}`;
    const response = await app.http
      .post('/api/requests')
      .send(newAllianceBody({ name: `  ${name} `, gemeindeAgs: ST_ALLIANCE.gemeindeAgs }, { description: 'Anruf der Bürgermeisterin.' }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'EINGEGANGEN', version: 1, fachgebietCodes: ['FG01'], description: 'Anruf der Bürgermeisterin.' });
    const allianceId = response.body.allianceId as string;

    const [alliance] = await app.dataSource.query(
      `SELECT name, status, territorial_level, land_code, kreis_ags, gemeinde_ags, code FROM alliance WHERE id = $1`,
      [allianceId],
    );
    expect(alliance).toMatchObject({
      name,
      status: 'INTERESSENT',
      territorial_level: 'GEMEINDE',
      land_code: ST_ALLIANCE.landCode,
      kreis_ags: ST_ALLIANCE.kreisAgs,
      gemeinde_ags: ST_ALLIANCE.gemeindeAgs,
    });
    expect(alliance.code).toMatch(/^LBF-ST-\d{4}$/);

    const detail = await app.http.get(`/api/requests/${response.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.alliance).toMatchObject({ id: allianceId, status: 'INTERESSENT', landCode: ST_ALLIANCE.landCode });
    const allianceRead = await app.http.get(`/api/alliances/${allianceId}`);
    expect(allianceRead.status).toBe(200);
    expect(allianceRead.body).toMatchObject({ name, status: 'INTERESSENT' });

    const audit: { entity_type: string; action: string }[] = await app.dataSource.query(
      `SELECT entity_type, action FROM audit_entry WHERE entity_id IN ($1, $2) ORDER BY entity_type`,
      [allianceId, response.body.id],
    );
    expect(audit).toEqual([
      { entity_type: 'Alliance', action: 'CREATE' },
      { entity_type: 'MentoringRequest', action: 'CREATE' },
    ]);
    const statusChanges = await app.dataSource.query(`SELECT from_status, to_status FROM alliance_status_change WHERE alliance_id = $1`, [allianceId]);
    expect(statusChanges).toEqual([{ from_status: null, to_status: 'INTERESSENT' }]);
  });

  it('rolls the alliance back when the request part is refused', async () => {
    const name = `Interessent Rollback ${uniqueSuffix()}`;
    const alliancesBefore = await countRows(app.dataSource, 'alliance');
    const requestsBefore = await countRows(app.dataSource, 'mentoring_request');
    const auditBefore = await countRows(app.dataSource, 'audit_entry');

    // a well-formed but unknown Handlungsfeld: refused by the service after the alliance was inserted
    const response = await app.http
      .post('/api/requests')
      .send(newAllianceBody({ name, gemeindeAgs: ST_ALLIANCE.gemeindeAgs }, { handlungsfeldIds: [UNKNOWN_ID] }));
    expect(response.status).toBe(400);
    expect(response.body.fields).toHaveProperty('handlungsfeldIds');

    expect(await countRows(app.dataSource, 'alliance')).toBe(alliancesBefore);
    expect(await countRows(app.dataSource, 'mentoring_request')).toBe(requestsBefore);
    expect(await countRows(app.dataSource, 'audit_entry')).toBe(auditBefore);
    expect(await app.dataSource.query(`SELECT id FROM alliance WHERE name = $1`, [name])).toEqual([]);
  });

  it('reports an unknown Gemeinde and a missing name on the newAlliance fields, writing nothing', async () => {
    const alliancesBefore = await countRows(app.dataSource, 'alliance');

    const unknownGemeinde = await app.http.post('/api/requests').send(newAllianceBody({ name: 'Interessent Nirgendwo', gemeindeAgs: '99999999' }));
    expect(unknownGemeinde.status).toBe(400);
    expect(unknownGemeinde.body.code).toBe('GEMEINDE_NOT_FOUND');
    expect(unknownGemeinde.body.fields).toEqual({ 'newAlliance.gemeindeAgs': 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.' });

    const noName = await app.http.post('/api/requests').send(newAllianceBody({ name: '  ', gemeindeAgs: ST_ALLIANCE.gemeindeAgs }));
    expect(noName.status).toBe(400);
    expect(noName.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(noName.body.fields)).toEqual(['newAlliance.name']);

    const badAgs = await app.http.post('/api/requests').send(newAllianceBody({ gemeindeAgs: '1508' }));
    expect(badAgs.status).toBe(400);
    expect(Object.keys(badAgs.body.fields).sort()).toEqual(['newAlliance.gemeindeAgs', 'newAlliance.name']);

    expect(await countRows(app.dataSource, 'alliance')).toBe(alliancesBefore);
  });

  it('refuses a body with both allianceId and newAlliance, or with neither, with German messages', async () => {
    const allianceId = await insertAlliance(app);
    const requestsBefore = await countRows(app.dataSource, 'mentoring_request');
    const alliancesBefore = await countRows(app.dataSource, 'alliance');

    const both = await app.http
      .post('/api/requests')
      .send(requestBody(allianceId, { newAlliance: { name: `Doppelt ${uniqueSuffix()}`, gemeindeAgs: ST_ALLIANCE.gemeindeAgs } }));
    expect(both.status).toBe(400);
    expect(both.body.fields).toEqual({ newAlliance: 'Entweder ein bestehendes Bündnis oder ein neuer Interessent – nicht beides.' });

    const neither = await app.http.post('/api/requests').send(withoutAlliance());
    expect(neither.status).toBe(400);
    expect(neither.body.fields).toEqual({ allianceId: 'Bitte ein Bündnis wählen oder einen neuen Interessenten angeben.' });

    const nulls = await app.http.post('/api/requests').send({ ...withoutAlliance(), allianceId: null, newAlliance: null });
    expect(nulls.status).toBe(400);
    expect(nulls.body.fields).toEqual({ allianceId: 'Bitte ein Bündnis wählen oder einen neuen Interessenten angeben.' });

    const notAnObject = await app.http.post('/api/requests').send({ ...withoutAlliance(), newAlliance: 'Interessent' });
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body.fields).toHaveProperty('newAlliance');

    expect(await countRows(app.dataSource, 'mentoring_request')).toBe(requestsBefore);
    expect(await countRows(app.dataSource, 'alliance')).toBe(alliancesBefore);
  });

  it('does not accept newAlliance on update', async () => {
    const allianceId = await insertAlliance(app);
    const created = await app.http.post('/api/requests').send(requestBody(allianceId));
    expect(created.status).toBe(201);
    const response = await app.http
      .put(`/api/requests/${created.body.id}`)
      .send(requestBody(allianceId, { version: 1, newAlliance: { name: 'Interessent', gemeindeAgs: ST_ALLIANCE.gemeindeAgs } }));
    expect(response.status).toBe(400);
    expect(response.body.fields).toHaveProperty('newAlliance');
  });

  it('refuses newAlliance for a coordinator (403) and writes nothing; Leitung may not create requests at all', async () => {
    const ownAlliance = await insertAlliance(app);
    const coordinator = await app.signIn('KOORDINATION', { allianceIds: [ownAlliance] });
    const alliancesBefore = await countRows(app.dataSource, 'alliance');
    const requestsBefore = await countRows(app.dataSource, 'mentoring_request');

    const refused = await coordinator
      .post('/api/requests')
      .send(newAllianceBody({ name: `Interessent Koordination ${uniqueSuffix()}`, gemeindeAgs: ST_ALLIANCE.gemeindeAgs }));
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'REQUEST_NEW_ALLIANCE_FORBIDDEN', message: expect.stringContaining('Fachberatung') });

    const leitung = await app.signIn('LEITUNG');
    const leitungRefused = await leitung
      .post('/api/requests')
      .send(newAllianceBody({ name: `Interessent Leitung ${uniqueSuffix()}`, gemeindeAgs: ST_ALLIANCE.gemeindeAgs }));
    expect(leitungRefused.status).toBe(403);

    expect(await countRows(app.dataSource, 'alliance')).toBe(alliancesBefore);
    expect(await countRows(app.dataSource, 'mentoring_request')).toBe(requestsBefore);

    // the coordinator's ordinary path still works
    const own = await coordinator.post('/api/requests').send(requestBody(ownAlliance));
    expect(own.status).toBe(201);
  });
});
