import 'reflect-metadata';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { AUDIT_ENTITY_TYPES } from '@bn/shared/contracts';
import { domainStatements } from '../support/statement-count';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { AuditEntryBody, berlinDay, createOrganisation, renameOrganisation } from './audit-fixtures';

interface PageBody {
  items: AuditEntryBody[];
  total: number;
  page: number;
  pageSize: number;
}

describe('Änderungsprotokoll: lesen und filtern', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
  });

  it("shows an update in the record's history with before and after values, the actor and the request id", async () => {
    const created = await createOrganisation(app.http, `Familienverein ${uniqueSuffix()}`);
    const requestId = `audit-test-${uniqueSuffix()}`;
    const renamed = await renameOrganisation(app.http, created, `${created.name} e. V.`, requestId);
    expect(renamed.version).toBe(2);

    const response = await app.http.get(`/api/audit/entities/Organisation/${created.id}`);
    expect(response.status).toBe(200);
    const body = response.body as PageBody;
    expect(body.total).toBe(2);
    expect(body.items.map((entry) => entry.action)).toEqual(['UPDATE', 'CREATE']);
    const [update, create] = body.items;
    expect(update).toMatchObject({
      actorId: app.user.userId,
      actor: app.user.displayName,
      entityType: 'Organisation',
      entityId: created.id,
      requestId,
      changes: { name: { before: created.name, after: `${created.name} e. V.` } },
    });
    expect(Object.keys(update.changes ?? {})).toEqual(['name']);
    expect(update.before).toMatchObject({ name: created.name, version: 1 });
    expect(update.after).toMatchObject({ name: `${created.name} e. V.`, version: 2 });
    expect(update.ip).toEqual(expect.any(String));
    expect(Date.parse(update.occurredAt)).toBeGreaterThanOrEqual(Date.parse(create.occurredAt));
    expect(create).toMatchObject({ action: 'CREATE', changes: null, before: null, actorId: app.user.userId });
  });

  it('lists the whole log newest first and filters by record, user, action, actor name and period', async () => {
    const colleague = await app.signIn('FACHBERATUNG');
    const organisation = await createOrganisation(app.http);
    const renamed = await renameOrganisation(colleague, organisation, `${organisation.name} (neu)`);
    await renameOrganisation(app.http, renamed, `${organisation.name} (neuer)`);

    const all = await app.http.get(`/api/audit?entityType=Organisation&entityId=${organisation.id}`);
    expect(all.status).toBe(200);
    expect((all.body as PageBody).items.map((entry) => [entry.action, entry.actorId])).toEqual([
      ['UPDATE', app.user.userId],
      ['UPDATE', colleague.user.userId],
      ['CREATE', app.user.userId],
    ]);

    const byActor = await app.http.get(`/api/audit?actorId=${colleague.user.userId}`);
    expect(byActor.body.total).toBe(1);
    expect(byActor.body.items[0]).toMatchObject({ entityId: organisation.id, changes: { name: { after: `${organisation.name} (neu)` } } });

    const byAction = await app.http.get(`/api/audit?entityId=${organisation.id}&action=CREATE`);
    expect((byAction.body as PageBody).items.map((entry) => entry.action)).toEqual(['CREATE']);

    const byName = await app.http.get(`/api/audit?entityId=${organisation.id}&q=${encodeURIComponent(colleague.user.displayName)}`);
    expect((byName.body as PageBody).items.map((entry) => entry.actorId)).toEqual([colleague.user.userId]);

    const oldestFirst = await app.http.get(`/api/audit?entityId=${organisation.id}&direction=asc`);
    expect((oldestFirst.body as PageBody).items.map((entry) => entry.action)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);

    const otherType = await app.http.get(`/api/audit?entityType=Alliance&entityId=${organisation.id}`);
    expect(otherType.body.total).toBe(0);
  });

  it('filters by period: dates cover whole days (inclusive), date-times are exact', async () => {
    const organisation = await createOrganisation(app.http);
    const today = await berlinDay(app);
    const yesterday = await berlinDay(app, -1);
    const tomorrow = await berlinDay(app, 1);
    const count = async (period: string) => {
      const response = await app.http.get(`/api/audit/entities/Organisation/${organisation.id}?${period}`);
      expect(response.status).toBe(200);
      return (response.body as PageBody).total;
    };
    expect(await count(`from=${today}&to=${today}`)).toBe(1);
    expect(await count(`from=${yesterday}&to=${tomorrow}`)).toBe(1);
    expect(await count(`to=${yesterday}`)).toBe(0);
    expect(await count(`from=${tomorrow}`)).toBe(0);
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    const hourAhead = new Date(Date.now() + 3600_000).toISOString();
    expect(await count(`from=${encodeURIComponent(hourAgo)}&to=${encodeURIComponent(hourAhead)}`)).toBe(1);
    expect(await count(`from=${encodeURIComponent(hourAhead)}`)).toBe(0);
    expect(await count(`to=${encodeURIComponent(hourAgo)}`)).toBe(0);
    expect(await count(`from=${today}T00:00`)).toBe(1);
  });

  it('paginates with total, caps the page size and validates the filters', async () => {
    const organisation = await createOrganisation(app.http);
    let current = organisation;
    for (const suffix of ['A', 'B', 'C']) current = await renameOrganisation(app.http, current, `${organisation.name} ${suffix}`);

    const first = await app.http.get(`/api/audit/entities/Organisation/${organisation.id}?pageSize=2`);
    expect(first.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect((first.body as PageBody).items.map((entry) => entry.changes?.['name']?.after)).toEqual([
      `${organisation.name} C`,
      `${organisation.name} B`,
    ]);
    const second = await app.http.get(`/api/audit/entities/Organisation/${organisation.id}?pageSize=2&page=2`);
    expect((second.body as PageBody).items.map((entry) => entry.action)).toEqual(['UPDATE', 'CREATE']);
    const ids = new Set([...first.body.items, ...second.body.items].map((entry: AuditEntryBody) => entry.id));
    expect(ids.size).toBe(4);

    const invalid: Array<[string, string]> = [
      ['/api/audit?pageSize=101', 'pageSize'],
      ['/api/audit?page=0', 'page'],
      ['/api/audit?actorId=keine-uuid', 'actorId'],
      ['/api/audit?entityId=42', 'entityId'],
      ['/api/audit?entityType=Raumschiff', 'entityType'],
      ['/api/audit?action=HACK', 'action'],
      ['/api/audit?from=2025-02-30', 'from'],
      ['/api/audit?to=morgen', 'to'],
      ['/api/audit?from=2025-03-02&to=2025-03-01', 'to'],
      ['/api/audit?sort=actor', 'sort'],
      [`/api/audit/entities/Organisation/${organisation.id}?pageSize=101`, 'pageSize'],
      [`/api/audit/entities/Organisation/${organisation.id}?entityType=Alliance`, 'entityType'],
    ];
    for (const [path, field] of invalid) {
      const response = await app.http.get(path);
      expect({ path, status: response.status, message: typeof response.body.fields?.[field] }).toEqual({ path, status: 400, message: 'string' });
    }
  });

  it('refuses unknown entity types and malformed ids; an unknown record has an empty history', async () => {
    const unknownType = await app.http.get('/api/audit/entities/Raumschiff/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d');
    expect(unknownType.status).toBe(400);
    expect(unknownType.body).toMatchObject({ code: 'AUDIT_ENTITY_TYPE_UNKNOWN', fields: { entityType: expect.any(String) } });
    const lowerCase = await app.http.get('/api/audit/entities/organisation/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d');
    expect(lowerCase.status).toBe(400);
    const malformed = await app.http.get('/api/audit/entities/Organisation/keine-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
    const unknownRecord = await app.http.get('/api/audit/entities/Organisation/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d');
    expect(unknownRecord.status).toBe(200);
    expect(unknownRecord.body).toMatchObject({ items: [], total: 0 });
  });

  it('knows every entity type the services have written (so each record has a readable history)', async () => {
    const rows: { entity_type: string }[] = await app.dataSource.query(`SELECT DISTINCT entity_type FROM audit_entry`);
    const known: readonly string[] = AUDIT_ENTITY_TYPES;
    expect(rows.map((row) => row.entity_type).filter((type) => !known.includes(type))).toEqual([]);
  });

  it('needs two SQL statements for any page size', async () => {
    const organisation = await createOrganisation(app.http);
    await renameOrganisation(app.http, organisation, `${organisation.name} 2`);
    for (const path of ['/api/audit?pageSize=5', '/api/audit?pageSize=100&action=UPDATE&q=Test', `/api/audit/entities/Organisation/${organisation.id}`]) {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const response = await app.http.get(path);
        expect(response.status).toBe(200);
        expect({ path, statements: domainStatements(spy) }).toEqual({ path, statements: 2 });
      } finally {
        spy.mockRestore();
      }
    }
  });
});
