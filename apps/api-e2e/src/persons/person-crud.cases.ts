import { TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  auditActions,
  createPerson,
  insertAlliance,
  insertOrganisation,
  PersonBody,
  PersonDetailBody,
  shiftDays,
  today,
} from './persons.fixtures';

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

/** Create, read, update, archive, privacy notice, version conflicts and create validation of persons. */
export function describePersonCrud(getApp: () => TestApp): void {
  describe('person records', () => {
    it('creates a person with initial functions, reads, updates, records the notice and archives', async () => {
      const app = getApp();
      const organisationId = await insertOrganisation(app, `Familienbüro Nörten ${uniqueSuffix()}`);
      const allianceId = await insertAlliance(app, `Bündnis für Familie Nörten ${uniqueSuffix()}`);
      const lastName = `Köhler-${uniqueSuffix()}`;
      const created = await createPerson(app, {
        salutation: 'FRAU',
        title: 'Dr.',
        firstName: 'Anna',
        lastName,
        email: 'anna.koehler@familienbuero.example',
        phone: '05503 123',
        preferredChannel: 'EMAIL',
        dataSource: 'KOORDINATION',
        functions: [
          { functionType: 'KOORDINATION', allianceId, validFrom: '2024-01-01' },
          { functionType: 'LEITUNG', organisationId },
        ],
      });
      expect(created).toMatchObject({ lastName, salutation: 'FRAU', version: 1, privacyNoticeDue: true, consents: [] });
      expect(created.privacyNoticeDueBy).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
      expect((created.privacyNoticeDueBy ?? '') > today()).toBe(true);
      expect(created.privacyNoticeOverdue).toBe(false);
      expect(created.functions).toHaveLength(2);
      expect(created.functions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ functionType: 'KOORDINATION', functionLabel: 'Bündniskoordinator:in', allianceId, isCurrent: true }),
          expect.objectContaining({ functionType: 'LEITUNG', organisationId, organisationName: expect.stringContaining('Familienbüro Nörten') }),
        ]),
      );

      const detail = await app.http.get(`/api/persons/${created.id}`);
      expect(detail.status).toBe(200);
      expect((detail.body as PersonDetailBody).functions.map((f) => f.allianceName ?? f.organisationName)).toEqual(
        expect.arrayContaining([expect.stringContaining('Bündnis für Familie Nörten')]),
      );

      const updated = await app.http.put(`/api/persons/${created.id}`).send({
        firstName: 'Anna-Lena',
        lastName,
        email: 'a.koehler@familienbuero.example',
        dataSource: 'KOORDINATION',
        version: 1,
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({ firstName: 'Anna-Lena', salutation: 'KEINE', title: null, phone: null, version: 2 });

      const notice = await app.http.post(`/api/persons/${created.id}/privacy-notice`).send({ sentOn: today(), version: 2 });
      expect(notice.status).toBe(200);
      expect(notice.body).toMatchObject({ privacyNoticeSentOn: today(), privacyNoticeDue: false, privacyNoticeDueBy: null, version: 3 });

      const archived = await app.http.post(`/api/persons/${created.id}/archive`).send({ version: 3 });
      expect(archived.status).toBe(204);
      const hidden = await app.http.get(`/api/persons?q=${encodeURIComponent(lastName)}`);
      expect(hidden.body.total).toBe(0);
      const shown = await app.http.get(`/api/persons?q=${encodeURIComponent(lastName)}&includeArchived=true`);
      expect(shown.body.items.map((p: PersonBody) => p.id)).toEqual([created.id]);
      expect((await app.http.get(`/api/persons/${created.id}`)).body.archivedAt).toEqual(expect.any(String));
      expect((await app.http.put(`/api/persons/${created.id}`).send({ firstName: 'X', lastName, dataSource: 'SELBST', version: 4 })).status).toBe(404);

      expect(await auditActions(app, created.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
      for (const fn of created.functions) expect(await auditActions(app, fn.id)).toEqual(['CREATE']);
    });

    it('does not mark self-registered persons or persons with a sent notice as due', async () => {
      const self = await createPerson(getApp(), { dataSource: 'SELBST' });
      expect(self).toMatchObject({ privacyNoticeDue: false, privacyNoticeDueBy: null });
      const sent = await createPerson(getApp(), { dataSource: 'IMPORT', privacyNoticeSentOn: shiftDays(today(), -3) });
      expect(sent).toMatchObject({ privacyNoticeDue: false, privacyNoticeSentOn: shiftDays(today(), -3) });
    });

    it('refuses notice dates in the future and stale versions', async () => {
      const app = getApp();
      const person = await createPerson(app);
      const future = await app.http.post(`/api/persons/${person.id}/privacy-notice`).send({ sentOn: shiftDays(today(), 1), version: 1 });
      expect(future.status).toBe(400);
      expect(future.body.fields.sentOn).toEqual(expect.any(String));
      const missingVersion = await app.http.post(`/api/persons/${person.id}/privacy-notice`).send({ sentOn: today() });
      expect(missingVersion.status).toBe(400);
      expect(missingVersion.body.fields.version).toEqual(expect.any(String));
      const onCreate = await app.http
        .post('/api/persons')
        .send({ firstName: 'Zukunft', lastName: 'Test', dataSource: 'IMPORT', privacyNoticeSentOn: shiftDays(today(), 2) });
      expect(onCreate.status).toBe(400);
      expect(onCreate.body.fields.privacyNoticeSentOn).toEqual(expect.any(String));

      const first = await app.http.put(`/api/persons/${person.id}`).send({ firstName: 'Erste', lastName: person.lastName, dataSource: 'KOORDINATION', version: 1 });
      expect(first.status).toBe(200);
      const second = await app.http.put(`/api/persons/${person.id}`).send({ firstName: 'Zweite', lastName: person.lastName, dataSource: 'KOORDINATION', version: 1 });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('VERSION_CONFLICT');
      const staleNotice = await app.http.post(`/api/persons/${person.id}/privacy-notice`).send({ sentOn: today(), version: 1 });
      expect(staleNotice.status).toBe(409);
      const staleArchive = await app.http.post(`/api/persons/${person.id}/archive`).send({ version: 1 });
      expect(staleArchive.status).toBe(409);
      const current = await app.http.get(`/api/persons/${person.id}`);
      expect(current.body).toMatchObject({ firstName: 'Erste', version: 2, privacyNoticeSentOn: null, archivedAt: null });
    });

    it('answers unknown ids with 404 and malformed ids with 400', async () => {
      const app = getApp();
      const unknown = await app.http.get(`/api/persons/${UNKNOWN_ID}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('PERSON_NOT_FOUND');
      const put = await app.http.put(`/api/persons/${UNKNOWN_ID}`).send({ firstName: 'A', lastName: 'B', dataSource: 'SELBST', version: 1 });
      expect(put.status).toBe(404);
      expect((await app.http.post(`/api/persons/${UNKNOWN_ID}/archive`).send({ version: 1 })).status).toBe(404);
      expect((await app.http.post(`/api/persons/${UNKNOWN_ID}/privacy-notice`).send({ sentOn: today(), version: 1 })).status).toBe(404);
      const malformed = await app.http.get('/api/persons/keine-uuid');
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('INVALID_ID');
    });

    it('rejects initial functions that break the rules, and writes nothing', async () => {
      const app = getApp();
      const lastName = `Regelbruch-${uniqueSuffix()}`;
      const base = { firstName: 'Rita', lastName, dataSource: 'SERVICEBUERO' };
      const cases: [unknown[], string][] = [
        [[{ functionType: 'SPRECHER', organisationId: UNKNOWN_ID }], 'functions.0.organisationId'],
        [[{ functionType: 'SPRECHER', allianceId: await insertAlliance(app) }, { functionType: 'SPRECHER', allianceId: UNKNOWN_ID }], 'functions.1.allianceId'],
        [[{ functionType: 'SPRECHER' }], 'functions.0.organisationId'],
        [[{ functionType: 'SPRECHER', organisationId: await insertOrganisation(app), validFrom: '2024-05-01', validUntil: '2024-04-30' }], 'functions.0.validUntil'],
        [[{ functionType: 'CHEFIN', allianceId: UNKNOWN_ID }], 'functions.0.functionType'],
        [['KOORDINATION'], 'functions.0'],
        [Array.from({ length: 11 }, () => ({ functionType: 'MITARBEIT', organisationId: UNKNOWN_ID })), 'functions'],
      ];
      for (const [functions, field] of cases) {
        const response = await app.http.post('/api/persons').send({ ...base, functions });
        expect({ field, status: response.status }).toEqual({ field, status: 400 });
        expect({ field, message: response.body.fields?.[field] }).toEqual({ field, message: expect.any(String) });
      }
      const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM person WHERE last_name = $1`, [lastName]);
      expect(count).toBe(0);
    });
  });

  describeCreateValidation(getApp, {
    path: '/api/persons',
    table: 'person',
    validBody: () => ({ firstName: 'Vera', lastName: `Validierung-${uniqueSuffix()}`, dataSource: 'KOORDINATION' }),
    required: ['firstName', 'lastName', 'dataSource'],
    wrongTypes: {
      firstName: 42,
      lastName: ['Muster'],
      dataSource: 'ERFUNDEN',
      salutation: 'HERRIN',
      email: 'kein-at',
      preferredChannel: 'FAX',
      retentionReviewOn: '31.12.2030',
      privacyNoticeSentOn: '2024-02-30',
      functions: 'KOORDINATION',
    },
    maxLengths: { firstName: 100, lastName: 100, title: 40, phone: 50 },
  });
}
