import { AccessContext, deniedEntries, ids, NOT_ACCESSIBLE } from '../engagement/access.fixture';

interface ParticipantBody {
  personId: string | null;
  organisationId: string | null;
  personName: string | null;
}

/**
 * Events as a coordinator of A (own events read/write, federal events read-only, B's events 404) and
 * as a mentor (events of own deployments and federal events, read-only).
 */
export function describeEventAccess(context: () => AccessContext): void {
  const eventBody = (allianceId: string | null, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    eventType: 'NETZWERKTREFFEN',
    organiser: allianceId ? 'BUENDNIS' : 'SERVICEBUERO',
    allianceId,
    title: `Treffen ${context().fixture.tag}`,
    startsOn: '2026-03-01',
    format: 'ONLINE',
    version: 1,
    ...overrides,
  });

  describe('events as coordinator', () => {
    it('lists own events and federal events only (total, filters and search)', async () => {
      const { coordinator, fixture, app } = context();
      const listed = await coordinator.get(`/api/events?q=${fixture.tag}&pageSize=100`);
      expect(listed.status).toBe(200);
      expect(ids(listed.body)).toEqual([fixture.eventA, fixture.eventDeployment, fixture.eventFederal].sort());
      expect(listed.body.total).toBe(3);
      expect((await coordinator.get(`/api/events?q=${fixture.tag}&allianceId=${fixture.allianceB}`)).body.total).toBe(0);
      expect(ids((await coordinator.get(`/api/events?q=${fixture.tag}&organiser=SERVICEBUERO`)).body)).toEqual([fixture.eventFederal]);
      expect((await app.http.get(`/api/events?q=${fixture.tag}`)).body.total).toBe(4);
    });

    it("answers B's event with 404 and records the attempt; federal events are readable", async () => {
      const { coordinator, fixture, app } = context();
      const foreign = await coordinator.get(`/api/events/${fixture.eventB}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('EVENT_NOT_FOUND');
      expect(await deniedEntries(app.dataSource, fixture.eventB, coordinator.user.userId)).toBe(1);
      expect((await coordinator.get(`/api/events/${fixture.eventFederal}`)).status).toBe(200);
      expect((await coordinator.get(`/api/events/${fixture.eventA}`)).status).toBe(200);
    });

    it("refuses writes to B's events (404) and to federal events (403), changing nothing", async () => {
      const { coordinator, fixture, app } = context();
      const attempts: [string, () => Promise<{ status: number }>, number][] = [
        ['PUT B', () => coordinator.put(`/api/events/${fixture.eventB}`).send(eventBody(fixture.allianceB)), 404],
        ['archive B', () => coordinator.post(`/api/events/${fixture.eventB}/archive`).send({ version: 1 }), 404],
        ['participant B', () => coordinator.post(`/api/events/${fixture.eventB}/participants`).send({ personId: fixture.personA, attendance: 'ANGEMELDET' }), 404],
        ['speaker B', () => coordinator.post(`/api/events/${fixture.eventB}/speakers`).send({ personId: fixture.personA, topic: 'Impuls' }), 404],
        ['PUT federal', () => coordinator.put(`/api/events/${fixture.eventFederal}`).send(eventBody(fixture.allianceA)), 403],
        ['archive federal', () => coordinator.post(`/api/events/${fixture.eventFederal}/archive`).send({ version: 1 }), 403],
        ['participant federal', () => coordinator.post(`/api/events/${fixture.eventFederal}/participants`).send({ personId: fixture.personA, attendance: 'ANGEMELDET' }), 403],
      ];
      for (const [name, attempt, status] of attempts) {
        expect({ name, status: (await attempt()).status }).toEqual({ name, status });
      }
      const rows = await app.dataSource.query(`SELECT version, archived_at FROM event WHERE id = ANY($1::uuid[])`, [[fixture.eventB, fixture.eventFederal]]);
      expect(rows).toEqual([
        { version: 1, archived_at: null },
        { version: 1, archived_at: null },
      ]);
      expect(await deniedEntries(app.dataSource, fixture.eventFederal, coordinator.user.userId)).toBe(3);
      const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM event_participant WHERE event_id = ANY($1::uuid[])`, [
        [fixture.eventB, fixture.eventFederal],
      ]);
      expect(count).toBe(0);
    });

    it('creates and updates events of own alliances only, without revealing others', async () => {
      const { coordinator, fixture } = context();
      const foreign = await coordinator.post('/api/events').send(eventBody(fixture.allianceB, { version: undefined }));
      expect(foreign.status).toBe(400);
      expect(foreign.body.fields).toEqual({ allianceId: NOT_ACCESSIBLE });
      const federal = await coordinator.post('/api/events').send(eventBody(null, { version: undefined }));
      expect(federal.status).toBe(400);
      expect(federal.body.fields.allianceId).toEqual(expect.any(String));
      const own = await coordinator.post('/api/events').send(eventBody(fixture.allianceA, { version: undefined }));
      expect(own.status).toBe(201);
      const moved = await coordinator.put(`/api/events/${own.body.id}`).send(eventBody(fixture.allianceB));
      expect(moved.status).toBe(400);
      const updated = await coordinator.put(`/api/events/${own.body.id}`).send(eventBody(fixture.allianceA, { title: `Neu ${fixture.tag}` }));
      expect(updated.status).toBe(200);
      expect((await coordinator.post(`/api/events/${own.body.id}/archive`).send({ version: 2 })).status).toBe(204);
    });

    it('registers only persons and organisations in scope as participants', async () => {
      const { coordinator, fixture } = context();
      const path = `/api/events/${fixture.eventA}/participants`;
      const person = await coordinator.post(path).send({ personId: fixture.personB, attendance: 'ANGEMELDET' });
      expect(person.status).toBe(400);
      expect(person.body.fields.personId).toEqual(expect.any(String));
      const organisation = await coordinator.post(path).send({ organisationId: fixture.organisationLoose, attendance: 'ANGEMELDET' });
      expect(organisation.status).toBe(400);
      expect(organisation.body.fields.organisationId).toEqual(expect.any(String));
      const added = await coordinator.post(path).send({ personId: fixture.personPartnerA, attendance: 'ANGEMELDET' });
      expect(added.status).toBe(201);
      const changed = await coordinator.put(`${path}/${added.body.id}`).send({ attendance: 'TEILGENOMMEN', version: 1 });
      expect(changed.status).toBe(200);
      const speaker = await coordinator.post(`/api/events/${fixture.eventA}/speakers`).send({ organisationId: fixture.organisationA, topic: 'Impuls' });
      expect(speaker.status).toBe(201);
    });

    it('shows participants of federal events only within scope, of own events all (names, no contact data)', async () => {
      const { coordinator, fixture, app } = context();
      await app.dataSource.query(
        `INSERT INTO event_participant (event_id, person_id) VALUES ($1, $2), ($1, $3), ($4, $3)`,
        [fixture.eventFederal, fixture.personA, fixture.personB, fixture.eventDeployment],
      );
      const federal = await coordinator.get(`/api/events/${fixture.eventFederal}`);
      expect((federal.body.participants as ParticipantBody[]).map((p) => p.personId)).toEqual([fixture.personA]);
      const staff = await app.http.get(`/api/events/${fixture.eventFederal}`);
      expect((staff.body.participants as ParticipantBody[]).map((p) => p.personId).sort()).toEqual([fixture.personA, fixture.personB].sort());
      const own = await coordinator.get(`/api/events/${fixture.eventDeployment}`);
      const foreignPerson = (own.body.participants as ParticipantBody[]).find((p) => p.personId === fixture.personB);
      expect(foreignPerson?.personName).toBe(`Berta Kontakt ${fixture.tag}`);
      expect(JSON.stringify(own.body)).not.toContain('@example.org');
      expect(own.body.deployments.map((d: { id: string }) => d.id)).toEqual([fixture.deploymentA]);
    });
  });

  describe('events as mentor', () => {
    it("lists the own deployment's event and federal events only", async () => {
      const { mentor, fixture } = context();
      const listed = await mentor.get(`/api/events?q=${fixture.tag}&pageSize=100`);
      expect(listed.status).toBe(200);
      expect(ids(listed.body)).toEqual([fixture.eventDeployment, fixture.eventFederal].sort());
      expect(listed.body.total).toBe(2);
    });

    it("reads the deployment's event (without the participant list) but not other alliance events", async () => {
      const { mentor, fixture, app } = context();
      const linked = await mentor.get(`/api/events/${fixture.eventDeployment}`);
      expect(linked.status).toBe(200);
      expect(linked.body.participants).toEqual([]);
      expect(linked.body.deployments.map((d: { id: string }) => d.id)).toEqual([fixture.deploymentA]);
      expect((await mentor.get(`/api/events/${fixture.eventFederal}`)).status).toBe(200);
      expect((await mentor.get(`/api/events/${fixture.eventA}`)).status).toBe(404);
      expect((await mentor.get(`/api/events/${fixture.eventB}`)).status).toBe(404);
      expect(await deniedEntries(app.dataSource, fixture.eventB, mentor.user.userId)).toBe(1);
    });

    it('cannot write events', async () => {
      const { mentor, fixture } = context();
      expect((await mentor.post('/api/events').send(eventBody(fixture.allianceA, { version: undefined }))).status).toBe(403);
      expect((await mentor.put(`/api/events/${fixture.eventDeployment}`).send(eventBody(fixture.allianceA))).status).toBe(403);
      expect((await mentor.post(`/api/events/${fixture.eventDeployment}/participants`).send({ personId: fixture.personA })).status).toBe(403);
    });
  });
}
