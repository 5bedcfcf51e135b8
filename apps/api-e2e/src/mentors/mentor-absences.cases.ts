import { randomUUID } from 'node:crypto';
import { TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { dbDate, insertAlliance, insertDeploymentWithSessions, insertPerson } from './mentor-fixtures';

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

interface AbsenceBody {
  id: string;
  fromDate: string;
  untilDate: string;
  isCurrent: boolean;
}

/** Absences of a mentor, and the current load shown in the detail. */
export function describeMentorLoadAndAbsences(getApp: () => TestApp): void {
  describe('Abwesenheiten und Auslastung', () => {
    let app: TestApp;
    /** A mentor created in beforeAll under a known id, so the validation cases can name its path. */
    const validationMentorId = randomUUID();

    beforeAll(async () => {
      app = getApp();
      const personId = await insertPerson(app.dataSource, 'Vera', `Abwesend ${uniqueSuffix()}`);
      await app.dataSource.query(`INSERT INTO mentor_profile (id, person_id, status) VALUES ($1, $2, 'AKTIV')`, [
        validationMentorId,
        personId,
      ]);
    });

    const createMentor = async (): Promise<string> => {
      const personId = await insertPerson(app.dataSource, 'Paula', `Pause ${uniqueSuffix()}`);
      const response = await app.http.post('/api/mentors').send({
        personId,
        status: 'AKTIV',
        modes: ['ONLINE'],
        capacityPerQuarter: 2,
        specialties: [],
        handlungsfeldIds: [],
        regionLandCodes: [],
        conflictAllianceIds: [],
      });
      expect(response.status).toBe(201);
      return response.body.id as string;
    };

    it('adds current, future and past absences; the detail shows current and future ones', async () => {
      const mentorId = await createMentor();
      const add = async (from: number, until: number, note?: string): Promise<AbsenceBody> => {
        const response = await app.http.post(`/api/mentors/${mentorId}/absences`).send({
          fromDate: await dbDate(app.dataSource, from),
          untilDate: await dbDate(app.dataSource, until),
          ...(note ? { note } : {}),
        });
        expect(response.status).toBe(201);
        return response.body as AbsenceBody;
      };
      const current = await add(-1, 1, 'Urlaub');
      expect(current).toMatchObject({ isCurrent: true, fromDate: await dbDate(app.dataSource, -1) });
      const future = await add(30, 44);
      expect(future.isCurrent).toBe(false);
      await add(-60, -50);

      const detail = await app.http.get(`/api/mentors/${mentorId}`);
      expect(detail.body.absences.map((a: AbsenceBody) => a.id)).toEqual([current.id, future.id]);
      expect(detail.body.absences[0].note).toBe('Urlaub');

      const sameDay = await app.http
        .post(`/api/mentors/${mentorId}/absences`)
        .send({ fromDate: await dbDate(app.dataSource, 5), untilDate: await dbDate(app.dataSource, 5) });
      expect(sameDay.status).toBe(201);
      const reversed = await app.http.post(`/api/mentors/${mentorId}/absences`).send({ fromDate: '2025-07-10', untilDate: '2025-07-01' });
      expect(reversed.status).toBe(400);
      expect(reversed.body.code).toBe('MENTOR_ABSENCE_PERIOD');
      expect(reversed.body.fields.untilDate).toEqual(expect.any(String));
    });

    it('removes an absence of this mentor only, and answers unknown ones with 404', async () => {
      const mentorId = await createMentor();
      const other = await createMentor();
      const created = await app.http.post(`/api/mentors/${mentorId}/absences`).send({ fromDate: '2030-01-01', untilDate: '2030-01-31' });
      const absenceId = created.body.id as string;

      const foreign = await app.http.delete(`/api/mentors/${other}/absences/${absenceId}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('MENTOR_ABSENCE_NOT_FOUND');
      const unknownMentor = await app.http
        .post(`/api/mentors/${UNKNOWN_ID}/absences`)
        .send({ fromDate: '2030-01-01', untilDate: '2030-01-31' });
      expect(unknownMentor.status).toBe(404);
      expect(unknownMentor.body.code).toBe('MENTOR_NOT_FOUND');
      expect((await app.http.delete(`/api/mentors/${mentorId}/absences/keine-uuid`)).status).toBe(400);

      expect((await app.http.delete(`/api/mentors/${mentorId}/absences/${absenceId}`)).status).toBe(204);
      expect((await app.http.delete(`/api/mentors/${mentorId}/absences/${absenceId}`)).status).toBe(404);
      const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [absenceId]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'DELETE']);

      expect((await app.http.post(`/api/mentors/${mentorId}/archive`).send({ version: 1 })).status).toBe(204);
      const archived = await app.http.post(`/api/mentors/${mentorId}/absences`).send({ fromDate: '2030-01-01', untilDate: '2030-01-31' });
      expect(archived.status).toBe(404);
    });

    it('counts the current load: active deployments whose first session (or creation) is in this quarter', async () => {
      const mentorId = await createMentor();
      const otherMentor = await createMentor();
      const allianceId = await insertAlliance(app.dataSource);
      const today = await dbDate(app.dataSource, 0);
      const longAgo = await dbDate(app.dataSource, -800);
      const deploy = (options: { status: string; sessionDays?: string[]; mentorIds?: string[]; archived?: boolean }): Promise<string> =>
        insertDeploymentWithSessions(app.dataSource, { allianceId, mentorIds: [mentorId], ...options });

      await deploy({ status: 'TERMINIERT', sessionDays: [today] }); // counts
      await deploy({ status: 'ZUGEWIESEN' }); // no session yet, created now: counts
      await deploy({ status: 'DURCHGEFUEHRT', sessionDays: [today], mentorIds: [otherMentor, mentorId] }); // tandem: counts
      await deploy({ status: 'STORNIERT', sessionDays: [today] });
      await deploy({ status: 'VERSCHOBEN' });
      await deploy({ status: 'DURCHGEFUEHRT', sessionDays: [longAgo, today] }); // first session long ago
      await deploy({ status: 'TERMINIERT', sessionDays: [today], archived: true });
      await deploy({ status: 'TERMINIERT', sessionDays: [today], mentorIds: [otherMentor] });

      const detail = await app.http.get(`/api/mentors/${mentorId}`);
      expect(detail.body).toMatchObject({ currentLoad: 3, capacityPerQuarter: 2 });
      expect((await app.http.get(`/api/mentors/${otherMentor}`)).body.currentLoad).toBe(2);
    });

    describeCreateValidation(() => app, {
      path: `/api/mentors/${validationMentorId}/absences`,
      table: 'mentor_absence',
      validBody: () => ({ fromDate: '2031-07-01', untilDate: '2031-07-14', note: 'Urlaub' }),
      required: ['fromDate', 'untilDate'],
      wrongTypes: { fromDate: '01.07.2031', untilDate: 20310714, note: 5 },
      maxLengths: { note: 200 },
    });
  });
}
