import { countRows, uniqueSuffix } from '../support/test-app';
import { AccessContext, deniedEntries, ids, NOT_ACCESSIBLE, UNKNOWN_ID } from './access.fixture';

/** Activities and projects as a coordinator of alliance A: only A's rows, B's answer 404. */
export function describeEngagementAccess(context: () => AccessContext): void {
  describe('activities', () => {
    it('lists only activities of own alliances (total, filters and search)', async () => {
      const { coordinator, fixture, app } = context();
      const mine = await coordinator.get(`/api/activities?q=${fixture.tag}&pageSize=100`);
      expect(mine.status).toBe(200);
      expect(ids(mine.body)).toEqual([fixture.activityA]);
      expect(mine.body.total).toBe(1);
      const foreign = await coordinator.get(`/api/activities?q=${fixture.tag}&allianceId=${fixture.allianceB}`);
      expect(foreign.body).toMatchObject({ total: 0, items: [] });
      const typed = await coordinator.get(`/api/activities?q=${fixture.tag}&activityType=NETZWERKTREFFEN&dateFrom=2026-01-01`);
      expect(ids(typed.body)).toEqual([fixture.activityA]);
      // staff see both
      expect((await app.http.get(`/api/activities?q=${fixture.tag}`)).body.total).toBe(2);
      expect((await context().leitung.get(`/api/activities?q=${fixture.tag}`)).body.total).toBe(2);
    });

    it("answers B's activity with 404 and records the attempt", async () => {
      const { coordinator, fixture, app } = context();
      expect((await coordinator.get(`/api/activities/${fixture.activityA}`)).status).toBe(200);
      const response = await coordinator.get(`/api/activities/${fixture.activityB}`);
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('ACTIVITY_NOT_FOUND');
      expect(await deniedEntries(app.dataSource, fixture.activityB, coordinator.user.userId)).toBe(1);
      // an unknown id answers alike, without an audit entry
      const unknown = await coordinator.get(`/api/activities/${UNKNOWN_ID}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.code).toBe('ACTIVITY_NOT_FOUND');
      expect(await deniedEntries(app.dataSource, UNKNOWN_ID, coordinator.user.userId)).toBe(0);
    });

    it("refuses writes to B's activity with 404 and keeps it unchanged", async () => {
      const { coordinator, fixture, app } = context();
      const denied = await deniedEntries(app.dataSource, fixture.activityB, coordinator.user.userId);
      const body = { allianceId: fixture.allianceB, activityType: 'PRESSE', occurredOn: '2026-01-20', title: 'Übernommen', version: 1 };
      const update = await coordinator.put(`/api/activities/${fixture.activityB}`).send(body);
      expect(update.status).toBe(404);
      const archive = await coordinator.post(`/api/activities/${fixture.activityB}/archive`).send({ version: 1 });
      expect(archive.status).toBe(404);
      const [row] = await app.dataSource.query(`SELECT title, version, archived_at FROM activity WHERE id = $1`, [fixture.activityB]);
      expect(row).toMatchObject({ version: 1, archived_at: null });
      expect(row.title).toContain('Treffen B');
      expect(await deniedEntries(app.dataSource, fixture.activityB, coordinator.user.userId)).toBe(denied + 2);
    });

    it('creates activities for own alliances only, with partners of own alliances, without revealing others', async () => {
      const { coordinator, fixture, app } = context();
      const body = (overrides: Record<string, unknown>): Record<string, unknown> => ({
        allianceId: fixture.allianceA,
        activityType: 'PARTNERAKQUISE',
        occurredOn: '2026-01-22',
        title: `Gespräch ${uniqueSuffix()} ${fixture.tag}`,
        ...overrides,
      });
      const before = await countRows(app.dataSource, 'activity');
      for (const allianceId of [fixture.allianceB, UNKNOWN_ID]) {
        const response = await coordinator.post('/api/activities').send(body({ allianceId }));
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ code: 'ENGAGEMENT_ALLIANCE_NOT_FOUND', fields: { allianceId: NOT_ACCESSIBLE } });
      }
      for (const partner of [fixture.organisationB, fixture.organisationLoose]) {
        const response = await coordinator.post('/api/activities').send(body({ partnerOrganisationIds: [partner] }));
        expect(response.status).toBe(400);
        expect(response.body.fields.partnerOrganisationIds).toEqual(expect.any(String));
      }
      expect(await countRows(app.dataSource, 'activity')).toBe(before);

      const created = await coordinator.post('/api/activities').send(body({ partnerOrganisationIds: [fixture.organisationA] }));
      expect(created.status).toBe(201);
      expect(created.body.partners).toEqual([expect.objectContaining({ organisationId: fixture.organisationA })]);
      const moved = await coordinator.put(`/api/activities/${created.body.id}`).send({ ...body({ allianceId: fixture.allianceB }), version: 1 });
      expect(moved.status).toBe(400);
      expect(moved.body.fields.allianceId).toBe(NOT_ACCESSIBLE);
      const updated = await coordinator.put(`/api/activities/${created.body.id}`).send({ ...body({ title: `Neu ${fixture.tag}` }), version: 1 });
      expect(updated.status).toBe(200);
      expect((await coordinator.post(`/api/activities/${created.body.id}/archive`).send({ version: 2 })).status).toBe(204);
    });

    it('is read-only for Leitung and closed to mentors', async () => {
      const { fixture, mentor, leitung } = context();
      expect((await leitung.get(`/api/activities/${fixture.activityB}`)).status).toBe(200);
      const body = { allianceId: fixture.allianceA, activityType: 'PRESSE', occurredOn: '2026-01-20', title: 'Leitung' };
      expect((await leitung.post('/api/activities').send(body)).status).toBe(403);
      expect((await mentor.get('/api/activities')).status).toBe(403);
      expect((await mentor.get(`/api/activities/${fixture.activityA}`)).status).toBe(403);
    });
  });

  describe('projects', () => {
    it('lists only projects of own alliances', async () => {
      const { coordinator, fixture, app } = context();
      const mine = await coordinator.get(`/api/projects?q=${fixture.tag}&pageSize=100`);
      expect(ids(mine.body)).toEqual([fixture.projectA]);
      expect(mine.body.total).toBe(1);
      expect((await coordinator.get(`/api/projects?q=${fixture.tag}&allianceId=${fixture.allianceB}`)).body.total).toBe(0);
      expect((await app.http.get(`/api/projects?q=${fixture.tag}`)).body.total).toBe(2);
    });

    it("answers B's project with 404 (read and write) and records the attempts", async () => {
      const { coordinator, fixture, app } = context();
      expect((await coordinator.get(`/api/projects/${fixture.projectA}`)).status).toBe(200);
      const read = await coordinator.get(`/api/projects/${fixture.projectB}`);
      expect(read.status).toBe(404);
      expect(read.body.code).toBe('PROJECT_NOT_FOUND');
      const write = await coordinator.put(`/api/projects/${fixture.projectB}`).send({ allianceId: fixture.allianceB, name: 'Übernommen', version: 1 });
      expect(write.status).toBe(404);
      expect((await coordinator.post(`/api/projects/${fixture.projectB}/archive`).send({ version: 1 })).status).toBe(404);
      expect(await deniedEntries(app.dataSource, fixture.projectB, coordinator.user.userId)).toBe(3);
      const [row] = await app.dataSource.query(`SELECT version, archived_at FROM project WHERE id = $1`, [fixture.projectB]);
      expect(row).toEqual({ version: 1, archived_at: null });
    });

    it('creates projects for own alliances only', async () => {
      const { coordinator, fixture } = context();
      const foreign = await coordinator.post('/api/projects').send({ allianceId: fixture.allianceB, name: `Leihoma ${fixture.tag}` });
      expect(foreign.status).toBe(400);
      expect(foreign.body.fields).toEqual({ allianceId: NOT_ACCESSIBLE });
      const own = await coordinator.post('/api/projects').send({ allianceId: fixture.allianceA, name: `Leihoma ${fixture.tag}` });
      expect(own.status).toBe(201);
      expect((await coordinator.get(`/api/projects/${own.body.id}`)).status).toBe(200);
      expect((await context().mentor.get('/api/projects')).status).toBe(403);
    });
  });
}
