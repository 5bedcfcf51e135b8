import { uniqueSuffix } from '../support/test-app';
import { createDeployment, createRequest, insertAlliance, insertMentor, MentorFixture } from '../mentoring/mentoring-fixtures';
import { BASE_URL, emailOf, insertOffer, MailTestApp, startMailTestApp, tokenInMail } from './notification-fixtures';

interface InboxPage {
  items: { id: string; kind: string; title: string; body: string; link: string | null; readAt: string | null }[];
  total: number;
}

describe('Notifications: mails through a real SMTP server, and the inbox entries of the same events', () => {
  let t: MailTestApp;
  let fachberatungEmail: string;
  let allianceName: string;
  let allianceId: string;
  let mentor: MentorFixture;
  let mentorAccount: Awaited<ReturnType<MailTestApp['app']['signIn']>>;
  let mentorEmail: string;

  beforeAll(async () => {
    t = await startMailTestApp();
    fachberatungEmail = await emailOf(t.app, t.app.user.userId);
    allianceName = `Bündnis für Familie Nörten-Hardenberg ${uniqueSuffix()}`;
    allianceId = await insertAlliance(t.app, { name: allianceName });
    mentor = await insertMentor(t.app, 'Mara', `Mentorin-${uniqueSuffix()}`);
    mentorAccount = await t.app.signIn('MENTOR', { mentorProfileId: mentor.mentorId });
    mentorEmail = await emailOf(t.app, mentorAccount.user.userId);
  });

  afterAll(async () => {
    await t.close();
  });

  it('mails a new offer to the mentor (without naming the alliance) and puts it in the mentor’s inbox', async () => {
    const request = await createRequest(t.app, allianceId, { desiredFrom: '2025-04-01', desiredUntil: '2025-06-30' });
    const proposalId = await insertOffer(t.app, request.id, mentor.mentorId);
    await t.events.publish({ type: 'offer.sent', requestId: request.id, proposalId, mentorId: mentor.mentorId, actorId: t.app.user.userId });

    const mail = await t.smtp.waitFor(mentorEmail, /^Neue Einsatzanfrage/);
    expect(mail.subject).toBe('Neue Einsatzanfrage: Gründung (Niedersachsen)');
    expect(mail.from).toBe('Servicebüro Lokale Bündnisse <servicebuero@example.org>');
    expect(mail.to).toBe(mentorEmail);
    expect(mail.text).toContain(`Guten Tag ${mentorAccount.user.displayName},`);
    expect(mail.text).toContain('Wunschzeitraum: 01.04.2025 bis 30.06.2025');
    expect(mail.text).toContain(`Einsatzangebot ansehen und beantworten:\n${BASE_URL}/anfragen/${request.id}`);
    expect(mail.html).toContain(`<a href="${BASE_URL}/anfragen/${request.id}"`);
    expect(mail.html).toContain('>Einsatzangebot ansehen und beantworten</a>');
    expect(mail.text).not.toContain('Nörten-Hardenberg');
    expect(mail.html).not.toContain('Nörten-Hardenberg');

    const inbox = await mentorAccount.get('/api/inbox');
    expect(inbox.status).toBe(200);
    const page = inbox.body as InboxPage;
    expect(page.items[0]).toMatchObject({ kind: 'OFFER_SENT', title: mail.subject, link: `/anfragen/${request.id}`, readAt: null });
    expect(page.items[0].body).toContain('Die Fachberatung des Servicebüros bietet Ihnen einen Einsatz an');
  });

  it('tells the Fachberatung about a decline with its reason, but not the Fachberatung member who recorded it', async () => {
    const recorder = await t.app.signIn('FACHBERATUNG');
    const recorderEmail = await emailOf(t.app, recorder.user.userId);
    const request = await createRequest(t.app, allianceId);
    const proposalId = await insertOffer(t.app, request.id, mentor.mentorId);
    await t.events.publish({
      type: 'offer.declined',
      requestId: request.id,
      proposalId,
      mentorId: mentor.mentorId,
      reason: 'Im Mai bin ich im Urlaub & nicht erreichbar',
      actorId: recorder.user.userId,
    });

    const mail = await t.smtp.waitFor(fachberatungEmail, `Absage von ${mentor.name}: ${allianceName}`);
    expect(mail.text).toContain(`${mentor.name} hat die Anfrage „Gründung“ des Bündnisses ${allianceName} abgelehnt.`);
    expect(mail.text).toContain('Begründung: Im Mai bin ich im Urlaub & nicht erreichbar');
    expect(mail.html).toContain('Im Mai bin ich im Urlaub &amp; nicht erreichbar');
    expect(mail.text).toContain(`Vorschläge für ${allianceName} ansehen:\n${BASE_URL}/anfragen/${request.id}`);

    await t.mailer.idle();
    expect(t.smtp.to(recorderEmail).filter((m) => m.subject.startsWith('Absage'))).toEqual([]);
    const recorderInbox = (await recorder.get('/api/inbox')).body as InboxPage;
    expect(recorderInbox.items.filter((item) => item.kind === 'OFFER_DECLINED')).toEqual([]);
    const ownInbox = (await t.app.http.get('/api/inbox?unread=true')).body as InboxPage;
    expect(ownInbox.items.find((item) => item.kind === 'OFFER_DECLINED' && item.link === `/anfragen/${request.id}`)).toBeDefined();
  });

  it('mails an acceptance to the Fachberatung', async () => {
    const request = await createRequest(t.app, allianceId);
    const proposalId = await insertOffer(t.app, request.id, mentor.mentorId);
    await t.events.publish({ type: 'offer.accepted', requestId: request.id, proposalId, mentorId: mentor.mentorId, actorId: mentorAccount.user.userId });
    const mail = await t.smtp.waitFor(fachberatungEmail, `Zusage von ${mentor.name}: ${allianceName}`);
    expect(mail.text).toContain(`Anfrage von ${allianceName} öffnen:\n${BASE_URL}/anfragen/${request.id}`);
  });

  it('asks the Fachberatung to review a report, returns it to the mentor and asks the coordinator for feedback', async () => {
    const coordinator = await t.app.signIn('KOORDINATION', { allianceIds: [allianceId] });
    const coordinatorEmail = await emailOf(t.app, coordinator.user.userId);
    const deployment = await createDeployment(t.app, allianceId, mentor.mentorId, { deploymentType: 'GRUENDUNGSBEGLEITUNG' });
    const session = await t.app.http.post(`/api/deployments/${deployment.id}/sessions`).send({ heldOn: '2025-05-27', mode: 'VOR_ORT', hours: 2 });
    expect(session.status).toBe(201);
    const reportId = '00000000-0000-4000-8000-000000000001';

    await t.events.publish({ type: 'report.submitted', deploymentId: deployment.id, reportId, actorId: mentorAccount.user.userId });
    const submitted = await t.smtp.waitFor(fachberatungEmail, `Bericht zur Prüfung: ${allianceName}`);
    expect(submitted.text).toContain(`${mentor.name} hat den Bericht zum Einsatz „Gründungsbegleitung“ beim Bündnis ${allianceName} eingereicht.`);
    expect(submitted.text).toContain(`Bericht zum Einsatz bei ${allianceName} prüfen:\n${BASE_URL}/einsaetze/${deployment.id}`);

    await t.events.publish({ type: 'report.returned', deploymentId: deployment.id, reportId, comment: 'Bitte die Ergebnisse <konkret> ergänzen.', actorId: t.app.user.userId });
    const returned = await t.smtp.waitFor(mentorEmail, `Bericht zurückgegeben: ${allianceName}`);
    expect(returned.text).toContain('Kommentar: Bitte die Ergebnisse <konkret> ergänzen.');
    expect(returned.html).toContain('Bitte die Ergebnisse &lt;konkret&gt; ergänzen.');

    await t.events.publish({ type: 'feedback.requested', deploymentId: deployment.id, actorId: t.app.user.userId });
    const feedback = await t.smtp.waitFor(coordinatorEmail, 'Ihre Rückmeldung zum Mentoring-Einsatz „Gründungsbegleitung“');
    expect(feedback.text).toContain(`für Ihr Bündnis ${allianceName} mit ${mentor.name} ist abgeschlossen`);
    expect(feedback.text).toContain('Letzter Termin: 27.05.2025');
    expect(feedback.text).toContain(`Rückmeldung zum Einsatz geben:\n${BASE_URL}/einsaetze/${deployment.id}`);
    const coordinatorInbox = (await coordinator.get('/api/inbox')).body as InboxPage;
    expect(coordinatorInbox.items.map((item) => item.kind)).toEqual(['FEEDBACK_REQUESTED']);
    expect((await coordinator.get('/api/inbox/unread-count')).body).toEqual({ unread: 1 });
  });

  it('mails the invitation link of a new account (POST /api/users/invitations); the link sets the password', async () => {
    const email = `eingeladen-${uniqueSuffix()}@example.org`;
    const invited = await t.app.http.post('/api/users/invitations').send({ email, displayName: 'Kim Koordination', role: 'KOORDINATION', allianceIds: [allianceId] });
    expect(invited.status).toBe(201);
    const mail = await t.smtp.waitFor(email, 'Einladung zu Bündnisnetz');
    expect(mail.text).toContain('Guten Tag Kim Koordination,');
    expect(mail.text).toContain('(Rolle: Bündniskoordination)');
    expect(mail.text).toContain(`Passwort festlegen und Einladung annehmen:\n${BASE_URL}${invited.body.invitation.link as string}`);
    expect(mail.text).toMatch(/Der Link gilt bis \d{2}\.\d{2}\.\d{4} \d{2}:\d{2} Uhr/);
    const token = tokenInMail(mail.text, '/einladung');
    const accepted = await t.app.anonymous.post('/api/auth/invitations/accept').send({ token, password: 'Fahrradkette-Sommerwiese-42' });
    expect(accepted.status).toBe(204);
  });

  it('mails a password-reset link requested without signing in; the link sets a new password', async () => {
    const email = `vergessen-${uniqueSuffix()}@example.org`;
    const invited = await t.app.http.post('/api/users/invitations').send({ email, displayName: 'Vera Vergesslich', role: 'KOORDINATION', allianceIds: [allianceId] });
    expect(invited.status).toBe(201);
    const requested = await t.app.anonymous.post('/api/auth/password-reset/request').send({ email: email.toUpperCase() });
    expect(requested.status).toBe(202);
    const mail = await t.smtp.waitFor(email, 'Passwort für Bündnisnetz zurücksetzen');
    expect(mail.text).toContain('Neues Passwort festlegen:\n');
    const token = tokenInMail(mail.text, '/passwort-zuruecksetzen');
    expect(mail.html).toContain(`href="${BASE_URL}/passwort-zuruecksetzen/${token}"`);
    const confirmed = await t.app.anonymous.post('/api/auth/password-reset/confirm').send({ token, password: 'Leuchtturm-Apfelkuchen-17' });
    expect(confirmed.status).toBe(204);

    const unknown = await t.app.anonymous.post('/api/auth/password-reset/request').send({ email: `niemand-${uniqueSuffix()}@example.org` });
    expect(unknown.status).toBe(202);
  });

  it('mails the reset link an administrator creates for a user', async () => {
    const target = await t.app.signIn('MENTOR', { mentorProfileId: (await insertMentor(t.app)).mentorId });
    const email = await emailOf(t.app, target.user.userId);
    const admin = await t.app.signIn('ADMINISTRATION');
    const created = await admin.post(`/api/users/${target.user.userId}/password-reset`);
    expect(created.status).toBe(201);
    const mail = await t.smtp.waitFor(email, 'Passwort für Bündnisnetz zurücksetzen');
    expect(mail.text).toContain(`${BASE_URL}${created.body.link as string}`);
  });
});
