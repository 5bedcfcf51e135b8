import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { createDeployment, insertAlliance, insertEvent, insertMentor, MentorFixture } from '../mentoring/mentoring-fixtures';

const BASE_URL = 'https://buendnisnetz.example.org';

interface FeedEvent {
  uid: string;
  summary: string;
  location: string | null;
  start: string;
  end: string;
  isAllDay: boolean;
}

/** Parses a feed with ical.js, as a calendar app would. */
function parseFeed(ics: string): { name: string; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location ?? null,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      end: event.endDate.isDate ? event.endDate.toString() : event.endDate.toJSDate().toISOString(),
      isAllDay: event.startDate.isDate,
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname')), events };
}

const pathOf = (url: string): string => url.slice(BASE_URL.length);

describe('Calendar feeds (iCal) behind secret, renewable addresses', () => {
  let app: TestApp;
  let allianceId: string;
  let allianceName: string;
  let mentor: MentorFixture;
  let mentorAccount: Awaited<ReturnType<TestApp['signIn']>>;
  let ownDeploymentId: string;
  let otherDeploymentId: string;

  const addSession = async (deploymentId: string, body: Record<string, unknown>): Promise<string> => {
    const response = await app.http.post(`/api/deployments/${deploymentId}/sessions`).send(body);
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp('FACHBERATUNG', { PUBLIC_BASE_URL: BASE_URL });
    allianceName = `Bündnis für Familie Kalendertest ${uniqueSuffix()}`;
    allianceId = await insertAlliance(app, { name: allianceName });
    mentor = await insertMentor(app);
    mentorAccount = await app.signIn('MENTOR', { mentorProfileId: mentor.mentorId });
    const other = await insertMentor(app);
    const future = new Date();
    future.setUTCDate(future.getUTCDate() + 30);
    const inAMonth = future.toISOString().slice(0, 10);
    ownDeploymentId = (await createDeployment(app, allianceId, mentor.mentorId, { deploymentType: 'GRUENDUNGSBEGLEITUNG' })).id;
    otherDeploymentId = (await createDeployment(app, allianceId, other.mentorId)).id;
    await addSession(ownDeploymentId, {
      heldOn: inAMonth,
      startTime: '09:30',
      endTime: '12:00',
      mode: 'VOR_ORT',
      gemeindeAgs: '03155010',
      place: 'Rathaus, Sitzungssaal',
      topic: 'Analyse der Rahmenbedingungen',
      hours: 2.5,
    });
    await addSession(ownDeploymentId, { heldOn: inAMonth, mode: 'ONLINE', hours: 1 });
    await addSession(otherDeploymentId, { heldOn: inAMonth, startTime: '14:00', endTime: '15:00', mode: 'ONLINE', hours: 1 });
    const eventId = await insertEvent(app, allianceId, 'Gründungsveranstaltung im Rathaus');
    await app.dataSource.query(`UPDATE event SET starts_on = $2, start_time = '18:00', end_time = '20:30', venue = 'Burg Hardenberg', gemeinde_ags = '03155010' WHERE id = $1`, [
      eventId,
      inAMonth,
    ]);
  });

  afterAll(async () => {
    await app.close();
  });

  it('gives a mentor a feed of own sessions that a calendar parser reads; the address is shown once', async () => {
    const created = await mentorAccount.post('/api/calendar/feeds').send({ kind: 'MENTOR' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'MENTOR', allianceId: null, allianceName: null, lastUsedAt: null });
    const url = created.body.url as string;
    expect(url).toMatch(new RegExp(`^${BASE_URL}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));

    const feed = await app.anonymous.get(pathOf(url));
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const { name, events } = parseFeed(feed.text);
    expect(name).toBe('Bündnisnetz – meine Einsatztermine');
    expect(events).toHaveLength(2);
    const timed = events.find((event) => !event.isAllDay);
    expect(timed).toMatchObject({ summary: `Einsatz ${allianceName}: Gründungsbegleitung`, location: 'Rathaus, Sitzungssaal, Nörten-Hardenberg' });
    const day = timed?.start.slice(0, 10) ?? '';
    // German wall-clock 09:30–12:00 as UTC instants: 07:30/10:00 in summer, 08:30/11:00 in winter.
    expect([`${day}T07:30:00.000Z`, `${day}T08:30:00.000Z`]).toContain(timed?.start);
    expect(new Date(timed?.end ?? '').getTime() - new Date(timed?.start ?? '').getTime()).toBe(150 * 60 * 1000);
    expect(events.find((event) => event.isAllDay)).toMatchObject({ location: 'Online', summary: `Einsatz ${allianceName}: Gründungsbegleitung` });

    const listed = await mentorAccount.get('/api/calendar/feeds');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([{ id: created.body.id, kind: 'MENTOR', allianceId: null, allianceName: null, createdAt: expect.any(String), lastUsedAt: expect.any(String) }]);
    expect(JSON.stringify(listed.body)).not.toContain('.ics');

    const token = /\/api\/calendar\/(.+)\.ics$/.exec(url)?.[1] ?? '';
    const [stored] = await app.dataSource.query(`SELECT token_hash FROM calendar_feed WHERE id = $1`, [created.body.id]);
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
  });

  it('renews the address: the old one answers 404, the new one works', async () => {
    const first = await mentorAccount.post('/api/calendar/feeds').send({ kind: 'MENTOR' });
    const second = await mentorAccount.post('/api/calendar/feeds').send({ kind: 'MENTOR' });
    expect(second.status).toBe(201);
    expect(second.body.url).not.toBe(first.body.url);
    const old = await app.anonymous.get(pathOf(first.body.url));
    expect(old.status).toBe(404);
    expect(old.body.code).toBe('CALENDAR_FEED_NOT_FOUND');
    expect((await app.anonymous.get(pathOf(second.body.url))).status).toBe(200);
    expect((await mentorAccount.get('/api/calendar/feeds')).body).toHaveLength(1);
  });

  it('gives a coordinator a feed of the own alliance’s events and sessions, and stops it when the coordinator leaves the alliance', async () => {
    const coordinator = await app.signIn('KOORDINATION', { allianceIds: [allianceId] });
    const created = await coordinator.post('/api/calendar/feeds').send({ kind: 'ALLIANCE', allianceId });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'ALLIANCE', allianceId, allianceName });
    const feed = await app.anonymous.get(pathOf(created.body.url));
    expect(feed.status).toBe(200);
    const { name, events } = parseFeed(feed.text);
    expect(name).toBe(`Bündnisnetz – ${allianceName}`);
    expect(events.map((event) => event.summary).sort()).toEqual(
      ['Gründungsveranstaltung im Rathaus', 'Mentoring: Erstberatung/Beratungsgespräch', 'Mentoring: Gründungsbegleitung', 'Mentoring: Gründungsbegleitung'].sort(),
    );
    const founding = events.find((event) => event.summary === 'Gründungsveranstaltung im Rathaus');
    expect(founding?.location).toBe('Burg Hardenberg, Nörten-Hardenberg');
    expect(new Date(founding?.end ?? '').getTime() - new Date(founding?.start ?? '').getTime()).toBe(150 * 60 * 1000);

    await app.dataSource.query(`DELETE FROM user_alliance WHERE user_id = $1`, [coordinator.user.userId]);
    expect((await app.anonymous.get(pathOf(created.body.url))).status).toBe(404);
  });

  it('lets the Fachberatung subscribe to any alliance, coordinators only to their own', async () => {
    expect((await app.http.post('/api/calendar/feeds').send({ kind: 'ALLIANCE', allianceId })).status).toBe(201);
    const foreignAlliance = await insertAlliance(app);
    const coordinator = await app.signIn('KOORDINATION', { allianceIds: [foreignAlliance] });
    const refused = await coordinator.post('/api/calendar/feeds').send({ kind: 'ALLIANCE', allianceId });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('CALENDAR_FEED_ALLIANCE_NOT_FOUND');
    expect(refused.body.fields.allianceId).toEqual(expect.any(String));
    const unknown = await app.http.post('/api/calendar/feeds').send({ kind: 'ALLIANCE', allianceId: '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('CALENDAR_FEED_ALLIANCE_NOT_FOUND');
  });

  it('keeps the kinds to their roles', async () => {
    const coordinator = await app.signIn('KOORDINATION', { allianceIds: [allianceId] });
    const ownForCoordinator = await coordinator.post('/api/calendar/feeds').send({ kind: 'MENTOR' });
    expect(ownForCoordinator.status).toBe(400);
    expect(ownForCoordinator.body.code).toBe('CALENDAR_FEED_KIND_NOT_ALLOWED');
    expect((await mentorAccount.post('/api/calendar/feeds').send({ kind: 'ALLIANCE', allianceId })).status).toBe(403);
    const ministry = await app.signIn('MINISTERIUM');
    expect((await ministry.post('/api/calendar/feeds').send({ kind: 'ALLIANCE', allianceId })).status).toBe(403);
    expect((await ministry.get('/api/calendar/feeds')).status).toBe(403);
  });

  it.each([
    [{}, 'kind'],
    [{ kind: 'PRIVAT' }, 'kind'],
    [{ kind: 'ALLIANCE' }, 'allianceId'],
    [{ kind: 'ALLIANCE', allianceId: 'kein-bündnis' }, 'allianceId'],
    [{ kind: 'MENTOR', extra: 1 }, 'extra'],
  ])('rejects %j with 400 and a German message on %s', async (body, field) => {
    const response = await mentorAccount.post('/api/calendar/feeds').send(body);
    expect(response.status).toBe(400);
    expect(response.body.fields?.[field]).toEqual(expect.any(String));
  });

  it('answers unknown and malformed tokens with 404', async () => {
    expect((await app.anonymous.get('/api/calendar/q8X3kP0aZ7mN2bV5cL9dR4tY6wE1sH0jG3fK8uI5oP2.ics')).status).toBe(404);
    expect((await app.anonymous.get('/api/calendar/kurz.ics')).status).toBe(404);
  });
});
