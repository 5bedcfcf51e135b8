import { TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { auditActions, CONSENT_VALIDATION_PERSON_ID, ConsentBody, createPerson, PersonDetailBody, shiftDays, today } from './persons.fixtures';

const UNKNOWN_ID = '5e2f3a4b-6c7d-4e8f-9a0b-1c2d3e4f5a6b';

/** Consents: granted with purpose, date and text version; withdrawn once, not before the grant. */
export function describeConsents(getApp: () => TestApp): void {
  describe('consents', () => {
    it('grants and withdraws a consent; the detail shows whether it is active', async () => {
      const app = getApp();
      const person = await createPerson(app);
      const granted = await app.http
        .post(`/api/persons/${person.id}/consents`)
        .send({ purpose: 'NEWSLETTER', grantedOn: '2024-03-01', textVersion: 'Newsletter v2' });
      expect(granted.status).toBe(201);
      const consent = granted.body as ConsentBody;
      expect(consent).toMatchObject({ personId: person.id, purpose: 'NEWSLETTER', grantedOn: '2024-03-01', textVersion: 'Newsletter v2', withdrawnOn: null, isActive: true });

      const gallery = await app.http.post(`/api/persons/${person.id}/consents`).send({ purpose: 'GALERIE', grantedOn: '2024-04-01', textVersion: 'G1' });
      expect(gallery.status).toBe(201);

      const withdrawn = await app.http.post(`/api/persons/${person.id}/consents/${consent.id}/withdraw`).send({ withdrawnOn: '2024-09-15' });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ withdrawnOn: '2024-09-15', isActive: false });

      const detail = (await app.http.get(`/api/persons/${person.id}`)).body as PersonDetailBody;
      expect(detail.consents.map((c) => [c.purpose, c.isActive])).toEqual([
        ['GALERIE', true],
        ['NEWSLETTER', false],
      ]);
      expect(await auditActions(app, consent.id)).toEqual(['CREATE', 'UPDATE']);
    });

    it('enforces the withdrawal rules', async () => {
      const app = getApp();
      const person = await createPerson(app);
      const consent = (await app.http
        .post(`/api/persons/${person.id}/consents`)
        .send({ purpose: 'NAME_IM_PROFIL', grantedOn: '2024-05-10', textVersion: 'Profil 1' })).body as ConsentBody;
      const path = `/api/persons/${person.id}/consents/${consent.id}/withdraw`;

      const beforeGrant = await app.http.post(path).send({ withdrawnOn: '2024-05-09' });
      expect(beforeGrant.status).toBe(400);
      expect(beforeGrant.body.fields.withdrawnOn).toEqual(expect.any(String));
      const future = await app.http.post(path).send({ withdrawnOn: shiftDays(today(), 1) });
      expect(future.status).toBe(400);
      expect(future.body.fields.withdrawnOn).toEqual(expect.any(String));
      const missing = await app.http.post(path).send({});
      expect(missing.status).toBe(400);
      expect(missing.body.fields.withdrawnOn).toEqual(expect.any(String));
      expect((await app.http.post(path).send({ withdrawnOn: '2024-05-10', grund: 'x' })).status).toBe(400);

      const sameDay = await app.http.post(path).send({ withdrawnOn: '2024-05-10' });
      expect(sameDay.status).toBe(200);
      const again = await app.http.post(path).send({ withdrawnOn: '2024-06-01' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('CONSENT_ALREADY_WITHDRAWN');
      const [{ withdrawn_on }] = await app.dataSource.query(`SELECT to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on FROM consent WHERE id = $1`, [consent.id]);
      expect(withdrawn_on).toBe('2024-05-10');
    });

    it('refuses consents of other persons, unknown ids, future grants and duplicate active grants', async () => {
      const app = getApp();
      const owner = await createPerson(app);
      const other = await createPerson(app);
      const textVersion = `T-${uniqueSuffix()}`;
      const consent = (await app.http.post(`/api/persons/${owner.id}/consents`).send({ purpose: 'GALERIE', grantedOn: '2023-01-01', textVersion }))
        .body as ConsentBody;

      const foreign = await app.http.post(`/api/persons/${other.id}/consents/${consent.id}/withdraw`).send({ withdrawnOn: today() });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('CONSENT_NOT_FOUND');
      expect((await app.http.post(`/api/persons/${owner.id}/consents/${UNKNOWN_ID}/withdraw`).send({ withdrawnOn: today() })).status).toBe(404);
      expect((await app.http.post(`/api/persons/${owner.id}/consents/keine-uuid/withdraw`).send({ withdrawnOn: today() })).status).toBe(400);
      const noPerson = await app.http.post(`/api/persons/${UNKNOWN_ID}/consents`).send({ purpose: 'GALERIE', grantedOn: '2023-01-01', textVersion });
      expect(noPerson.status).toBe(404);
      expect(noPerson.body.code).toBe('PERSON_NOT_FOUND');

      const future = await app.http.post(`/api/persons/${owner.id}/consents`).send({ purpose: 'NEWSLETTER', grantedOn: shiftDays(today(), 1), textVersion });
      expect(future.status).toBe(400);
      expect(future.body.fields.grantedOn).toEqual(expect.any(String));

      const duplicate = await app.http.post(`/api/persons/${owner.id}/consents`).send({ purpose: 'GALERIE', grantedOn: '2023-02-01', textVersion });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('CONSENT_ALREADY_ACTIVE');
      const newText = await app.http.post(`/api/persons/${owner.id}/consents`).send({ purpose: 'GALERIE', grantedOn: '2023-02-01', textVersion: `${textVersion}b` });
      expect(newText.status).toBe(201);
    });
  });

  describeCreateValidation(getApp, {
    path: `/api/persons/${CONSENT_VALIDATION_PERSON_ID}/consents`,
    table: 'consent',
    validBody: () => ({ purpose: 'NEWSLETTER', grantedOn: '2024-01-15', textVersion: `V-${uniqueSuffix()}` }),
    required: ['purpose', 'grantedOn', 'textVersion'],
    wrongTypes: { purpose: 'WERBUNG', grantedOn: '2024-13-01', textVersion: 12 },
    maxLengths: { textVersion: 40 },
  });
}
