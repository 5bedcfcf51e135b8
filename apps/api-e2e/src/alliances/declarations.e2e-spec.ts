import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  AllianceBody,
  createAlliance,
  createOrganisation,
  createScopedView,
  daysFromToday,
  dropScopedView,
  ErrorBody,
  insertAllianceWithId,
  insertEvent,
  insertPerson,
  newId,
} from './alliance-fixtures';

interface SignatureBody {
  id: string;
  declarationId: string;
  organisationId: string;
  organisationName: string;
  signatoryName: string | null;
  signedOn: string;
  occasion: string;
  eventId: string | null;
}

interface DeclarationBody {
  id: string;
  kind: string;
  title: string;
  adoptedOn: string | null;
  eventId: string | null;
  eventTitle: string | null;
  signatures: SignatureBody[];
  version: number;
}

const VALIDATION_ALLIANCE = newId();
const VALIDATION_DECLARATION = newId();
const DECLARATION_VIEW = 'e2e_declaration_validation';
const SIGNATURE_VIEW = 'e2e_signature_validation';
const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

describe('Gemeinsame Erklärungen API', () => {
  let app: TestApp;
  let alliance: AllianceBody;
  let validationOrganisation: string;

  beforeAll(async () => {
    app = await startTestApp();
    alliance = await createAlliance(app, { name: `Bündnis Herzogenrath ${uniqueSuffix()}`, territorialLevel: 'STADT', gemeindeAgs: '05570040' });
    await insertAllianceWithId(app, VALIDATION_ALLIANCE, `Erklärungsvalidierung ${uniqueSuffix()}`);
    await app.dataSource.query(`INSERT INTO declaration (id, alliance_id, kind, title) VALUES ($1, $2, 'BUENDNISERKLAERUNG', 'Validierung')`, [
      VALIDATION_DECLARATION,
      VALIDATION_ALLIANCE,
    ]);
    await createScopedView(app, DECLARATION_VIEW, `SELECT id FROM declaration WHERE alliance_id = '${VALIDATION_ALLIANCE}'`);
    await createScopedView(app, SIGNATURE_VIEW, `SELECT id FROM signature WHERE declaration_id = '${VALIDATION_DECLARATION}'`);
    validationOrganisation = (await createOrganisation(app)).id;
  });

  afterAll(async () => {
    await dropScopedView(app, DECLARATION_VIEW);
    await dropScopedView(app, SIGNATURE_VIEW);
    await app.close();
  });

  const declarations = (allianceId: string): string => `/api/alliances/${allianceId}/declarations`;

  const createDeclaration = async (allianceId: string, body: Record<string, unknown>): Promise<DeclarationBody> => {
    const response = await app.http.post(declarations(allianceId)).send(body);
    expect(response.status).toBe(201);
    return response.body as DeclarationBody;
  };

  it('records a declaration, its signatures at the founding and later, and lists them in one go', async () => {
    const founding = await insertEvent(app, alliance.id, `Gründungsveranstaltung ${uniqueSuffix()}`);
    const declaration = await createDeclaration(alliance.id, {
      kind: 'GRUENDUNGSERKLAERUNG',
      title: 'Gemeinsame Erklärung für ein familienfreundliches Sendenhorst',
      textVersion: '1. Fassung',
      adoptedOn: '2019-03-26',
      eventId: founding,
    });
    expect(declaration).toMatchObject({ kind: 'GRUENDUNGSERKLAERUNG', adoptedOn: '2019-03-26', eventId: founding, signatures: [], version: 1 });
    expect(declaration.eventTitle).toContain('Gründungsveranstaltung');

    const stadt = await createOrganisation(app, { name: `Stadt Sendenhorst ${uniqueSuffix()}`, sector: 'VERWALTUNG', actorType: 'GEMEINDE_STADT' });
    const hwk = await createOrganisation(app, { name: `Handwerkskammer Wiesbaden ${uniqueSuffix()}`, sector: 'WIRTSCHAFT', actorType: 'KAMMER' });
    const mayor = await insertPerson(app, 'Berta', `Bürgermeisterin-${uniqueSuffix()}`);
    const sign = (body: Record<string, unknown>) => app.http.post(`${declarations(alliance.id)}/${declaration.id}/signatures`).send(body);

    const first = await sign({ organisationId: stadt.id, signatoryId: mayor, signedOn: '2019-03-26', occasion: 'GRUENDUNG', eventId: founding });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ organisationName: stadt.name, signatoryName: expect.stringContaining('Berta'), occasion: 'GRUENDUNG' });
    const later = await sign({ organisationId: hwk.id, signedOn: '2021-09-10', occasion: 'SPAETERER_BEITRITT' });
    expect(later.status).toBe(201);

    const duplicate = await sign({ organisationId: stadt.id, signedOn: '2020-01-01', occasion: 'SPAETERER_BEITRITT' });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as ErrorBody).code).toBe('SIGNATURE_EXISTS');
    for (const [body, field] of [
      [{ organisationId: UNKNOWN_ID, signedOn: '2020-01-01', occasion: 'GRUENDUNG' }, 'organisationId'],
      [{ organisationId: hwk.id, signatoryId: UNKNOWN_ID, signedOn: '2020-01-01', occasion: 'GRUENDUNG' }, 'signatoryId'],
      [{ organisationId: hwk.id, eventId: UNKNOWN_ID, signedOn: '2020-01-01', occasion: 'GRUENDUNG' }, 'eventId'],
      [{ organisationId: hwk.id, signedOn: daysFromToday(2), occasion: 'GRUENDUNG' }, 'signedOn'],
    ] as [Record<string, unknown>, string][]) {
      const response = await sign(body);
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect((response.body as ErrorBody).fields?.[field]).toEqual(expect.any(String));
    }

    const second = await createDeclaration(alliance.id, { kind: 'BUENDNISVEREINBARUNG', title: 'Fortschreibung 2023', adoptedOn: '2023-05-15' });
    const list = await app.http.get(declarations(alliance.id));
    expect(list.status).toBe(200);
    const body = list.body as DeclarationBody[];
    expect(body.map((d) => d.id)).toEqual([second.id, declaration.id]);
    expect(body[1].signatures.map((s) => [s.organisationName, s.signedOn, s.occasion])).toEqual([
      [stadt.name, '2019-03-26', 'GRUENDUNG'],
      [hwk.name, '2021-09-10', 'SPAETERER_BEITRITT'],
    ]);
    expect(body[0].signatures).toEqual([]);

    const detail = await app.http.get(`/api/alliances/${alliance.id}`);
    expect(detail.body.counts.declarations).toBe(2);
  });

  it('updates with a version check, archives, and keeps declarations to their alliance', async () => {
    const declaration = await createDeclaration(alliance.id, { kind: 'BUENDNISERKLAERUNG', title: 'Entwurf' });
    const update = { kind: 'BUENDNISERKLAERUNG', title: 'Bündniserklärung 2024', adoptedOn: '2024-05-15', version: 1 };
    const updated = await app.http.put(`${declarations(alliance.id)}/${declaration.id}`).send(update);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ title: 'Bündniserklärung 2024', version: 2 });
    const stale = await app.http.put(`${declarations(alliance.id)}/${declaration.id}`).send({ ...update, title: 'Überholt' });
    expect(stale.status).toBe(409);
    expect((stale.body as ErrorBody).code).toBe('VERSION_CONFLICT');

    const other = await createAlliance(app);
    const foreign = await app.http.put(`${declarations(other.id)}/${declaration.id}`).send({ ...update, version: 2 });
    expect(foreign.status).toBe(404);
    expect((foreign.body as ErrorBody).code).toBe('DECLARATION_NOT_FOUND');
    const organisation = await createOrganisation(app);
    const foreignSignature = await app.http
      .post(`${declarations(other.id)}/${declaration.id}/signatures`)
      .send({ organisationId: organisation.id, signedOn: '2024-05-15', occasion: 'GRUENDUNG' });
    expect(foreignSignature.status).toBe(404);

    expect((await app.http.post(`${declarations(alliance.id)}/${declaration.id}/archive`).send({ version: 2 })).status).toBe(204);
    const listed = (await app.http.get(declarations(alliance.id))).body as DeclarationBody[];
    expect(listed.map((d) => d.id)).not.toContain(declaration.id);
    const withArchived = (await app.http.get(`${declarations(alliance.id)}?includeArchived=true`)).body as DeclarationBody[];
    expect(withArchived.map((d) => d.id)).toContain(declaration.id);
    const signArchived = await app.http
      .post(`${declarations(alliance.id)}/${declaration.id}/signatures`)
      .send({ organisationId: organisation.id, signedOn: '2024-05-15', occasion: 'GRUENDUNG' });
    expect(signArchived.status).toBe(404);

    const audit: { action: string }[] = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [
      declaration.id,
    ]);
    expect(audit.map((row) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);

    expect((await app.http.get(declarations(UNKNOWN_ID))).status).toBe(404);
    expect((await app.http.get(declarations('keine-uuid'))).status).toBe(400);
    expect((await app.http.post(declarations(alliance.id)).send({ kind: 'GRUENDUNGSURKUNDE', title: 'X', eventId: UNKNOWN_ID })).status).toBe(400);
  });

  describeCreateValidation(() => app, {
    path: `/api/alliances/${VALIDATION_ALLIANCE}/declarations`,
    table: DECLARATION_VIEW,
    validBody: () => ({ kind: 'GRUENDUNGSERKLAERUNG', title: `Erklärung ${uniqueSuffix()}`, adoptedOn: '2019-03-26' }),
    required: ['kind', 'title'],
    wrongTypes: { kind: 'BRIEF', title: ['x'], adoptedOn: '2019-3-26', eventId: 'keine-uuid' },
    maxLengths: { title: 200, textVersion: 40 },
  });

  describeCreateValidation(() => app, {
    path: `/api/alliances/${VALIDATION_ALLIANCE}/declarations/${VALIDATION_DECLARATION}/signatures`,
    table: SIGNATURE_VIEW,
    validBody: () => ({ organisationId: validationOrganisation, signedOn: '2019-03-26', occasion: 'GRUENDUNG' }),
    required: ['organisationId', 'signedOn', 'occasion'],
    wrongTypes: { organisationId: 42, signatoryId: 'keine-uuid', signedOn: '2019-02-29', occasion: 'SPAETER', eventId: true },
    // a signature has no free text; occasion is the varchar(20) column a too-long value must not reach
    maxLengths: { occasion: 20 },
  });
});
