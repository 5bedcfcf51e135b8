import { ReminderJob } from '@bn/api/notifications';
import type { TestDatabase } from '@bn/api/data-access-db/testing';
import { uniqueSuffix } from '../support/test-app';
import { createDeployment, createRequest, insertAlliance, insertMentor } from '../mentoring/mentoring-fixtures';
import { BASE_URL, emailOf, insertOffer, MailTestApp, startMailTestApp } from './notification-fixtures';

/** 2025-03-10 is a Monday. Working days are Mon–Fri; public holidays are ignored. */
describe('Reminders for overdue items: each sent once', () => {
  let t: MailTestApp;
  let job: ReminderJob;
  let fachberatungEmail: string;
  // A database of its own: in the shared one, every other test's old requests are overdue too, and the
  // job would send hundreds of reminders before the ones this test waits for.
  let database: TestDatabase;
  const sharedUrl = process.env['BN_TEST_DATABASE_URL'];

  beforeAll(async () => {
    const { createTestDatabase } = await import('@bn/api/data-access-db/testing');
    database = await createTestDatabase('bn_reminders');
    process.env['BN_TEST_DATABASE_URL'] = database.url;
    t = await startMailTestApp();
    job = t.app.app.get(ReminderJob);
    fachberatungEmail = await emailOf(t.app, t.app.user.userId);
  });

  afterAll(async () => {
    await t?.close();
    process.env['BN_TEST_DATABASE_URL'] = sharedUrl;
    await database?.dispose();
  });

  const reminded = async (kind: string, subjectId: string): Promise<boolean> =>
    (await t.app.dataSource.query(`SELECT 1 FROM reminder_sent WHERE kind = $1 AND subject_id = $2`, [kind, subjectId])).length > 0;

  it('reminds the Fachberatung of a request not acknowledged within 2 working days, once', async () => {
    const allianceName = `Bündnis für Familie Erinnerungstest ${uniqueSuffix()}`;
    const allianceId = await insertAlliance(t.app, { name: allianceName });
    const request = await createRequest(t.app, allianceId, { receivedOn: '2025-03-10' });
    const acknowledged = await createRequest(t.app, allianceId, { receivedOn: '2025-03-10' });
    await t.app.dataSource.query(`UPDATE mentoring_request SET status = 'IN_KLAERUNG' WHERE id = $1`, [acknowledged.id]);

    await job.runOnce('2025-03-12'); // Wednesday: the deadline day itself
    expect(await reminded('REMINDER_REQUEST', request.id)).toBe(false);

    const result = await job.runOnce('2025-03-13');
    expect(result.requests).toBeGreaterThanOrEqual(1);
    expect(await reminded('REMINDER_REQUEST', request.id)).toBe(true);
    expect(await reminded('REMINDER_REQUEST', acknowledged.id)).toBe(false);
    const subject = `Erinnerung: Anfrage von ${allianceName} noch nicht bestätigt`;
    const mail = await t.smtp.waitFor(fachberatungEmail, subject);
    expect(mail.text).toContain('Die Anfrage „Gründung“ des Bündnisses');
    expect(mail.text).toContain('vom 10.03.2025 ist seit mehr als 2 Werktagen unbestätigt.');
    expect(mail.text).toContain(`Anfrage von ${allianceName} bearbeiten:\n${BASE_URL}/anfragen/${request.id}`);

    await job.runOnce('2025-03-20');
    await t.mailer.idle();
    expect(t.smtp.to(fachberatungEmail).filter((m) => m.subject === subject)).toHaveLength(1);
    const [{ count }] = await t.app.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE recipient_id = $1 AND kind = 'REMINDER_REQUEST' AND link_path = $2`,
      [t.app.user.userId, `/anfragen/${request.id}`],
    );
    expect(count).toBe(1);
  });

  it('reminds a mentor of an offer unanswered after 5 working days', async () => {
    const allianceId = await insertAlliance(t.app);
    const mentor = await insertMentor(t.app);
    const account = await t.app.signIn('MENTOR', { mentorProfileId: mentor.mentorId });
    const email = await emailOf(t.app, account.user.userId);
    const request = await createRequest(t.app, allianceId, { receivedOn: '2025-03-01' });
    const proposalId = await insertOffer(t.app, request.id, mentor.mentorId, new Date('2025-03-03T10:00:00+01:00'));

    await job.runOnce('2025-03-10'); // Monday + 5 working days = next Monday: not yet overdue
    expect(await reminded('REMINDER_OFFER', proposalId)).toBe(false);
    await job.runOnce('2025-03-11');
    expect(await reminded('REMINDER_OFFER', proposalId)).toBe(true);
    const mail = await t.smtp.waitFor(email, 'Erinnerung: Einsatzangebot „Gründung“ wartet auf Ihre Antwort');
    expect(mail.text).toContain('Das Einsatzangebot „Gründung“ (Niedersachsen) vom 03.03.2025 ist seit mehr als 5 Werktagen unbeantwortet.');
    const inbox = await account.get('/api/inbox');
    expect(inbox.body.items[0]).toMatchObject({ kind: 'REMINDER_OFFER', link: `/anfragen/${request.id}` });
  });

  it('reminds the mentors of a report missing 14 days after the last session, not once it is submitted', async () => {
    const allianceName = `Bündnis für Familie Berichtstest ${uniqueSuffix()}`;
    const allianceId = await insertAlliance(t.app, { name: allianceName });
    const mentor = await insertMentor(t.app);
    const account = await t.app.signIn('MENTOR', { mentorProfileId: mentor.mentorId });
    const email = await emailOf(t.app, account.user.userId);
    const missing = await createDeployment(t.app, allianceId, mentor.mentorId, { deploymentType: 'MODERATION' });
    const submitted = await createDeployment(t.app, allianceId, mentor.mentorId);
    for (const [deploymentId, heldOn] of [
      [missing.id, '2025-01-20'],
      [missing.id, '2025-02-01'],
      [submitted.id, '2025-02-01'],
    ]) {
      expect((await t.app.http.post(`/api/deployments/${deploymentId}/sessions`).send({ heldOn, mode: 'ONLINE', hours: 1 })).status).toBe(201);
    }
    await t.app.dataSource.query(
      `INSERT INTO deployment_report (deployment_id, summary, review_status, submitted_at) VALUES ($1, 'Bericht', 'EINGEREICHT', now())`,
      [submitted.id],
    );

    await job.runOnce('2025-02-15');
    expect(await reminded('REMINDER_REPORT', missing.id)).toBe(false);
    await job.runOnce('2025-02-16');
    expect(await reminded('REMINDER_REPORT', missing.id)).toBe(true);
    expect(await reminded('REMINDER_REPORT', submitted.id)).toBe(false);
    const mail = await t.smtp.waitFor(email, `Erinnerung: Bericht zum Einsatz bei ${allianceName} fehlt`);
    expect(mail.text).toContain('Der letzte Termin des Einsatzes „Moderation“');
    expect(mail.text).toContain('war am 01.02.2025');
    expect(mail.text).toContain(`Bericht zum Einsatz bei ${allianceName} schreiben:\n${BASE_URL}/einsaetze/${missing.id}`);
  });
});
