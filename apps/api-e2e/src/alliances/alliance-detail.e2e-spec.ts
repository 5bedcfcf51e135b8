import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import {
  createAlliance,
  createOrganisation,
  daysFromToday,
  insertEvent,
  insertPerson,
  insertPersonFunction,
} from './alliance-fixtures';

interface DetailBody {
  partners: { organisationId: string; organisationName: string; sector: string; actorType: string; roles: string[]; representativeName: string | null }[];
  contacts: { personId: string; name: string; email: string | null; phone: string | null; functionType: string }[];
  counts: { activities: number; projects: number; events: number; deployments: number; declarations: number };
}

describe('Bündnisdetail: Partner, Ansprechpersonen und Zahlen', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('shows current partners, current contacts and the counts of linked records with a fixed number of queries', async () => {
    const alliance = await createAlliance(app, { name: `Bündnis Haldensleben ${uniqueSuffix()}`, territorialLevel: 'STADT', gemeindeAgs: '15083270' });
    const id = alliance.id;
    const liba = await createOrganisation(app, { name: `LIBa e.V. ${uniqueSuffix()}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
    const jobcenter = await createOrganisation(app, { name: `Jobcenter Börde ${uniqueSuffix()}`, sector: 'VERWALTUNG', actorType: 'JOBCENTER' });
    const formerPartner = await createOrganisation(app, { name: `Ehemaliger Partner ${uniqueSuffix()}` });
    const representative = await insertPerson(app, 'Lia', `Vertretung-${uniqueSuffix()}`);
    const partner = (body: Record<string, unknown>) => app.http.post(`/api/alliances/${id}/partners`).send(body);
    expect((await partner({ organisationId: liba.id, roles: ['KOORDINATION'], since: '2012-01-01', representativeId: representative })).status).toBe(201);
    expect((await partner({ organisationId: jobcenter.id, roles: ['LENKUNGSGRUPPE'] })).status).toBe(201);
    expect((await partner({ organisationId: formerPartner.id, since: '2012-01-01', until: daysFromToday(-1) })).status).toBe(201);

    const coordinator = await insertPerson(app, 'Clara', `Koordination-${uniqueSuffix()}`, 'koordination@liba.example');
    const speaker = await insertPerson(app, 'Sven', `Sprecher-${uniqueSuffix()}`);
    const formerContact = await insertPerson(app, 'Frieda', `Ehemals-${uniqueSuffix()}`);
    const futureContact = await insertPerson(app, 'Zoe', `Künftig-${uniqueSuffix()}`);
    await insertPersonFunction(app, coordinator, id, 'KOORDINATION', '2020-01-01', null);
    await insertPersonFunction(app, speaker, id, 'SPRECHER', null, daysFromToday(0));
    await insertPersonFunction(app, formerContact, id, 'ANSPRECHPERSON', '2015-01-01', '2019-12-31');
    await insertPersonFunction(app, futureContact, id, 'ANSPRECHPERSON', daysFromToday(10), null);
    await insertPersonFunction(app, representative, id, 'PARTNERVERTRETUNG', null, null);

    const q = (sql: string, params: unknown[]) => app.dataSource.query(sql, params);
    await q(`INSERT INTO activity (alliance_id, activity_type, occurred_on, title) VALUES ($1, 'NETZWERKTREFFEN', '2024-02-01', 'Netzwerktreffen')`, [id]);
    await q(`INSERT INTO activity (alliance_id, activity_type, occurred_on, title) VALUES ($1, 'PRESSE', '2024-03-01', 'Pressemitteilung')`, [id]);
    await q(`INSERT INTO activity (alliance_id, activity_type, occurred_on, title, archived_at) VALUES ($1, 'PRESSE', '2024-03-01', 'Archiviert', now())`, [id]);
    await q(`INSERT INTO project (alliance_id, name) VALUES ($1, 'Babysitterpool')`, [id]);
    await q(`INSERT INTO project (alliance_id, name, archived_at) VALUES ($1, 'Alt', now())`, [id]);
    await insertEvent(app, id, 'Fachtag Familie und Beruf');
    await q(`INSERT INTO deployment (alliance_id, deployment_type, mode, status) VALUES ($1, 'ERSTBERATUNG', 'TELEFONISCH', 'ZUGEWIESEN')`, [id]);
    expect((await app.http.post(`/api/alliances/${id}/declarations`).send({ kind: 'BUENDNISERKLAERUNG', title: 'Erklärung' })).status).toBe(201);

    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    let statements: number;
    let body: DetailBody;
    try {
      const response = await app.http.get(`/api/alliances/${id}`);
      statements = domainStatements(spy);
      expect(response.status).toBe(200);
      body = response.body as DetailBody;
    } finally {
      spy.mockRestore();
    }
    expect(statements).toBeLessThanOrEqual(9);

    expect(body.partners.map((p) => p.organisationName)).toEqual([jobcenter.name, liba.name]);
    expect(body.partners[1]).toMatchObject({ sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', roles: ['KOORDINATION'] });
    expect(body.partners[1].representativeName).toContain('Lia');
    expect(body.contacts.map((c) => [c.personId, c.functionType])).toEqual([
      [coordinator, 'KOORDINATION'],
      [speaker, 'SPRECHER'],
    ]);
    expect(body.contacts[0]).toMatchObject({ email: 'koordination@liba.example', phone: '05503 123', name: expect.stringContaining('Clara') });
    expect(body.counts).toEqual({ activities: 2, projects: 1, events: 1, deployments: 1, declarations: 1 });
  });
});
