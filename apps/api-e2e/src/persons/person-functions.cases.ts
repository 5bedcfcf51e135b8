import { TestApp } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  auditActions,
  createPerson,
  FUNCTION_VALIDATION_PERSON_ID,
  FunctionBody,
  insertAlliance,
  insertOrganisation,
  PersonDetailBody,
  shiftDays,
  today,
} from './persons.fixtures';

const UNKNOWN_ID = '2c9d1d8e-4f7a-4b1e-8a57-3d1c2e0f9a11';

/** Functions of a person: add, change, end (never delete), reference and period rules. */
export function describePersonFunctions(getApp: () => TestApp): void {
  describe('person functions', () => {
    let organisationId: string;
    let allianceId: string;

    beforeAll(async () => {
      organisationId = await insertOrganisation(getApp());
      allianceId = await insertAlliance(getApp());
    });

    it('adds, changes and ends a function; the detail keeps the history', async () => {
      const app = getApp();
      const person = await createPerson(app);
      const added = await app.http
        .post(`/api/persons/${person.id}/functions`)
        .send({ functionType: 'ANSPRECHPERSON', allianceId, validFrom: '2021-03-01' });
      expect(added.status).toBe(201);
      const fn = added.body as FunctionBody;
      expect(fn).toMatchObject({ personId: person.id, functionLabel: 'Ansprechperson', allianceId, organisationId: null, isCurrent: true, version: 1 });
      expect(fn.allianceName).toEqual(expect.stringContaining('Personen-Testbündnis'));

      const changed = await app.http
        .put(`/api/persons/${person.id}/functions/${fn.id}`)
        .send({ functionType: 'SPRECHER', allianceId, organisationId, validFrom: '2021-03-01', version: 1 });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ functionType: 'SPRECHER', organisationId, version: 2 });

      const yesterday = shiftDays(today(), -1);
      const ended = await app.http.post(`/api/persons/${person.id}/functions/${fn.id}/end`).send({ validUntil: yesterday, version: 2 });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ validUntil: yesterday, isCurrent: false, version: 3 });
      const again = await app.http.post(`/api/persons/${person.id}/functions/${fn.id}/end`).send({ validUntil: today(), version: 3 });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('PERSON_FUNCTION_ALREADY_ENDED');

      const current = await app.http.post(`/api/persons/${person.id}/functions`).send({ functionType: 'KOORDINATION', organisationId });
      expect(current.status).toBe(201);
      const detail = (await app.http.get(`/api/persons/${person.id}`)).body as PersonDetailBody;
      expect(detail.functions.map((f) => [f.functionType, f.isCurrent])).toEqual([
        ['KOORDINATION', true],
        ['SPRECHER', false],
      ]);
      expect(await auditActions(app, fn.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE']);
    });

    it('lets a planned end be brought forward but never before the start', async () => {
      const app = getApp();
      const person = await createPerson(app, {
        functions: [{ functionType: 'MITARBEIT', organisationId, validFrom: '2022-01-01', validUntil: shiftDays(today(), 30) }],
      });
      const fn = person.functions[0];
      const early = await app.http.post(`/api/persons/${person.id}/functions/${fn.id}/end`).send({ validUntil: '2021-12-31', version: 1 });
      expect(early.status).toBe(400);
      expect(early.body.fields.validUntil).toEqual(expect.any(String));
      const ended = await app.http.post(`/api/persons/${person.id}/functions/${fn.id}/end`).send({ validUntil: today(), version: 1 });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ validUntil: today(), isCurrent: true });
    });

    it('refuses stale versions with 409 and keeps the first change', async () => {
      const app = getApp();
      const person = await createPerson(app, { functions: [{ functionType: 'MITARBEIT', organisationId }] });
      const fn = person.functions[0];
      const path = `/api/persons/${person.id}/functions/${fn.id}`;
      expect((await app.http.put(path).send({ functionType: 'LEITUNG', organisationId, version: 1 })).status).toBe(200);
      const second = await app.http.put(path).send({ functionType: 'REFERENT', organisationId, version: 1 });
      expect(second.status).toBe(409);
      expect(second.body.code).toBe('VERSION_CONFLICT');
      const staleEnd = await app.http.post(`${path}/end`).send({ validUntil: today(), version: 1 });
      expect(staleEnd.status).toBe(409);
      const detail = (await app.http.get(`/api/persons/${person.id}`)).body as PersonDetailBody;
      expect(detail.functions[0]).toMatchObject({ functionType: 'LEITUNG', validUntil: null, version: 2 });
    });

    it('checks organisation, alliance and period with field messages', async () => {
      const app = getApp();
      const person = await createPerson(app);
      const archivedAlliance = await insertAlliance(app);
      await app.dataSource.query(`UPDATE alliance SET archived_at = now() WHERE id = $1`, [archivedAlliance]);
      const cases: [Record<string, unknown>, string[]][] = [
        [{ functionType: 'SPRECHER', organisationId: UNKNOWN_ID }, ['organisationId']],
        [{ functionType: 'SPRECHER', allianceId: UNKNOWN_ID }, ['allianceId']],
        [{ functionType: 'SPRECHER', allianceId: archivedAlliance }, ['allianceId']],
        [{ functionType: 'SPRECHER' }, ['organisationId', 'allianceId']],
        [{ functionType: 'SPRECHER', allianceId, validFrom: '2024-06-01', validUntil: '2024-05-31' }, ['validUntil']],
      ];
      for (const [body, fields] of cases) {
        const response = await app.http.post(`/api/persons/${person.id}/functions`).send(body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        for (const field of fields) expect({ field, message: response.body.fields?.[field] }).toEqual({ field, message: expect.any(String) });
      }
      const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM person_function WHERE person_id = $1`, [person.id]);
      expect(count).toBe(0);
    });

    it('answers unknown, foreign and malformed ids with 404 or 400', async () => {
      const app = getApp();
      const owner = await createPerson(app, { functions: [{ functionType: 'MITARBEIT', organisationId }] });
      const other = await createPerson(app);
      const fnId = owner.functions[0].id;
      const body = { functionType: 'LEITUNG', organisationId, version: 1 };
      const foreign = await app.http.put(`/api/persons/${other.id}/functions/${fnId}`).send(body);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('PERSON_FUNCTION_NOT_FOUND');
      expect((await app.http.post(`/api/persons/${other.id}/functions/${fnId}/end`).send({ validUntil: today(), version: 1 })).status).toBe(404);
      expect((await app.http.put(`/api/persons/${owner.id}/functions/${UNKNOWN_ID}`).send(body)).status).toBe(404);
      const noPerson = await app.http.post(`/api/persons/${UNKNOWN_ID}/functions`).send({ functionType: 'LEITUNG', organisationId });
      expect(noPerson.status).toBe(404);
      expect(noPerson.body.code).toBe('PERSON_NOT_FOUND');
      const malformed = await app.http.put(`/api/persons/${owner.id}/functions/keine-uuid`).send(body);
      expect(malformed.status).toBe(400);
      expect(malformed.body.code).toBe('INVALID_ID');
      expect((await app.http.post('/api/persons/keine-uuid/functions').send({ functionType: 'LEITUNG', organisationId })).status).toBe(400);

      await app.http.post(`/api/persons/${other.id}/archive`).send({ version: 1 }).expect(204);
      const archived = await app.http.post(`/api/persons/${other.id}/functions`).send({ functionType: 'LEITUNG', organisationId });
      expect(archived.status).toBe(404);
    });
  });

  describeCreateValidation(getApp, {
    path: `/api/persons/${FUNCTION_VALIDATION_PERSON_ID}/functions`,
    table: 'person_function',
    validBody: () => ({ functionType: 'GLEICHSTELLUNG', allianceId: VALIDATION_REFS.allianceId }),
    required: ['functionType'],
    wrongTypes: {
      functionType: 'KAISERIN',
      organisationId: 'keine-uuid',
      allianceId: 42,
      validFrom: '2024-02-30',
      validUntil: 20240101,
    },
    // no free-text fields: the enum column's length stands in
    maxLengths: { functionType: 30 },
  });
}

/** Filled by the spec's beforeAll: an alliance the validation body may reference. */
export const VALIDATION_REFS = { allianceId: '' };
