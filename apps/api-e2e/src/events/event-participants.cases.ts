import { randomUUID } from 'node:crypto';
import { countRows, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  insertAlliance,
  insertDeclarationWithSignatures,
  insertDeployment,
  insertMentor,
  insertOrganisation,
  insertPerson,
} from './event-fixtures';

interface ParticipantBody {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  personId: string | null;
  personName: string | null;
  attendance: string;
  version: number;
}

interface SpeakerBody {
  id: string;
  personName: string | null;
  organisationName: string | null;
  topic: string;
}

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

/**
 * Participants, speakers and the linked records of the event detail. Registered from
 * events.e2e-spec.ts, so that all tests writing the event table run in one file, one after the
 * other: the create-validation cases count the table's rows and must not see a parallel insert.
 */
export function describeEventParticipants(getApp: () => TestApp): void {
  describe('Veranstaltungen: Teilnehmende, Referierende, Einsätze', () => {
    let app: TestApp;
    let allianceId: string;
    /** An event created in beforeAll under a known id, so the validation cases can name its path. */
    const validationEventId = randomUUID();
    let validationOrganisationId: string;

    beforeAll(async () => {
      app = getApp();
      allianceId = await insertAlliance(app.dataSource, {
        name: `Bündnis Haldensleben ${uniqueSuffix()}`,
        landCode: '15',
        kreisAgs: '15083',
        gemeindeAgs: '15083270',
      });
      await app.dataSource.query(
        `INSERT INTO event (id, event_type, organiser, alliance_id, title, starts_on, format) VALUES ($1, 'FACHTAG', 'BUENDNIS', $2, $3, '2019-03-26', 'ONLINE')`,
        [validationEventId, allianceId, `Validierung ${uniqueSuffix()}`],
      );
      validationOrganisationId = await insertOrganisation(app.dataSource, `Validierung ${uniqueSuffix()}`);
    });

    const createEvent = async (): Promise<string> => {
      const response = await app.http.post('/api/events').send({
        eventType: 'FACHTAG',
        organiser: 'BUENDNIS',
        allianceId,
        title: `Netzwerk-Fachtag ${uniqueSuffix()}`,
        startsOn: '2019-03-26',
        format: 'PRAESENZ',
        gemeindeAgs: '15083270',
      });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };

    it('registers participants, changes attendance, refuses duplicates and removes registrations', async () => {
      const eventId = await createEvent();
      const liba = await insertOrganisation(app.dataSource, `LIBa e.V. ${uniqueSuffix()}`);
      const drk = await insertOrganisation(app.dataSource, `DRK Kreisverband ${uniqueSuffix()}`);
      const person = await insertPerson(app.dataSource, 'Erika', `Beispielfrau ${uniqueSuffix()}`);

      const org = await app.http.post(`/api/events/${eventId}/participants`).send({ organisationId: liba, attendance: 'ANGEMELDET' });
      expect(org.status).toBe(201);
      expect(org.body).toMatchObject({
        organisationId: liba,
        personId: null,
        attendance: 'ANGEMELDET',
        version: 1,
      });
      expect(org.body.organisationName).toMatch(/^LIBa e\.V\./);

      const withPerson = await app.http.post(`/api/events/${eventId}/participants`).send({
        organisationId: drk,
        personId: person,
        attendance: 'TEILGENOMMEN',
      });
      expect(withPerson.status).toBe(201);
      expect((withPerson.body as ParticipantBody).personName).toMatch(/^Erika Beispielfrau/);

      const samePerson = await app.http.post(`/api/events/${eventId}/participants`).send({ personId: person, attendance: 'ANGEMELDET' });
      expect(samePerson.status).toBe(409);
      expect(samePerson.body.code).toBe('EVENT_PARTICIPANT_EXISTS');
      const sameOrg = await app.http.post(`/api/events/${eventId}/participants`).send({ organisationId: liba, attendance: 'ANGEMELDET' });
      expect(sameOrg.status).toBe(409);
      // The DRK is there only through a named person, so the organisation itself can still be listed.
      expect(
        (await app.http.post(`/api/events/${eventId}/participants`).send({ organisationId: drk, attendance: 'ANGEMELDET' })).status,
      ).toBe(201);

      const none = await app.http.post(`/api/events/${eventId}/participants`).send({ attendance: 'ANGEMELDET' });
      expect(none.status).toBe(400);
      expect(none.body.fields.organisationId).toEqual(expect.any(String));
      const unknownOrg = await app.http
        .post(`/api/events/${eventId}/participants`)
        .send({ organisationId: UNKNOWN_ID, attendance: 'ANGEMELDET' });
      expect(unknownOrg.status).toBe(400);
      expect(unknownOrg.body.fields.organisationId).toEqual(expect.any(String));
      const unknownPerson = await app.http
        .post(`/api/events/${eventId}/participants`)
        .send({ personId: UNKNOWN_ID, attendance: 'ANGEMELDET' });
      expect(unknownPerson.status).toBe(400);
      expect(unknownPerson.body.fields.personId).toEqual(expect.any(String));

      const participantId = (org.body as ParticipantBody).id;
      const changed = await app.http
        .put(`/api/events/${eventId}/participants/${participantId}`)
        .send({ attendance: 'ENTSCHULDIGT', version: 1 });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        attendance: 'ENTSCHULDIGT',
        version: 2,
      });
      const stale = await app.http
        .put(`/api/events/${eventId}/participants/${participantId}`)
        .send({ attendance: 'TEILGENOMMEN', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('VERSION_CONFLICT');

      const detail = await app.http.get(`/api/events/${eventId}`);
      expect(detail.body.participants).toHaveLength(3);
      expect(detail.body.participants.find((p: ParticipantBody) => p.id === participantId)).toMatchObject({ attendance: 'ENTSCHULDIGT' });

      const list = await app.http.get(`/api/events?q=${encodeURIComponent(detail.body.title)}`);
      expect(list.body.items[0]).toMatchObject({
        participantEntryCount: 3,
        speakerCount: 0,
      });

      const removed = await app.http.delete(`/api/events/${eventId}/participants/${participantId}`);
      expect(removed.status).toBe(204);
      expect((await app.http.delete(`/api/events/${eventId}/participants/${participantId}`)).status).toBe(404);
      expect((await app.http.get(`/api/events/${eventId}`)).body.participants).toHaveLength(2);
      const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [participantId]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    });

    it('answers participants of another event, unknown events and malformed ids with 404/400', async () => {
      const eventA = await createEvent();
      const eventB = await createEvent();
      const org = await insertOrganisation(app.dataSource, `AWO ${uniqueSuffix()}`);
      const participant = await app.http.post(`/api/events/${eventA}/participants`).send({ organisationId: org, attendance: 'ANGEMELDET' });
      const participantId = participant.body.id as string;

      const foreignPut = await app.http
        .put(`/api/events/${eventB}/participants/${participantId}`)
        .send({ attendance: 'TEILGENOMMEN', version: 1 });
      expect(foreignPut.status).toBe(404);
      expect(foreignPut.body.code).toBe('EVENT_PARTICIPANT_NOT_FOUND');
      expect((await app.http.delete(`/api/events/${eventB}/participants/${participantId}`)).status).toBe(404);
      const unknownEvent = await app.http
        .post(`/api/events/${UNKNOWN_ID}/participants`)
        .send({ organisationId: org, attendance: 'ANGEMELDET' });
      expect(unknownEvent.status).toBe(404);
      expect(unknownEvent.body.code).toBe('EVENT_NOT_FOUND');
      expect((await app.http.post(`/api/events/kaputt/participants`).send({ organisationId: org, attendance: 'ANGEMELDET' })).status).toBe(
        400,
      );
      expect((await app.http.delete(`/api/events/${eventA}/participants/kaputt`)).status).toBe(400);
      expect((await app.http.delete(`/api/events/${eventA}/speakers/${UNKNOWN_ID}`)).status).toBe(404);
      const badAttendance = await app.http
        .put(`/api/events/${eventA}/participants/${participantId}`)
        .send({ attendance: 'VIELLEICHT', version: 1 });
      expect(badAttendance.status).toBe(400);
      expect(badAttendance.body.fields.attendance).toEqual(expect.any(String));
    });

    it('adds and removes speakers', async () => {
      const eventId = await createEvent();
      const jobcenter = await insertOrganisation(app.dataSource, `Jobcenter Börde ${uniqueSuffix()}`);
      const speakerPerson = await insertPerson(app.dataSource, 'Max', `Mustermann ${uniqueSuffix()}`);
      const first = await app.http.post(`/api/events/${eventId}/speakers`).send({
        personId: speakerPerson,
        organisationId: jobcenter,
        topic: 'Wiedereinstieg nach der Elternzeit',
      });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        topic: 'Wiedereinstieg nach der Elternzeit',
      });
      expect((first.body as SpeakerBody).personName).toMatch(/^Max Mustermann/);
      expect((first.body as SpeakerBody).organisationName).toMatch(/^Jobcenter Börde/);
      const none = await app.http.post(`/api/events/${eventId}/speakers`).send({ topic: 'Ohne Namen' });
      expect(none.status).toBe(400);
      expect(none.body.fields.personId).toEqual(expect.any(String));

      const detail = await app.http.get(`/api/events/${eventId}`);
      expect(detail.body.speakers).toHaveLength(1);

      const other = await createEvent();
      expect((await app.http.delete(`/api/events/${other}/speakers/${first.body.id}`)).status).toBe(404);
      expect((await app.http.delete(`/api/events/${eventId}/speakers/${first.body.id}`)).status).toBe(204);
      expect((await app.http.get(`/api/events/${eventId}`)).body.speakers).toEqual([]);
      const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [first.body.id]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'DELETE']);
    });

    it('refuses participants and speakers for an archived event', async () => {
      const eventId = await createEvent();
      expect((await app.http.post(`/api/events/${eventId}/archive`).send({ version: 1 })).status).toBe(204);
      const org = await insertOrganisation(app.dataSource, `Verein ${uniqueSuffix()}`);
      expect(
        (await app.http.post(`/api/events/${eventId}/participants`).send({ organisationId: org, attendance: 'ANGEMELDET' })).status,
      ).toBe(404);
      expect((await app.http.post(`/api/events/${eventId}/speakers`).send({ organisationId: org, topic: 'Impuls' })).status).toBe(404);
    });

    it('shows linked deployments with mentor names and the signatures made at the event', async () => {
      const eventId = await createEvent();
      const lead = await insertMentor(app.dataSource, await insertPerson(app.dataSource, 'Hilde', `Impulsgeberin ${uniqueSuffix()}`));
      const tandem = await insertMentor(app.dataSource, await insertPerson(app.dataSource, 'Anton', `Zweitmentor ${uniqueSuffix()}`));
      const deploymentId = await insertDeployment(app.dataSource, {
        allianceId,
        eventId,
        status: 'DURCHGEFUEHRT',
        mentorIds: [lead, tandem],
      });
      await insertDeployment(app.dataSource, {
        allianceId,
        eventId,
        archived: true,
      });
      await insertDeployment(app.dataSource, { allianceId, eventId: null });
      const signers = [
        await insertOrganisation(app.dataSource, `Firma A ${uniqueSuffix()}`),
        await insertOrganisation(app.dataSource, `Firma B ${uniqueSuffix()}`),
      ];
      await insertDeclarationWithSignatures(app.dataSource, allianceId, eventId, signers);

      const detail = await app.http.get(`/api/events/${eventId}`);
      expect(detail.status).toBe(200);
      expect(detail.body.deployments).toHaveLength(1);
      expect(detail.body.deployments[0]).toMatchObject({
        id: deploymentId,
        deploymentType: 'FACHVORTRAG',
        status: 'DURCHGEFUEHRT',
        mode: 'VOR_ORT',
      });
      const names = detail.body.deployments[0].mentorNames as string[];
      expect(names).toHaveLength(2);
      expect(names[0]).toMatch(/^Hilde Impulsgeberin/);
      expect(detail.body).toMatchObject({
        declarationCount: 1,
        signatureCount: 2,
        landCode: '15',
        gemeindeName: 'Haldensleben',
      });
    });

    // The participant body has no text field, and describeCreateValidation needs at least one
    // maxLength case (it.each refuses an empty table), so these cases are spelled out here.
    describe(`POST /api/events/:id/participants validation`, () => {
      const path = (): string => `/api/events/${validationEventId}/participants`;
      const expectRejected = async (body: Record<string, unknown>, field: string): Promise<void> => {
        const before = await countRows(app.dataSource, 'event_participant');
        const response = await app.http.post(path()).send(body);
        expect({ field, status: response.status }).toEqual({
          field,
          status: 400,
        });
        expect(response.body.code).toBe('VALIDATION_FAILED');
        expect(response.body.fields[field]).toEqual(expect.any(String));
        expect(await countRows(app.dataSource, 'event_participant')).toBe(before);
      };

      it('rejects a missing attendance', async () => {
        await expectRejected({ organisationId: validationOrganisationId }, 'attendance');
      });

      it.each([
        ['attendance', 'VIELLEICHT'],
        ['organisationId', 'keine-uuid'],
        ['personId', 42],
      ])('rejects a wrong type for %s', async (field, value) => {
        await expectRejected(
          {
            organisationId: validationOrganisationId,
            attendance: 'ANGEMELDET',
            [field]: value,
          },
          field,
        );
      });

      it('rejects unknown fields', async () => {
        await expectRejected(
          {
            organisationId: validationOrganisationId,
            attendance: 'ANGEMELDET',
            kommentar: 'x',
          },
          'kommentar',
        );
      });

      it('accepts the valid body', async () => {
        const response = await app.http.post(path()).send({
          organisationId: validationOrganisationId,
          attendance: 'ANGEMELDET',
        });
        expect(response.status).toBe(201);
      });
    });

    describeCreateValidation(() => app, {
      path: `/api/events/${validationEventId}/speakers`,
      table: 'event_speaker',
      validBody: () => ({
        organisationId: validationOrganisationId,
        topic: 'Familienfreundliche Arbeitgeber',
      }),
      required: ['topic'],
      wrongTypes: { topic: 7, personId: 'keine-uuid', organisationId: ['x'] },
      maxLengths: { topic: 300 },
    });
  });
}
