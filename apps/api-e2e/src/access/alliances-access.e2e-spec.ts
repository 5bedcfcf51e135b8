import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { SessionHttp, startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { domainStatements } from '../support/statement-count';
import { createOrganisation, daysFromToday, insertPerson, insertPersonFunction } from '../alliances/alliance-fixtures';
import {
  AccessWorld,
  addPartner,
  createAccessWorld,
  deniedEntries,
  insertDeployment,
  insertMentorProfile,
  Session,
} from '../alliances/access-fixtures';

interface Named {
  id: string;
  name: string;
}

const names = (body: { items: Named[] }): string[] => body.items.map((item) => item.name);

describe('Zugriff: Bündnisse, Partnerschaften, Erklärungen und Organisationen nach Rolle', () => {
  let app: TestApp;
  let world: AccessWorld;
  let coordinator: Session;
  let mentor: Session;

  beforeAll(async () => {
    app = await startTestApp();
    world = await createAccessWorld(app, uniqueSuffix());
    coordinator = await app.signIn('KOORDINATION', { allianceIds: [world.a.id, world.a2.id] });
    const mentorId = await insertMentorProfile(app, `Mentorin-${world.tag}`);
    await insertDeployment(app, world.a.id, mentorId);
    // a cancelled deployment does not make B an assigned alliance
    await insertDeployment(app, world.b.id, mentorId, 'STORNIERT');
    mentor = await app.signIn('MENTOR', { mentorProfileId: mentorId });
  });

  afterAll(async () => {
    await app.close();
  });

  describe('coordinator', () => {
    it('lists only own alliances, with search, filters, sorting and totals scoped in SQL', async () => {
      const { tag } = world;
      const staff = await app.http.get(`/api/alliances?q=Zugriff ${tag}`);
      expect(staff.body.total).toBe(3);

      const all = await coordinator.get('/api/alliances?pageSize=100');
      expect(all.status).toBe(200);
      expect(all.body.total).toBe(2);
      expect(names(all.body).sort()).toEqual([world.a.name, world.a2.name].sort());

      const searched = await coordinator.get(`/api/alliances?q=Zugriff ${tag}&sort=name&direction=desc`);
      expect({ total: searched.body.total, names: names(searched.body) }).toEqual({ total: 2, names: [world.a2.name, world.a.name] });
      const beta = await coordinator.get(`/api/alliances?q=Beta ${tag}`);
      expect({ total: beta.body.total, items: beta.body.items }).toEqual({ total: 0, items: [] });
      // B lies in the same Land and Gemeinde as A: the filters alone would find it
      const sameLand = await coordinator.get('/api/alliances?landCode=03');
      expect({ total: sameLand.body.total, names: names(sameLand.body) }).toEqual({ total: 1, names: [world.a.name] });
      const sameGemeinde = await coordinator.get('/api/alliances?gemeindeAgs=03155010&status=INTERESSENT');
      expect(names(sameGemeinde.body)).toEqual([world.a.name]);
      const paged = await coordinator.get('/api/alliances?sort=name&pageSize=1&page=2');
      expect({ total: paged.body.total, names: names(paged.body) }).toEqual({ total: 2, names: [world.a2.name] });
      expect(JSON.stringify(all.body)).not.toContain('internalNotes');
    });

    it('scopes in the list query itself: no extra statements compared with the Fachberatung', async () => {
      const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      try {
        const statements = async (http: SessionHttp, path: string): Promise<number> => {
          spy.mockClear();
          expect((await http.get(path)).status).toBe(200);
          return domainStatements(spy);
        };
        const staff = await statements(app.http, '/api/alliances?pageSize=100');
        expect(await statements(coordinator, '/api/alliances?pageSize=100')).toBe(staff);
        expect(await statements(mentor, '/api/alliances?pageSize=100')).toBe(staff);
        expect(await statements(coordinator, '/api/organisations?pageSize=100')).toBe(await statements(app.http, '/api/organisations?pageSize=100'));
      } finally {
        spy.mockRestore();
      }
    });

    it('reads an own alliance without the internal notes; a foreign one answers 404 and is audited', async () => {
      const own = await coordinator.get(`/api/alliances/${world.a.id}`);
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ id: world.a.id, name: world.a.name });
      expect(own.body).not.toHaveProperty('internalNotes');
      expect(own.body.statusHistory).toHaveLength(1);
      expect(own.body.partners.map((p: { organisationName: string }) => p.organisationName).sort()).toEqual(
        [world.orgA.name, world.orgShared.name].sort(),
      );
      expect((await app.http.get(`/api/alliances/${world.a.id}`)).body.internalNotes).toBe('Vertraulich: Konflikt in der Lenkungsgruppe');

      const foreign = await coordinator.get(`/api/alliances/${world.b.id}`);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('ALLIANCE_NOT_FOUND');
      expect(await deniedEntries(app, coordinator.user, world.b.id)).toEqual([{ entity_type: 'Alliance' }]);

      // a record that does not exist is simply not found (nothing to deny)
      const unknown = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';
      const missing = await coordinator.get(`/api/alliances/${unknown}`);
      expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'ALLIANCE_NOT_FOUND' });
      expect(await deniedEntries(app, coordinator.user, unknown)).toEqual([]);
    });

    it('saves an own alliance profile but neither the internal notes nor a foreign alliance', async () => {
      const current = (await app.http.get(`/api/alliances/${world.a2.id}`)).body as { version: number; name: string };
      const body = {
        name: `${current.name} (aktualisiert)`,
        territorialLevel: 'LANDKREIS',
        kreisAgs: '15083',
        website: 'https://familie-boerde.example.org',
        internalNotes: 'Von der Koordination überschrieben',
        version: current.version,
      };
      const saved = await coordinator.put(`/api/alliances/${world.a2.id}`).send(body);
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ name: body.name, website: body.website, version: current.version + 1, status: 'AKTIV' });
      expect(saved.body).not.toHaveProperty('internalNotes');
      const [row] = await app.dataSource.query(`SELECT internal_notes FROM alliance WHERE id = $1`, [world.a2.id]);
      expect(row.internal_notes).toBeNull();

      const ownWithNotes = (await app.http.get(`/api/alliances/${world.a.id}`)).body as { version: number; name: string };
      const keep = await coordinator
        .put(`/api/alliances/${world.a.id}`)
        .send({ name: ownWithNotes.name, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', internalNotes: null, version: ownWithNotes.version });
      expect(keep.status).toBe(200);
      expect((await app.http.get(`/api/alliances/${world.a.id}`)).body.internalNotes).toBe('Vertraulich: Konflikt in der Lenkungsgruppe');

      const foreign = await coordinator
        .put(`/api/alliances/${world.b.id}`)
        .send({ name: 'Übernommen', territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', version: 1 });
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'ALLIANCE_NOT_FOUND' });
      expect((await app.http.get(`/api/alliances/${world.b.id}`)).body).toMatchObject({ name: world.b.name, version: 1 });
      expect((await deniedEntries(app, coordinator.user, world.b.id)).length).toBeGreaterThanOrEqual(1);
    });

    it('may not create, archive or change the status of alliances (403), but reads the own status history', async () => {
      const create = await coordinator.post('/api/alliances').send({ name: 'Neues Bündnis', territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010' });
      expect(create.status).toBe(403);
      const transition = await coordinator
        .post(`/api/alliances/${world.a.id}/status-transitions`)
        .send({ toStatus: 'IN_GRUENDUNG', reason: 'Wir sind so weit', version: 1 });
      expect(transition.status).toBe(403);
      expect((await coordinator.post(`/api/alliances/${world.a.id}/archive`).send({ version: 1 })).status).toBe(403);
      expect((await coordinator.get(`/api/alliances/${world.a.id}/status-history`)).status).toBe(200);
      expect((await coordinator.get(`/api/alliances/${world.b.id}/status-history`)).status).toBe(404);
    });

    it('reads and writes partnerships of own alliances only', async () => {
      const own = await coordinator.get(`/api/alliances/${world.a.id}/partners`);
      expect(own.status).toBe(200);
      expect(own.body.total).toBe(2);
      const foreign = await coordinator.get(`/api/alliances/${world.b.id}/partners`);
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'ALLIANCE_NOT_FOUND' });

      // an organisation the coordinator just registered can be added; another alliance's partner cannot
      const registered = await coordinator
        .post('/api/organisations')
        .send({ name: `Zugriff Neue Initiative ${world.tag}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
      expect(registered.status).toBe(201);
      expect((await coordinator.get(`/api/organisations/${registered.body.id}`)).status).toBe(404);
      const added = await coordinator.post(`/api/alliances/${world.a.id}/partners`).send({ organisationId: registered.body.id, roles: ['GRUENDUNGSMITGLIED'] });
      expect(added.status).toBe(201);
      expect((await coordinator.get(`/api/organisations/${registered.body.id}`)).status).toBe(200);
      const stranger = await coordinator.post(`/api/alliances/${world.a.id}/partners`).send({ organisationId: world.orgB.id });
      expect({ status: stranger.status, field: stranger.body.fields?.organisationId }).toEqual({ status: 400, field: expect.any(String) });

      const intoForeign = await coordinator.post(`/api/alliances/${world.b.id}/partners`).send({ organisationId: world.orgA.id });
      expect(intoForeign.status).toBe(404);
      const updated = await coordinator.put(`/api/alliances/${world.a.id}/partners/${added.body.id}`).send({ roles: ['SCHIRMHERRSCHAFT'], version: 1 });
      expect({ status: updated.status, roles: updated.body.roles }).toEqual({ status: 200, roles: ['SCHIRMHERRSCHAFT'] });
      const archived = await coordinator.post(`/api/alliances/${world.a.id}/partners/${added.body.id}/archive`).send({ version: 2 });
      expect(archived.status).toBe(204);
    });

    it('reads and writes declarations and signatures of own alliances only', async () => {
      const foreignDeclaration = await app.http.post(`/api/alliances/${world.b.id}/declarations`).send({ kind: 'GRUENDUNGSERKLAERUNG', title: 'Erklärung Beta' });
      expect(foreignDeclaration.status).toBe(201);

      const created = await coordinator.post(`/api/alliances/${world.a.id}/declarations`).send({ kind: 'GRUENDUNGSERKLAERUNG', title: 'Unsere Erklärung' });
      expect(created.status).toBe(201);
      const signed = await coordinator
        .post(`/api/alliances/${world.a.id}/declarations/${created.body.id}/signatures`)
        .send({ organisationId: world.orgA.id, signedOn: daysFromToday(-10), occasion: 'GRUENDUNG' });
      expect(signed.status).toBe(201);
      const foreignSigner = await coordinator
        .post(`/api/alliances/${world.a.id}/declarations/${created.body.id}/signatures`)
        .send({ organisationId: world.orgB.id, signedOn: daysFromToday(-10), occasion: 'GRUENDUNG' });
      expect(foreignSigner.status).toBe(400);
      const list = await coordinator.get(`/api/alliances/${world.a.id}/declarations`);
      expect(list.body.map((d: { title: string }) => d.title)).toEqual(['Unsere Erklärung']);

      expect((await coordinator.get(`/api/alliances/${world.b.id}/declarations`)).status).toBe(404);
      const signForeign = await coordinator
        .post(`/api/alliances/${world.b.id}/declarations/${foreignDeclaration.body.id}/signatures`)
        .send({ organisationId: world.orgA.id, signedOn: daysFromToday(-1), occasion: 'SPAETERER_BEITRITT' });
      expect(signForeign.status).toBe(404);
      const count = await app.dataSource.query(`SELECT count(*)::int AS n FROM signature WHERE declaration_id = $1`, [foreignDeclaration.body.id]);
      expect(count[0].n).toBe(0);
    });

    it('sees and updates only organisations that are partners of own alliances; archiving stays with the Fachberatung', async () => {
      const list = await coordinator.get(`/api/organisations?q=Zugriff ${world.tag}&sort=name`);
      expect(list.status).toBe(200);
      expect(names(list.body)).toEqual(
        expect.arrayContaining([world.orgA.name, world.orgA2.name, world.orgShared.name]),
      );
      expect(names(list.body)).not.toContain(world.orgB.name);
      expect(list.body.total).toBe(list.body.items.length);
      expect((await coordinator.get(`/api/organisations?allianceId=${world.b.id}`)).body.total).toBe(0);

      const shared = await coordinator.get(`/api/organisations/${world.orgShared.id}`);
      expect(shared.status).toBe(200);
      expect(shared.body.partnerships.map((p: { allianceId: string }) => p.allianceId)).toEqual([world.a.id]);

      const foreign = await coordinator.get(`/api/organisations/${world.orgB.id}`);
      expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'ORGANISATION_NOT_FOUND' });
      expect(await deniedEntries(app, coordinator.user, world.orgB.id)).toEqual([{ entity_type: 'Organisation' }]);

      const body = { name: `${world.orgA.name} e. V.`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', version: 1 };
      expect((await coordinator.put(`/api/organisations/${world.orgA.id}`).send(body)).status).toBe(200);
      const foreignUpdate = await coordinator.put(`/api/organisations/${world.orgB.id}`).send({ ...body, name: 'Übernommen' });
      expect(foreignUpdate.status).toBe(404);
      expect((await coordinator.post(`/api/organisations/${world.orgA.id}/archive`).send({ version: 2 })).status).toBe(403);
    });

    it('loses sight of an organisation whose partnership with the own alliance is archived', async () => {
      const leaving = await createOrganisation(app, { name: `Zugriff Ehemalige ${world.tag}` });
      const partnership = await addPartner(app, world.a.id, leaving.id);
      expect((await coordinator.get(`/api/organisations/${leaving.id}`)).status).toBe(200);
      await app.http.post(`/api/alliances/${world.a.id}/partners/${partnership.id}/archive`).send({ version: partnership.version });
      expect((await coordinator.get(`/api/organisations/${leaving.id}`)).status).toBe(404);
    });
  });

  describe('mentor', () => {
    it('sees the assigned alliance with its coordinator contact, not others', async () => {
      const coordinatorPerson = await insertPerson(app, 'Klara', `Koordinatorin-${world.tag}`, 'klara@buendnis-alpha.example.org');
      const speaker = await insertPerson(app, 'Sven', `Sprecher-${world.tag}`, 'sven@example.org');
      await insertPersonFunction(app, coordinatorPerson, world.a.id, 'KOORDINATION', daysFromToday(-100), null);
      await insertPersonFunction(app, speaker, world.a.id, 'SPRECHER', daysFromToday(-100), null);

      const list = await mentor.get('/api/alliances?pageSize=100');
      expect(list.status).toBe(200);
      expect({ total: list.body.total, names: names(list.body) }).toEqual({ total: 1, names: [world.a.name] });

      const detail = await mentor.get(`/api/alliances/${world.a.id}`);
      expect(detail.status).toBe(200);
      expect(detail.body).not.toHaveProperty('internalNotes');
      expect(detail.body.statusHistory).toEqual([]);
      expect(detail.body.contacts).toEqual([
        expect.objectContaining({ personId: coordinatorPerson, functionType: 'KOORDINATION', email: 'klara@buendnis-alpha.example.org', phone: '05503 123' }),
      ]);
      expect(detail.body.partners.length).toBeGreaterThan(0);
      const coordinatorView = await coordinator.get(`/api/alliances/${world.a.id}`);
      expect(coordinatorView.body.contacts.map((c: { functionType: string }) => c.functionType)).toEqual(['KOORDINATION', 'SPRECHER']);

      for (const other of [world.b.id, world.a2.id]) {
        const response = await mentor.get(`/api/alliances/${other}`);
        expect({ other, status: response.status }).toEqual({ other, status: 404 });
      }
      expect(await deniedEntries(app, mentor.user, world.b.id)).toEqual([{ entity_type: 'Alliance' }]);
    });

    it('reads partnerships and declarations of the assigned alliance only, and writes nothing', async () => {
      expect((await mentor.get(`/api/alliances/${world.a.id}/partners`)).status).toBe(200);
      expect((await mentor.get(`/api/alliances/${world.a.id}/declarations`)).status).toBe(200);
      expect((await mentor.get(`/api/alliances/${world.b.id}/partners`)).status).toBe(404);
      expect((await mentor.get(`/api/alliances/${world.b.id}/declarations`)).status).toBe(404);
      const writes = [
        mentor.put(`/api/alliances/${world.a.id}`).send({ name: 'x', territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', version: 1 }),
        mentor.post(`/api/alliances/${world.a.id}/partners`).send({ organisationId: world.orgA.id }),
        mentor.post(`/api/alliances/${world.a.id}/declarations`).send({ kind: 'GRUENDUNGSERKLAERUNG', title: 'x' }),
        mentor.post(`/api/alliances/${world.a.id}/status-requests`).send({ requestedStatus: 'IN_GRUENDUNG', reason: 'x' }),
      ];
      for (const response of await Promise.all(writes)) expect(response.status).toBe(403);
      expect((await mentor.get(`/api/alliances/${world.a.id}/status-history`)).status).toBe(403);
      expect((await mentor.get('/api/organisations')).status).toBe(403);
      expect((await mentor.get(`/api/organisations/${world.orgA.id}`)).status).toBe(403);
    });
  });

  describe('roles without individual records', () => {
    it.each(['MINISTERIUM', 'ADMINISTRATION'] as const)('%s gets 403 on every alliance and organisation route', async (role) => {
      const user = await app.signIn(role);
      const paths = [
        '/api/alliances',
        `/api/alliances/${world.a.id}`,
        `/api/alliances/${world.a.id}/partners`,
        `/api/alliances/${world.a.id}/declarations`,
        `/api/alliances/${world.a.id}/status-history`,
        `/api/alliances/${world.a.id}/status-requests`,
        '/api/status-requests',
        '/api/organisations',
        `/api/organisations/${world.orgA.id}`,
      ];
      for (const path of paths) {
        const response = await user.get(path);
        expect({ path, status: response.status }).toEqual({ path, status: 403 });
      }
    });

    it('Servicebüro-Leitung reads everything but writes partnerships, declarations and archives no alliance', async () => {
      const leitung = await app.signIn('LEITUNG');
      expect((await leitung.get(`/api/alliances/${world.b.id}`)).body.internalNotes).toBe('Notiz zu Beta');
      expect((await leitung.get(`/api/alliances/${world.b.id}/partners`)).status).toBe(200);
      expect((await leitung.post(`/api/alliances/${world.b.id}/partners`).send({ organisationId: world.orgA.id })).status).toBe(403);
      expect((await leitung.post(`/api/alliances/${world.b.id}/declarations`).send({ kind: 'GRUENDUNGSERKLAERUNG', title: 'x' })).status).toBe(403);
      expect((await leitung.post(`/api/alliances/${world.b.id}/archive`).send({ version: 1 })).status).toBe(403);
      expect((await leitung.post(`/api/organisations/${world.orgB.id}/archive`).send({ version: 1 })).status).toBe(403);
    });
  });
});
