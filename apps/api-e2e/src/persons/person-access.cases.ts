import { countRows, uniqueSuffix } from '../support/test-app';
import { AccessContext, deniedEntries, ids, NOT_ACCESSIBLE } from '../engagement/access.fixture';

interface FunctionSummary {
  id: string;
  allianceId: string | null;
  organisationId: string | null;
}

/**
 * Persons as a coordinator of A: persons with a function in A or at a partner organisation of A, and
 * of those only the functions within that reach; everything else answers 404. Mentors: no access.
 */
export function describePersonAccess(context: () => AccessContext): void {
  describe('persons as coordinator', () => {
    it('lists only persons in scope (total, filters and search), with functions in reach only', async () => {
      const { coordinator, fixture, app } = context();
      const listed = await coordinator.get(`/api/persons?q=${fixture.tag}&pageSize=100`);
      expect(listed.status).toBe(200);
      expect(ids(listed.body)).toEqual([fixture.personA, fixture.personPartnerA, fixture.personMixed].sort());
      expect(listed.body.total).toBe(3);
      const mixed = (listed.body.items as { id: string; functions: FunctionSummary[] }[]).find((p) => p.id === fixture.personMixed);
      expect(mixed?.functions.map((fn) => fn.allianceId)).toEqual([fixture.allianceA]);
      // filtering by B's functions finds nothing, not even the person who also works in A
      expect((await coordinator.get(`/api/persons?q=${fixture.tag}&allianceId=${fixture.allianceB}`)).body.total).toBe(0);
      expect(ids((await coordinator.get(`/api/persons?q=${fixture.tag}&organisationId=${fixture.organisationA}`)).body)).toEqual([
        fixture.personPartnerA,
      ]);
      // the mentor's own person row (no function) stays out of reach as well
      expect((await app.http.get(`/api/persons?q=${fixture.tag}`)).body.total).toBe(5);
    });

    it("answers B's person with 404 and records the attempt; shows only functions in reach", async () => {
      const { coordinator, fixture, app } = context();
      const foreign = await coordinator.get(`/api/persons/${fixture.personB}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('PERSON_NOT_FOUND');
      expect(await deniedEntries(app.dataSource, fixture.personB, coordinator.user.userId)).toBe(1);
      const mixed = await coordinator.get(`/api/persons/${fixture.personMixed}`);
      expect(mixed.status).toBe(200);
      expect((mixed.body.functions as FunctionSummary[]).map((fn) => fn.id)).toEqual([fixture.mixedFunctionA]);
      expect((await coordinator.get(`/api/persons/${fixture.personPartnerA}`)).status).toBe(200);
    });

    it("refuses writes to B's person and to functions outside reach with 404", async () => {
      const { coordinator, fixture, app } = context();
      const person = { firstName: 'Berta', lastName: 'Übernommen', dataSource: 'SERVICEBUERO', version: 1 };
      const attempts: [string, () => Promise<{ status: number }>][] = [
        ['PUT', () => coordinator.put(`/api/persons/${fixture.personB}`).send(person)],
        ['archive', () => coordinator.post(`/api/persons/${fixture.personB}/archive`).send({ version: 1 })],
        ['notice', () => coordinator.post(`/api/persons/${fixture.personB}/privacy-notice`).send({ sentOn: '2026-01-02', version: 1 })],
        ['function', () => coordinator.post(`/api/persons/${fixture.personB}/functions`).send({ functionType: 'MITARBEIT', allianceId: fixture.allianceA })],
        ['consent', () => coordinator.post(`/api/persons/${fixture.personB}/consents`).send({ purpose: 'NEWSLETTER', grantedOn: '2026-01-02', textVersion: 'v1' })],
        [
          'function B of mixed',
          () => coordinator.post(`/api/persons/${fixture.personMixed}/functions/${fixture.mixedFunctionB}/end`).send({ validUntil: '2026-01-31', version: 1 }),
        ],
      ];
      for (const [name, attempt] of attempts) {
        expect({ name, status: (await attempt()).status }).toEqual({ name, status: 404 });
      }
      expect(await deniedEntries(app.dataSource, fixture.mixedFunctionB, coordinator.user.userId)).toBe(1);
      const [row] = await app.dataSource.query(`SELECT version, archived_at, last_name FROM person WHERE id = $1`, [fixture.personB]);
      expect(row).toEqual({ version: 1, archived_at: null, last_name: `Kontakt ${fixture.tag}` });
      const [fn] = await app.dataSource.query(`SELECT valid_until FROM person_function WHERE id = $1`, [fixture.mixedFunctionB]);
      expect(fn.valid_until).toBeNull();
    });

    it('creates persons only with a function in reach, as data source KOORDINATION (Art. 14 notice due)', async () => {
      const { coordinator, fixture, app } = context();
      const body = (overrides: Record<string, unknown>): Record<string, unknown> => ({
        firstName: 'Neue',
        lastName: `Ansprechperson ${uniqueSuffix()} ${fixture.tag}`,
        dataSource: 'KOORDINATION',
        functions: [{ functionType: 'ANSPRECHPERSON', allianceId: fixture.allianceA }],
        ...overrides,
      });
      const before = await countRows(app.dataSource, 'person');
      const rejected: [Record<string, unknown>, string][] = [
        [{ functions: undefined }, 'functions'],
        [{ functions: [] }, 'functions'],
        [{ functions: [{ functionType: 'ANSPRECHPERSON', allianceId: fixture.allianceB }] }, 'functions.0.allianceId'],
        [{ functions: [{ functionType: 'MITARBEIT', organisationId: fixture.organisationLoose }] }, 'functions.0.organisationId'],
        [{ dataSource: 'SELBST' }, 'dataSource'],
      ];
      for (const [overrides, field] of rejected) {
        const response = await coordinator.post('/api/persons').send(body(overrides));
        expect({ field, status: response.status }).toEqual({ field, status: 400 });
        expect(response.body.fields[field]).toEqual(expect.any(String));
      }
      const foreign = await coordinator.post('/api/persons').send(body({ functions: [{ functionType: 'SPRECHER', allianceId: fixture.allianceB }] }));
      expect(foreign.body.fields['functions.0.allianceId']).toBe(NOT_ACCESSIBLE);
      expect(await countRows(app.dataSource, 'person')).toBe(before);

      const created = await coordinator.post('/api/persons').send(body({ functions: [{ functionType: 'MITARBEIT', organisationId: fixture.organisationA }] }));
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ dataSource: 'KOORDINATION', privacyNoticeDue: true, privacyNoticeSentOn: null });
      const id = created.body.id as string;
      expect((await coordinator.get(`/api/persons/${id}`)).status).toBe(200);
      const update = { firstName: 'Neue', lastName: `Geändert ${fixture.tag}`, dataSource: 'KOORDINATION', version: 1 };
      expect((await coordinator.put(`/api/persons/${id}`).send({ ...update, dataSource: 'SELBST' })).status).toBe(400);
      expect((await coordinator.put(`/api/persons/${id}`).send(update)).status).toBe(200);
      const notice = await coordinator.post(`/api/persons/${id}/privacy-notice`).send({ sentOn: '2026-01-05', version: 2 });
      expect(notice.status).toBe(200);
      expect(notice.body.privacyNoticeDue).toBe(false);
      const consent = await coordinator.post(`/api/persons/${id}/consents`).send({ purpose: 'NEWSLETTER', grantedOn: '2026-01-05', textVersion: 'v1' });
      expect(consent.status).toBe(201);
      const fn = await coordinator.post(`/api/persons/${id}/functions`).send({ functionType: 'SPRECHER', allianceId: fixture.allianceB });
      expect(fn.status).toBe(400);
      expect(fn.body.fields.allianceId).toBe(NOT_ACCESSIBLE);
      expect((await coordinator.post(`/api/persons/${id}/archive`).send({ version: 3 })).status).toBe(204);
    });
  });

  describe('persons as other roles', () => {
    it('closes all person routes to mentors and keeps them read-only for Leitung', async () => {
      const { mentor, leitung, fixture } = context();
      expect((await mentor.get('/api/persons')).status).toBe(403);
      expect((await mentor.get(`/api/persons/${fixture.personA}`)).status).toBe(403);
      expect((await leitung.get(`/api/persons/${fixture.personB}`)).status).toBe(200);
      expect((await leitung.post('/api/persons').send({ firstName: 'L', lastName: 'L', dataSource: 'SERVICEBUERO' })).status).toBe(403);
      expect((await leitung.post(`/api/persons/${fixture.personA}/consents`).send({ purpose: 'NEWSLETTER', grantedOn: '2026-01-02', textVersion: 'v1' })).status).toBe(403);
    });
  });
}
