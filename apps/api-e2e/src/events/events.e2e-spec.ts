import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { insertAlliance, insertOrganisation } from './event-fixtures';
import { describeEventParticipants } from './event-participants.cases';

interface EventBody {
  id: string;
  title: string;
  version: number;
  startsOn: string;
  startTime: string | null;
  endTime: string | null;
}

interface ListBody<T> {
  items: T[];
  total: number;
}

describe('Veranstaltungen API', () => {
  let app: TestApp;
  let allianceId: string;

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app.dataSource, { name: `Bündnis Nörten-Hardenberg ${uniqueSuffix()}` });
  });

  afterAll(async () => {
    await app.close();
  });

  const validBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    eventType: 'FACHTAG',
    organiser: 'BUENDNIS',
    allianceId,
    title: `Fachtag ${uniqueSuffix()}`,
    startsOn: '2019-03-26',
    startTime: '09:30',
    endTime: '15:00',
    format: 'PRAESENZ',
    venue: 'Rathaus, Großer Saal',
    gemeindeAgs: '03155010',
    ...overrides,
  });

  const create = async (overrides: Record<string, unknown> = {}): Promise<EventBody> => {
    const response = await app.http.post('/api/events').send(validBody(overrides));
    expect(response.status).toBe(201);
    return response.body as EventBody;
  };

  it('creates, reads, updates and archives an event', async () => {
    const created = await create({ title: 'Fachtag „Familie und Beruf“ Nörten', participantsCount: 80, isPublic: true });
    expect(created).toMatchObject({ version: 1, startTime: '09:30', endTime: '15:00', startsOn: '2019-03-26' });

    const detail = await app.http.get(`/api/events/${created.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      title: 'Fachtag „Familie und Beruf“ Nörten',
      alliance: { id: allianceId },
      gemeindeName: 'Nörten-Hardenberg',
      landCode: '03',
      participantsCount: 80,
      isPublic: true,
      participants: [],
      speakers: [],
      deployments: [],
      declarationCount: 0,
      signatureCount: 0,
    });

    const updated = await app.http
      .put(`/api/events/${created.id}`)
      .send(validBody({ title: 'Fachtag Nörten (Nachlese)', followUpReport: 'Rund 80 Gäste, drei Foren.', endTime: '16:00', version: 1 }));
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      title: 'Fachtag Nörten (Nachlese)',
      followUpReport: 'Rund 80 Gäste, drei Foren.',
      endTime: '16:00',
      version: 2,
    });

    const archived = await app.http.post(`/api/events/${created.id}/archive`).send({ version: 2 });
    expect(archived.status).toBe(204);
    const q = encodeURIComponent('Nörten (Nachlese)');
    expect((await app.http.get(`/api/events?q=${q}`)).body.total).toBe(0);
    expect((await app.http.get(`/api/events?q=${q}&includeArchived=true`)).body.total).toBe(1);
    expect((await app.http.put(`/api/events/${created.id}`).send(validBody({ version: 3 }))).status).toBe(404);

    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [created.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['CREATE', 'UPDATE', 'ARCHIVE']);
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const created = await create();
    const first = await app.http.put(`/api/events/${created.id}`).send(validBody({ title: `${created.title} A`, version: 1 }));
    expect(first.status).toBe(200);
    const second = await app.http.put(`/api/events/${created.id}`).send(validBody({ title: `${created.title} B`, version: 1 }));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/events/${created.id}`)).body.title).toBe(`${created.title} A`);
    const archive = await app.http.post(`/api/events/${created.id}/archive`).send({ version: 1 });
    expect(archive.status).toBe(409);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get('/api/events/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('EVENT_NOT_FOUND');
    const malformed = await app.http.get('/api/events/keine-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
    expect((await app.http.put('/api/events/keine-uuid').send(validBody({ version: 1 }))).status).toBe(400);
    const archiveUnknown = await app.http.post('/api/events/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d/archive').send({ version: 1 });
    expect(archiveUnknown.status).toBe(404);
  });

  it('requires the alliance for an event organised by a Bündnis', async () => {
    const response = await app.http.post('/api/events').send(validBody({ allianceId: undefined }));
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('EVENT_ALLIANCE_REQUIRED');
    expect(response.body.fields.allianceId).toEqual(expect.any(String));
    const servicebuero = await app.http.post('/api/events').send(validBody({ organiser: 'SERVICEBUERO', allianceId: null }));
    expect(servicebuero.status).toBe(201);
  });

  it('checks the alliance and the Gemeinde it refers to', async () => {
    const unknown = await app.http.post('/api/events').send(validBody({ allianceId: '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.allianceId).toEqual(expect.any(String));
    const archivedAlliance = await insertAlliance(app.dataSource, { archived: true });
    const archived = await app.http.post('/api/events').send(validBody({ allianceId: archivedAlliance }));
    expect(archived.status).toBe(400);
    expect(archived.body.code).toBe('ALLIANCE_ARCHIVED');
    const gemeinde = await app.http.post('/api/events').send(validBody({ gemeindeAgs: '99999999' }));
    expect(gemeinde.status).toBe(400);
    expect(gemeinde.body.fields.gemeindeAgs).toEqual(expect.any(String));
  });

  it('keeps the end time after the start time', async () => {
    const before = await app.http.post('/api/events').send(validBody({ startTime: '14:00', endTime: '13:59' }));
    expect(before.status).toBe(400);
    expect(before.body.code).toBe('EVENT_TIME_ORDER');
    expect(before.body.fields.endTime).toEqual(expect.any(String));
    const same = await app.http.post('/api/events').send(validBody({ startTime: '14:00', endTime: '14:00' }));
    expect(same.status).toBe(201);
    const badFormat = await app.http.post('/api/events').send(validBody({ startTime: '25:00' }));
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.fields.startTime).toEqual(expect.any(String));
  });

  it('needs a place for on-site events but not for online events', async () => {
    const noPlace = await app.http.post('/api/events').send(validBody({ venue: null, gemeindeAgs: null }));
    expect(noPlace.status).toBe(400);
    expect(noPlace.body.fields.venue).toEqual(expect.any(String));
    const online = await app.http
      .post('/api/events')
      .send(validBody({ format: 'ONLINE', eventType: 'ONLINE_SEMINAR', venue: undefined, gemeindeAgs: undefined }));
    expect(online.status).toBe(201);
    expect(online.body).toMatchObject({ format: 'ONLINE', venue: null, gemeindeAgs: null });
  });

  it('filters, sorts and paginates with a capped page size', async () => {
    const tag = uniqueSuffix();
    const stAlliance = await insertAlliance(app.dataSource, { landCode: '15', kreisAgs: '15083', gemeindeAgs: '15083270' });
    await create({ title: `Filter ${tag} Anton`, startsOn: '2019-03-26', eventType: 'FACHTAG' });
    await create({ title: `Filter ${tag} Berta`, startsOn: '2020-05-15', eventType: 'AKTIONSTAG' });
    await create({
      title: `Filter ${tag} Cäcilia`,
      startsOn: '2021-09-01',
      eventType: 'NETZWERKTREFFEN',
      allianceId: stAlliance,
      gemeindeAgs: '15083270',
    });
    await create({
      title: `Filter ${tag} Dora`,
      startsOn: '2022-01-10',
      eventType: 'ONLINE_SEMINAR',
      organiser: 'SERVICEBUERO',
      allianceId: stAlliance,
      format: 'ONLINE',
      venue: null,
      gemeindeAgs: null,
    });
    const titles = async (query: string): Promise<string[]> => {
      const response = await app.http.get(`/api/events?q=${encodeURIComponent(`filter ${tag}`)}&${query}`);
      expect(response.status).toBe(200);
      return (response.body as ListBody<EventBody>).items.map((e) => e.title.replace(`Filter ${tag} `, ''));
    };
    expect(await titles('')).toEqual(['Dora', 'Cäcilia', 'Berta', 'Anton']);
    expect(await titles('sort=title')).toEqual(['Anton', 'Berta', 'Cäcilia', 'Dora']);
    expect(await titles('sort=startsOn&direction=asc')).toEqual(['Anton', 'Berta', 'Cäcilia', 'Dora']);
    expect(await titles('sort=eventType')).toEqual(['Berta', 'Anton', 'Cäcilia', 'Dora']);
    expect(await titles('eventType=AKTIONSTAG')).toEqual(['Berta']);
    expect(await titles('organiser=SERVICEBUERO')).toEqual(['Dora']);
    expect(await titles('format=ONLINE')).toEqual(['Dora']);
    expect(await titles('dateFrom=2020-05-15&dateTo=2021-09-01')).toEqual(['Cäcilia', 'Berta']);
    expect(await titles(`allianceId=${stAlliance}`)).toEqual(['Dora', 'Cäcilia']);
    expect(await titles('landCode=15')).toEqual(['Dora', 'Cäcilia']);
    expect(await titles('landCode=03')).toEqual(['Berta', 'Anton']);

    const page = await app.http.get(`/api/events?q=${encodeURIComponent(`FILTER ${tag} cacilia`)}`);
    expect(page.body.total).toBe(1);
    const item = page.body.items[0];
    expect(item).toMatchObject({ gemeindeName: 'Haldensleben', participantEntryCount: 0, speakerCount: 0, allianceId: stAlliance });
    expect(item.allianceName).toEqual(expect.any(String));
    expect(item.description).toBeUndefined();

    const paged = await app.http.get(`/api/events?q=${encodeURIComponent(`filter ${tag}`)}&pageSize=3&page=2`);
    expect(paged.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(paged.body.items).toHaveLength(1);
    expect((await app.http.get('/api/events?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/events?page=0')).status).toBe(400);
    expect((await app.http.get('/api/events?sort=geheim')).status).toBe(400);
    expect((await app.http.get('/api/events?dateFrom=26.03.2019')).body.fields.dateFrom).toEqual(expect.any(String));
    expect((await app.http.get('/api/events?landCode=17')).body.fields.landCode).toEqual(expect.any(String));
    expect((await app.http.get('/api/events?eventType=PARTY')).body.fields.eventType).toEqual(expect.any(String));
  });

  it('lists with the same, small number of SQL statements for 10 and 100 rows', async () => {
    const tag = uniqueSuffix();
    const organisationId = await insertOrganisation(app.dataSource, `Referierende ${tag}`);
    for (let i = 0; i < 12; i++) {
      const event = await create({ title: `Zähltest ${tag} ${i}` });
      await app.dataSource.query(`INSERT INTO event_speaker (event_id, organisation_id, topic) VALUES ($1, $2, 'Impuls')`, [
        event.id,
        organisationId,
      ]);
    }
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const count = async (pageSize: number): Promise<number> => {
        spy.mockClear();
        const response = await app.http.get(`/api/events?pageSize=${pageSize}&q=${encodeURIComponent(`Zähltest ${tag}`)}`);
        expect(response.status).toBe(200);
        expect(response.body.items.length).toBe(Math.min(pageSize, 12));
        return domainStatements(spy);
      };
      const small = await count(10);
      const large = await count(100);
      expect(small).toBe(large);
      expect(large).toBeGreaterThanOrEqual(2); // the spy sees the statements at all
      expect(large).toBeLessThanOrEqual(3);
      spy.mockClear();
      const all = await app.http.get('/api/events?pageSize=100&includeArchived=true');
      expect(all.status).toBe(200);
      expect(domainStatements(spy)).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });

  describeCreateValidation(() => app, {
    path: '/api/events',
    table: 'event',
    validBody: () => validBody(),
    required: ['eventType', 'organiser', 'title', 'startsOn', 'format'],
    wrongTypes: {
      eventType: 'GARTENPARTY',
      organiser: 'BUND',
      allianceId: 'keine-uuid',
      title: 42,
      startsOn: '26.03.2019',
      startTime: '9 Uhr',
      endTime: 1500,
      format: 'PRÄSENZ',
      gemeindeAgs: 3155010,
      participantsCount: -1,
      isPublic: 'ja',
    },
    maxLengths: { title: 200, venue: 200, description: 10000, followUpReport: 20000 },
  });

  describeEventParticipants(() => app);
});
