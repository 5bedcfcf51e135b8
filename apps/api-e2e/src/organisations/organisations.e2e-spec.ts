import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';

interface OrganisationBody {
  id: string;
  name: string;
  version: number;
  sector: string;
}

describe('Organisationen API', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const create = async (overrides: Record<string, unknown> = {}): Promise<OrganisationBody> => {
    const response = await app.http
      .post('/api/organisations')
      .send({ name: `Testorganisation ${uniqueSuffix()}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', ...overrides });
    expect(response.status).toBe(201);
    return response.body as OrganisationBody;
  };

  it('creates, reads, updates and archives an organisation', async () => {
    const created = await create({ name: 'Bäckerei Müller GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'KLEIN', gemeindeAgs: '03155010' });
    expect(created.version).toBe(1);

    const detail = await app.http.get(`/api/organisations/${created.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ name: 'Bäckerei Müller GmbH', gemeindeName: 'Nörten-Hardenberg', landCode: '03', partnerships: [] });

    const updated = await app.http
      .put(`/api/organisations/${created.id}`)
      .send({ name: 'Bäckerei Müller & Söhne GmbH', sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN', companySize: 'MITTEL', version: 1 });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'Bäckerei Müller & Söhne GmbH', companySize: 'MITTEL', version: 2 });

    const archived = await app.http.post(`/api/organisations/${created.id}/archive`).send({ version: 2 });
    expect(archived.status).toBe(204);
    expect((await app.http.get(`/api/organisations?q=${encodeURIComponent('Müller & Söhne')}`)).body.total).toBe(0);
    const withArchived = await app.http.get(`/api/organisations?q=${encodeURIComponent('Müller & Söhne')}&includeArchived=true`);
    expect(withArchived.body.total).toBe(1);

    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [created.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const created = await create();
    const body = { name: `${created.name} A`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', version: 1 };
    const first = await app.http.put(`/api/organisations/${created.id}`).send(body);
    expect(first.status).toBe(200);
    const second = await app.http.put(`/api/organisations/${created.id}`).send({ ...body, name: `${created.name} B` });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    const current = await app.http.get(`/api/organisations/${created.id}`);
    expect(current.body.name).toBe(`${created.name} A`);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get('/api/organisations/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ORGANISATION_NOT_FOUND');
    const malformed = await app.http.get('/api/organisations/keine-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
  });

  it('filters by sector and actor type, sorts and paginates with a capped page size', async () => {
    const tag = uniqueSuffix();
    for (const name of ['Cäcilia', 'Anton', 'Berta']) {
      await create({ name: `Filtertest ${tag} ${name}`, sector: 'WIRTSCHAFT', actorType: 'KAMMER' });
    }
    const response = await app.http.get(`/api/organisations?q=Filtertest ${tag}&sector=WIRTSCHAFT&actorType=KAMMER&sort=name&direction=desc&pageSize=2`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(3);
    expect(response.body.items.map((o: OrganisationBody) => o.name)).toEqual([
      `Filtertest ${tag} Cäcilia`,
      `Filtertest ${tag} Berta`,
    ]);
    const page2 = await app.http.get(`/api/organisations?q=Filtertest ${tag}&sort=name&pageSize=2&page=2`);
    expect(page2.body.items).toHaveLength(1);

    expect((await app.http.get('/api/organisations?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/organisations?page=0')).status).toBe(400);
    expect((await app.http.get('/api/organisations?sort=passwort')).status).toBe(400);
    expect((await app.http.get('/api/organisations?sector=MARS')).body.fields.sector).toEqual(expect.any(String));
  });

  it('finds German spelling variants', async () => {
    const tag = uniqueSuffix();
    await create({ name: `Müller GmbH ${tag}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN' });
    await create({ name: `Familienzentrum Hauptstraße ${tag}` });
    for (const q of ['mueller', 'Müller', 'muller', 'MUELLER']) {
      const response = await app.http.get(`/api/organisations?q=${encodeURIComponent(`${q} gmbh ${tag}`)}`);
      expect({ q, names: response.body.items.map((o: OrganisationBody) => o.name) }).toEqual({ q, names: [`Müller GmbH ${tag}`] });
    }
    const strasse = await app.http.get(`/api/organisations?q=${encodeURIComponent(`hauptstrasse ${tag}`)}`);
    expect(strasse.body.items.map((o: OrganisationBody) => o.name)).toEqual([`Familienzentrum Hauptstraße ${tag}`]);
  });

  it('rejects business rule violations with field messages', async () => {
    const size = await app.http.post('/api/organisations').send({ name: 'Verein X', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', companySize: 'GROSS' });
    expect(size.status).toBe(400);
    expect(size.body.fields.companySize).toEqual(expect.any(String));
    const gemeinde = await app.http.post('/api/organisations').send({ name: 'Verein Y', sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', gemeindeAgs: '99999999' });
    expect(gemeinde.status).toBe(400);
    expect(gemeinde.body.fields.gemeindeAgs).toEqual(expect.any(String));
    const parent = await create();
    const child = await create({ parentId: parent.id });
    const cycle = await app.http.put(`/api/organisations/${parent.id}`).send({ name: parent.name, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', parentId: child.id, version: 1 });
    expect(cycle.status).toBe(400);
    expect(cycle.body.code).toBe('ORGANISATION_PARENT_CYCLE');
  });

  describeCreateValidation(() => app, {
    path: '/api/organisations',
    table: 'organisation',
    validBody: () => ({ name: `Validierung ${uniqueSuffix()}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN' }),
    required: ['name', 'sector', 'actorType'],
    wrongTypes: { name: 42, sector: 'MOND', actorType: ['UNTERNEHMEN'], gemeindeAgs: 3155010, parentId: 'keine-uuid', website: 'javascript:alert(1)', email: 'kein-at' },
    maxLengths: { name: 200, legalForm: 100, city: 120 },
  });
});
