import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  archiveAllianceRow,
  auditActions,
  handlungsfeldId,
  insertAlliance,
  insertOrganisation,
  UNKNOWN_ID,
} from './engagement.fixtures';

interface ActivityBody {
  id: string;
  allianceId: string;
  activityType: string;
  occurredOn: string;
  title: string;
  reach: number | null;
  isPublic: boolean;
  version: number;
  allianceName: string;
  handlungsfeldCodes: string[];
  partnerCount: number;
  handlungsfelder: { id: string; code: string; name: string }[];
  partners: { organisationId: string; name: string }[];
}

interface ListBody {
  items: ActivityBody[];
  total: number;
}

describe('Aktivitäten API', () => {
  let app: TestApp;
  let allianceId: string;
  let hf03: string;
  let hf06: string;

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app, `Bündnis für Familie Wolfsburg ${uniqueSuffix()}`);
    hf03 = await handlungsfeldId(app, 'HF03');
    hf06 = await handlungsfeldId(app, 'HF06');
  });

  afterAll(async () => {
    await app.close();
  });

  const create = async (overrides: Record<string, unknown> = {}): Promise<ActivityBody> => {
    const response = await app.http
      .post('/api/activities')
      .send({ allianceId, activityType: 'NETZWERKTREFFEN', occurredOn: '2024-05-15', title: `Netzwerktreffen ${uniqueSuffix()}`, ...overrides });
    expect(response.status).toBe(201);
    return response.body as ActivityBody;
  };

  const list = async (query: string): Promise<ListBody> => {
    const response = await app.http.get(`/api/activities?${query}`);
    expect(response.status).toBe(200);
    return response.body as ListBody;
  };

  it('creates, reads, updates (replacing Handlungsfelder and partners) and archives an activity', async () => {
    const awo = await insertOrganisation(app, `AWO Kreisverband ${uniqueSuffix()}`);
    const drk = await insertOrganisation(app, `DRK Ortsverein ${uniqueSuffix()}`);
    const created = await create({
      activityType: 'PRESSE',
      occurredOn: '2024-03-26',
      title: 'Pressetermin zum Fachtag',
      description: 'Bericht in der Lokalzeitung',
      reach: 1200,
      isPublic: true,
      handlungsfeldIds: [hf06, hf03],
      partnerOrganisationIds: [awo],
    });
    expect(created).toMatchObject({ activityType: 'PRESSE', reach: 1200, isPublic: true, version: 1 });
    expect(created.allianceName).toContain('Bündnis für Familie Wolfsburg');
    expect(created.handlungsfelder.map((h) => h.code)).toEqual(['HF03', 'HF06']);
    expect(created.partners.map((p) => p.organisationId)).toEqual([awo]);

    const detail = await app.http.get(`/api/activities/${created.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ title: 'Pressetermin zum Fachtag', description: 'Bericht in der Lokalzeitung' });

    const updated = await app.http.put(`/api/activities/${created.id}`).send({
      allianceId,
      activityType: 'VERANSTALTUNG',
      occurredOn: '2024-03-27',
      title: 'Fachtag Vereinbarkeit',
      handlungsfeldIds: [hf03],
      partnerOrganisationIds: [drk, awo],
      version: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ activityType: 'VERANSTALTUNG', reach: null, isPublic: false, description: null, version: 2 });
    expect((updated.body as ActivityBody).handlungsfelder.map((h) => h.code)).toEqual(['HF03']);
    expect((updated.body as ActivityBody).partners.map((p) => p.organisationId).sort()).toEqual([awo, drk].sort());

    const listed = await list(`allianceId=${allianceId}&q=${encodeURIComponent('Fachtag Vereinbarkeit')}`);
    expect(listed.items).toEqual([expect.objectContaining({ id: created.id, handlungsfeldCodes: ['HF03'], partnerCount: 2 })]);

    const archived = await app.http.post(`/api/activities/${created.id}/archive`).send({ version: 2 });
    expect(archived.status).toBe(204);
    expect((await list(`allianceId=${allianceId}&q=${encodeURIComponent('Fachtag Vereinbarkeit')}`)).total).toBe(0);
    expect((await list(`allianceId=${allianceId}&q=${encodeURIComponent('Fachtag Vereinbarkeit')}&includeArchived=true`)).total).toBe(1);
    const afterArchive = await app.http
      .put(`/api/activities/${created.id}`)
      .send({ allianceId, activityType: 'SONSTIGES', occurredOn: '2024-03-27', title: 'Zu spät', version: 3 });
    expect(afterArchive.status).toBe(404);
    expect(await auditActions(app, created.id)).toEqual(['CREATE', 'UPDATE', 'UPDATE', 'ARCHIVE']);
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const created = await create();
    const body = { allianceId, activityType: 'NETZWERKTREFFEN', occurredOn: '2024-05-15', handlungsfeldIds: [hf03], version: 1 };
    expect((await app.http.put(`/api/activities/${created.id}`).send({ ...body, title: 'Erste Änderung' })).status).toBe(200);
    const second = await app.http.put(`/api/activities/${created.id}`).send({ ...body, title: 'Zweite Änderung', handlungsfeldIds: [hf06] });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.post(`/api/activities/${created.id}/archive`).send({ version: 1 })).status).toBe(409);
    const current = (await app.http.get(`/api/activities/${created.id}`)).body as ActivityBody;
    expect(current).toMatchObject({ title: 'Erste Änderung', version: 2 });
    expect(current.handlungsfelder.map((h) => h.code)).toEqual(['HF03']);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get(`/api/activities/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ACTIVITY_NOT_FOUND');
    const body = { allianceId, activityType: 'SONSTIGES', occurredOn: '2024-01-01', title: 'X', version: 1 };
    expect((await app.http.put(`/api/activities/${UNKNOWN_ID}`).send(body)).status).toBe(404);
    expect((await app.http.post(`/api/activities/${UNKNOWN_ID}/archive`).send({ version: 1 })).status).toBe(404);
    const malformed = await app.http.get('/api/activities/keine-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
  });

  it('checks alliance, Handlungsfelder and partners with field messages and writes nothing', async () => {
    const archivedAlliance = await insertAlliance(app);
    await archiveAllianceRow(app, archivedAlliance);
    const title = `Regelprüfung ${uniqueSuffix()}`;
    const base = { allianceId, activityType: 'PROJEKTARBEIT', occurredOn: '2024-02-01', title };
    const cases: [Record<string, unknown>, string][] = [
      [{ allianceId: UNKNOWN_ID }, 'allianceId'],
      [{ allianceId: archivedAlliance }, 'allianceId'],
      [{ handlungsfeldIds: [hf03, UNKNOWN_ID] }, 'handlungsfeldIds'],
      [{ partnerOrganisationIds: [UNKNOWN_ID] }, 'partnerOrganisationIds'],
      [{ handlungsfeldIds: [hf03, hf03] }, 'handlungsfeldIds'],
      [{ reach: -1 }, 'reach'],
    ];
    for (const [overrides, field] of cases) {
      const response = await app.http.post('/api/activities').send({ ...base, ...overrides });
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect({ field, message: response.body.fields?.[field] }).toEqual({ field, message: expect.any(String) });
    }
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM activity WHERE title = $1`, [title]);
    expect(count).toBe(0);
  });

  it('filters by date range, type, Handlungsfeld and title; sorts newest first by default', async () => {
    const alliance = await insertAlliance(app);
    const make = (occurredOn: string, activityType: string, title: string, handlungsfeldIds: string[] = []): Promise<ActivityBody> =>
      create({ allianceId: alliance, occurredOn, activityType, title, handlungsfeldIds });
    const march = await make('2024-03-01', 'NETZWERKTREFFEN', 'Müttercafé Auftakt', [hf03]);
    const april = await make('2024-04-15', 'PRESSE', 'Pressemitteilung Ferienbetreuung', [hf03, hf06]);
    const mayFirst = await make('2024-05-01', 'NETZWERKTREFFEN', 'Unternehmensfrühstück', [hf06]);
    const june = await make('2024-06-30', 'SONSTIGES', 'Sommerfest');
    const ids = async (query: string): Promise<string[]> => (await list(`allianceId=${alliance}&${query}`)).items.map((a) => a.id);

    expect(await ids('')).toEqual([june.id, mayFirst.id, april.id, march.id]);
    expect(await ids('dateFrom=2024-04-15&dateTo=2024-05-01')).toEqual([mayFirst.id, april.id]);
    expect(await ids('dateFrom=2024-04-16')).toEqual([june.id, mayFirst.id]);
    expect(await ids('dateTo=2024-03-01')).toEqual([march.id]);
    expect(await ids('dateFrom=2024-07-01')).toEqual([]);
    expect(await ids('activityType=NETZWERKTREFFEN')).toEqual([mayFirst.id, march.id]);
    expect(await ids(`handlungsfeldId=${hf06}`)).toEqual([mayFirst.id, april.id]);
    expect(await ids(`q=${encodeURIComponent('muettercafe')}`)).toEqual([march.id]);
    expect(await ids(`q=${encodeURIComponent('FRÜHSTÜCK')}`)).toEqual([mayFirst.id]);
    expect(await ids('q=%25')).toEqual([]);
    expect(await ids('sort=occurredOn&direction=asc')).toEqual([march.id, april.id, mayFirst.id, june.id]);
    expect(await ids('sort=title')).toEqual([march.id, april.id, june.id, mayFirst.id]);
    const types = (await list(`allianceId=${alliance}&sort=activityType&direction=desc`)).items.map((a) => a.activityType);
    expect(types).toEqual(['SONSTIGES', 'PRESSE', 'NETZWERKTREFFEN', 'NETZWERKTREFFEN']);
    expect(await ids('pageSize=3&page=2')).toEqual([march.id]);
    expect((await list(`allianceId=${alliance}&pageSize=3`)).total).toBe(4);

    const range = await app.http.get('/api/activities?dateFrom=2024-05-01&dateTo=2024-04-01');
    expect(range.status).toBe(400);
    expect(range.body.fields.dateTo).toEqual(expect.any(String));
    expect((await app.http.get('/api/activities?dateFrom=01.05.2024')).body.fields.dateFrom).toEqual(expect.any(String));
    expect((await app.http.get('/api/activities?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/activities?page=0')).status).toBe(400);
    expect((await app.http.get('/api/activities?sort=reach')).status).toBe(400);
    expect((await app.http.get('/api/activities?activityType=PARTY')).body.fields.activityType).toEqual(expect.any(String));
  });

  it('costs the same few SQL statements for 10 and for 100 rows', async () => {
    const alliance = await insertAlliance(app);
    const partner = await insertOrganisation(app);
    for (let i = 0; i < 12; i++) {
      await create({ allianceId: alliance, handlungsfeldIds: [hf03, hf06], partnerOrganisationIds: [partner] });
    }
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const count = async (pageSize: number): Promise<number> => {
        spy.mockClear();
        const body = await list(`allianceId=${alliance}&pageSize=${pageSize}`);
        expect(body.items).toHaveLength(Math.min(pageSize, 12));
        expect(body.items.every((a) => a.partnerCount === 1 && a.handlungsfeldCodes.length === 2 && a.allianceName !== '')).toBe(true);
        return domainStatements(spy);
      };
      const small = await count(10);
      const large = await count(100);
      expect(small).toBe(large);
      expect(small).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });

  describeCreateValidation(() => app, {
    path: '/api/activities',
    table: 'activity',
    validBody: () => ({ allianceId, activityType: 'LENKUNGSGRUPPENSITZUNG', occurredOn: '2024-09-10', title: `Sitzung ${uniqueSuffix()}` }),
    required: ['allianceId', 'activityType', 'occurredOn', 'title'],
    wrongTypes: {
      allianceId: 'keine-uuid',
      activityType: 'PARTY',
      occurredOn: '2024-02-30',
      title: 7,
      reach: 'viele',
      isPublic: 'ja',
      handlungsfeldIds: 'HF03',
      partnerOrganisationIds: ['keine-uuid'],
    },
    maxLengths: { title: 200, description: 5000 },
  });
});
