import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { AllianceBody, createAlliance, handlungsfeldId } from './alliance-fixtures';

interface ListItem {
  id: string;
  name: string;
  code: string;
  landAbbreviation: string | null;
  landName: string | null;
  kreisName: string | null;
  gemeindeName: string | null;
  mainHandlungsfeld: { id: string; code: string; name: string } | null;
}

interface ListBody {
  items: ListItem[];
  total: number;
  page: number;
  pageSize: number;
}

/** Distinctive letters only, so that the fuzzy search finds this file's alliances and nothing else. */
const tag = `Qx${uniqueSuffix().replace(/\d/g, 'k')}`;

describe('Bündnisliste: Filter, Sortierung, Suche und Aufwand', () => {
  let app: TestApp;
  let hf01: string;
  let hf03: string;
  let noerten: AllianceBody;
  let haldensleben: AllianceBody;
  let boerde: AllianceBody;
  let wolfsburg: AllianceBody;

  beforeAll(async () => {
    app = await startTestApp();
    hf01 = await handlungsfeldId(app, 'HF01');
    hf03 = await handlungsfeldId(app, 'HF03');
    noerten = await createAlliance(app, {
      name: `Bündnis Nörten-Hardenberg ${tag}`,
      territorialLevel: 'GEMEINDE',
      gemeindeAgs: '03155010',
      status: 'AKTIV',
      handlungsfeldIds: [hf01, hf03],
      mainHandlungsfeldId: hf03,
      foundingYear: 2008,
      published: true,
      profileConfirmedOn: '2020-01-01',
    });
    haldensleben = await createAlliance(app, {
      name: `Familienbündnis Haldensleben ${tag}`,
      territorialLevel: 'STADT',
      gemeindeAgs: '15083270',
      status: 'IN_GRUENDUNG',
      handlungsfeldIds: [hf01],
      mainHandlungsfeldId: hf01,
      foundingYear: 2012,
    });
    boerde = await createAlliance(app, {
      name: `Bündnis Landkreis Börde ${tag}`,
      territorialLevel: 'LANDKREIS',
      kreisAgs: '15083',
      gemeindeAgs: undefined,
      status: 'AKTIV',
      coveredAgs: ['15083270'],
      foundingYear: 2019,
      profileConfirmedOn: '2024-05-15',
    });
    wolfsburg = await createAlliance(app, { name: `Lokales Bündnis Wolfsburg ${tag}`, territorialLevel: 'KREISFREIE_STADT', gemeindeAgs: '03103000' });
  });

  afterAll(async () => {
    await app.close();
  });

  const list = async (params: string): Promise<ListBody> => {
    const response = await app.http.get(`/api/alliances?q=${tag}&pageSize=100&${params}`);
    expect({ params, status: response.status }).toEqual({ params, status: 200 });
    return response.body as ListBody;
  };
  const ids = async (params: string): Promise<string[]> => (await list(`sort=name&${params}`)).items.map((item) => item.id);

  it('lists with Land, Kreis, Gemeinde and main Handlungsfeld', async () => {
    const body = await list('sort=name');
    expect(body.total).toBe(4);
    const byId = new Map(body.items.map((item) => [item.id, item]));
    expect(byId.get(noerten.id)).toMatchObject({
      code: noerten.code,
      landAbbreviation: 'NI',
      landName: 'Niedersachsen',
      kreisName: 'Northeim',
      gemeindeName: 'Nörten-Hardenberg',
      mainHandlungsfeld: { id: hf03, code: 'HF03', name: 'Kinderbetreuung' },
    });
    expect(byId.get(boerde.id)).toMatchObject({ landAbbreviation: 'ST', kreisName: 'Börde', gemeindeName: null, mainHandlungsfeld: null });
  });

  it('filters by status (comma list or repeated), place, Handlungsfeld, level, publication, founding year and confirmation', async () => {
    expect(await ids('status=AKTIV')).toEqual([boerde.id, noerten.id]);
    expect(await ids('status=AKTIV,IN_GRUENDUNG')).toEqual([boerde.id, noerten.id, haldensleben.id]);
    expect(await ids('status=AKTIV&status=INTERESSENT')).toEqual([boerde.id, noerten.id, wolfsburg.id]);
    expect(await ids('landCode=03')).toEqual([noerten.id, wolfsburg.id]);
    expect(await ids('kreisAgs=15083')).toEqual([boerde.id, haldensleben.id]);
    expect(await ids('gemeindeAgs=15083270')).toEqual([boerde.id, haldensleben.id]);
    expect(await ids(`handlungsfeldId=${hf03}`)).toEqual([noerten.id]);
    expect(await ids(`handlungsfeldId=${hf01}`)).toEqual([noerten.id, haldensleben.id]);
    expect(await ids('territorialLevel=LANDKREIS')).toEqual([boerde.id]);
    expect(await ids('published=true')).toEqual([noerten.id]);
    expect(await ids('foundingYearFrom=2010&foundingYearTo=2015')).toEqual([haldensleben.id]);
    expect(await ids('profileConfirmedBefore=2021-01-01')).toEqual([noerten.id, haldensleben.id, wolfsburg.id]);

    for (const bad of ['status=MARS', 'status=AKTIV,MARS', 'landCode=17', 'kreisAgs=1508', 'handlungsfeldId=HF01', 'published=vielleicht', 'foundingYearFrom=1800', 'profileConfirmedBefore=01.01.2021']) {
      const response = await app.http.get(`/api/alliances?${bad}`);
      const field = bad.split('=')[0];
      expect({ bad, status: response.status, hasField: !!response.body.fields?.[field] }).toEqual({ bad, status: 400, hasField: true });
    }
  });

  it('sorts by whitelisted fields and paginates with a capped page size', async () => {
    const byYear = await list('sort=foundingYear&direction=desc');
    expect(byYear.items.map((item) => item.id)).toEqual([boerde.id, haldensleben.id, noerten.id, wolfsburg.id]);
    const byCode = await list('sort=code');
    expect(byCode.items.map((item) => item.code)).toEqual([...byCode.items.map((item) => item.code)].sort());
    const byName = await list('sort=name&direction=desc');
    expect(byName.items.map((item) => item.id)).toEqual([wolfsburg.id, haldensleben.id, noerten.id, boerde.id]);
    for (const sort of ['status', 'landCode', 'updatedAt', 'profileConfirmedOn']) {
      expect((await list(`sort=${sort}`)).total).toBe(4);
    }

    const page2 = await app.http.get(`/api/alliances?q=${tag}&sort=name&pageSize=3&page=2`);
    expect(page2.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.body.items.map((item: ListItem) => item.id)).toEqual([wolfsburg.id]);
    expect((await app.http.get('/api/alliances?pageSize=101')).status).toBe(400);
    expect((await app.http.get('/api/alliances?page=0')).status).toBe(400);
    expect((await app.http.get('/api/alliances?sort=passwort')).status).toBe(400);
    expect((await app.http.get('/api/alliances?unbekannt=1')).status).toBe(400);
  });

  it('finds German spelling variants', async () => {
    for (const q of ['noerten', 'Nörten', 'NOERTEN-hardenberg', 'norten']) {
      const response = await app.http.get(`/api/alliances?q=${encodeURIComponent(q)}&kreisAgs=03155&pageSize=100`);
      expect(response.status).toBe(200);
      expect({ q, found: response.body.items.some((item: ListItem) => item.id === noerten.id) }).toEqual({ q, found: true });
    }
    const boerdeSearch = await app.http.get(`/api/alliances?q=${encodeURIComponent(`boerde ${tag}`)}`);
    expect(boerdeSearch.body.items.map((item: ListItem) => item.id)).toEqual([boerde.id]);
  });

  it('costs the same small number of SQL statements for 10 and for 100 rows', async () => {
    const bulkTag = `Qz${uniqueSuffix().replace(/\d/g, 'w')}`;
    for (let i = 0; i < 24; i += 1) {
      await createAlliance(app, {
        name: `Mengentest ${bulkTag} ${i}`,
        territorialLevel: i % 2 ? 'GEMEINDE' : 'LANDKREIS',
        gemeindeAgs: i % 2 ? '03155010' : undefined,
        kreisAgs: i % 2 ? undefined : '15083',
        handlungsfeldIds: [hf01, hf03],
        mainHandlungsfeldId: i % 3 ? hf01 : hf03,
      });
    }
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const statements = async (pageSize: number): Promise<number> => {
        spy.mockClear();
        const response = await app.http.get(`/api/alliances?q=${bulkTag}&pageSize=${pageSize}`);
        expect(response.status).toBe(200);
        expect(response.body.items).toHaveLength(Math.min(pageSize, 24));
        expect(response.body.items.every((item: ListItem) => item.landAbbreviation && item.mainHandlungsfeld)).toBe(true);
        return domainStatements(spy);
      };
      const forTen = await statements(10);
      const forHundred = await statements(100);
      expect(forTen).toBe(forHundred);
      expect(forHundred).toBeGreaterThanOrEqual(2); // the spy sees the count and the page
      expect(forHundred).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });
});
