import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp, uniqueSuffix } from '../support/test-app';
import { createPerson, insertAlliance, insertOrganisation, PersonListItemBody, shiftDays, today } from './persons.fixtures';

interface ListBody {
  items: PersonListItemBody[];
  total: number;
}

/** Search, filters, sorting, pagination and the statement count of GET /persons. */
export function describePersonList(getApp: () => TestApp): void {
  describe('person list', () => {
    it('finds "Jürgen Müller" by German spelling variants', async () => {
      const app = getApp();
      const organisationId = await insertOrganisation(app);
      const person = await createPerson(app, {
        firstName: 'Jürgen',
        lastName: 'Müller',
        functions: [{ functionType: 'PARTNERVERTRETUNG', organisationId }],
      });
      await createPerson(app, { firstName: 'Petra', lastName: 'Schulze', functions: [{ functionType: 'LEITUNG', organisationId }] });
      for (const q of ['juergen mueller', 'jurgen muller', 'Jürgen Müller', 'MUELLER']) {
        const response = await app.http.get(`/api/persons?organisationId=${organisationId}&q=${encodeURIComponent(q)}`);
        expect(response.status).toBe(200);
        expect({ q, ids: (response.body as ListBody).items.map((p) => p.id) }).toEqual({ q, ids: [person.id] });
      }
    });

    it('filters by current functions in an organisation or alliance and by function type', async () => {
      const app = getApp();
      const organisationId = await insertOrganisation(app);
      const allianceId = await insertAlliance(app);
      const yesterday = shiftDays(today(), -1);
      const coordinator = await createPerson(app, {
        lastName: `Aktuell-${uniqueSuffix()}`,
        functions: [{ functionType: 'KOORDINATION', allianceId, organisationId, validFrom: '2020-01-01' }],
      });
      const former = await createPerson(app, {
        lastName: `Ehemalig-${uniqueSuffix()}`,
        functions: [{ functionType: 'KOORDINATION', allianceId, validFrom: '2020-01-01', validUntil: yesterday }],
      });
      const future = await createPerson(app, {
        lastName: `Künftig-${uniqueSuffix()}`,
        functions: [{ functionType: 'KOORDINATION', allianceId, validFrom: shiftDays(today(), 1) }],
      });
      const speaker = await createPerson(app, {
        lastName: `Sprecherin-${uniqueSuffix()}`,
        functions: [
          { functionType: 'SPRECHER', allianceId },
          { functionType: 'KOORDINATION', allianceId, validUntil: yesterday },
        ],
      });
      const ids = async (query: string): Promise<string[]> => {
        const response = await app.http.get(`/api/persons?${query}&pageSize=100`);
        expect(response.status).toBe(200);
        return (response.body as ListBody).items.map((p) => p.id).sort();
      };
      expect(await ids(`allianceId=${allianceId}`)).toEqual([coordinator.id, speaker.id].sort());
      expect(await ids(`allianceId=${allianceId}&functionType=KOORDINATION`)).toEqual([coordinator.id]);
      expect(await ids(`organisationId=${organisationId}`)).toEqual([coordinator.id]);
      expect(await ids(`allianceId=${allianceId}&functionType=SPRECHER`)).toEqual([speaker.id]);
      expect(await ids(`allianceId=${allianceId}&functionType=MENTOR`)).toEqual([]);
      expect([former.id, future.id].some((id) => id === coordinator.id)).toBe(false);

      const list = await app.http.get(`/api/persons?allianceId=${allianceId}&sort=lastName`);
      const items = (list.body as ListBody).items;
      expect(items.map((p) => p.id)).toEqual([coordinator.id, speaker.id]);
      expect(items[0].functions).toEqual([
        expect.objectContaining({ functionType: 'KOORDINATION', functionLabel: 'Bündniskoordinator:in', allianceId, organisationId }),
      ]);
      expect(items[0].functions[0].allianceName).toEqual(expect.stringContaining('Personen-Testbündnis'));
      expect(items[0].functions[0].organisationName).toEqual(expect.stringContaining('Personen-Testorganisation'));
      // only the current function of the speaker is summarised
      expect(items[1].functions.map((f) => f.functionType)).toEqual(['SPRECHER']);
    });

    it('lists persons whose Art. 14 notice is due', async () => {
      const app = getApp();
      const organisationId = await insertOrganisation(app);
      const fn = [{ functionType: 'MITARBEIT', organisationId }];
      const due = await createPerson(app, { dataSource: 'IMPORT', functions: fn });
      const sent = await createPerson(app, { dataSource: 'IMPORT', privacyNoticeSentOn: today(), functions: fn });
      const self = await createPerson(app, { dataSource: 'SELBST', functions: fn });
      const dueLater = await createPerson(app, { dataSource: 'KOORDINATION', functions: fn });
      const ids = async (flag: string): Promise<string[]> => {
        const response = await app.http.get(`/api/persons?organisationId=${organisationId}&privacyNoticeDue=${flag}`);
        expect(response.status).toBe(200);
        return (response.body as ListBody).items.map((p) => p.id).sort();
      };
      expect(await ids('true')).toEqual([due.id, dueLater.id].sort());
      expect(await ids('false')).toEqual([sent.id, self.id].sort());
      await app.http.post(`/api/persons/${dueLater.id}/privacy-notice`).send({ sentOn: today(), version: 1 }).expect(200);
      expect(await ids('true')).toEqual([due.id]);
      expect((await app.http.get('/api/persons?privacyNoticeDue=vielleicht')).status).toBe(400);
    });

    it('sorts, paginates and caps the page size', async () => {
      const app = getApp();
      const organisationId = await insertOrganisation(app);
      const fn = [{ functionType: 'MITARBEIT', organisationId }];
      await createPerson(app, { firstName: 'Zoe', lastName: 'Öztürk', email: 'b@example.org', functions: fn });
      await createPerson(app, { firstName: 'Anton', lastName: 'Ohm', email: 'c@example.org', functions: fn });
      await createPerson(app, { firstName: 'Ben', lastName: 'Zander', email: 'a@example.org', functions: fn });
      const names = async (query: string): Promise<string[]> => {
        const response = await app.http.get(`/api/persons?organisationId=${organisationId}&${query}`);
        expect(response.status).toBe(200);
        return (response.body as ListBody).items.map((p) => p.lastName);
      };
      expect(await names('')).toEqual(['Ohm', 'Öztürk', 'Zander']);
      expect(await names('sort=lastName&direction=desc')).toEqual(['Zander', 'Öztürk', 'Ohm']);
      expect(await names('sort=firstName')).toEqual(['Ohm', 'Zander', 'Öztürk']);
      expect(await names('sort=email')).toEqual(['Zander', 'Öztürk', 'Ohm']);
      expect(await names('pageSize=2&page=2')).toEqual(['Zander']);
      const page = await app.http.get(`/api/persons?organisationId=${organisationId}&pageSize=2`);
      expect(page.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });

      expect((await app.http.get('/api/persons?pageSize=101')).status).toBe(400);
      expect((await app.http.get('/api/persons?page=0')).status).toBe(400);
      expect((await app.http.get('/api/persons?sort=geburtstag')).status).toBe(400);
      expect((await app.http.get('/api/persons?functionType=KAISER')).body.fields.functionType).toEqual(expect.any(String));
      expect((await app.http.get('/api/persons?organisationId=123')).body.fields.organisationId).toEqual(expect.any(String));
    });

    it('costs the same few SQL statements for 10 and for 100 rows', async () => {
      const app = getApp();
      const organisationId = await insertOrganisation(app);
      const allianceId = await insertAlliance(app);
      for (let i = 0; i < 12; i++) {
        await createPerson(app, {
          functions: [
            { functionType: 'MITARBEIT', organisationId },
            { functionType: 'ANSPRECHPERSON', allianceId },
          ],
        });
      }
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const count = async (pageSize: number): Promise<number> => {
          spy.mockClear();
          const response = await app.http.get(`/api/persons?organisationId=${organisationId}&pageSize=${pageSize}`);
          expect(response.status).toBe(200);
          expect((response.body as ListBody).items).toHaveLength(Math.min(pageSize, 12));
          expect((response.body as ListBody).items.every((p) => p.functions.length === 2)).toBe(true);
          return domainStatements(spy);
        };
        const small = await count(10);
        const large = await count(100);
        expect(small).toBe(large);
        expect(small).toBeLessThanOrEqual(3);
      } finally {
        spy.mockRestore();
      }
    });
  });
}
