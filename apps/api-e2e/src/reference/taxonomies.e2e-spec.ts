import { startTestApp, TestApp } from '../support/test-app';

interface HandlungsfeldBody {
  id: string;
  taxonomyVersion: string;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  sortOrder: number;
  mapsTo: string[];
}

const CACHE_CONTROL = 'public, max-age=3600';

describe('Referenzdaten: Taxonomien', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const handlungsfelder = async (query = ''): Promise<HandlungsfeldBody[]> => {
    const response = await app.http.get(
      `/api/reference/handlungsfelder${query}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(CACHE_CONTROL);
    return response.body as HandlungsfeldBody[];
  };

  it('lists the 12 canonical Handlungsfelder by default', async () => {
    const kanon = await handlungsfelder();
    expect(kanon).toHaveLength(12);
    expect(kanon.map((h) => h.code)).toEqual([
      'HF01',
      'HF02',
      'HF03',
      'HF04',
      'HF05',
      'HF06',
      'HF07',
      'HF08',
      'HF09',
      'HF10',
      'HF11',
      'HF12',
    ]);
    expect(kanon[2]).toEqual({
      id: expect.any(String),
      taxonomyVersion: 'KANON',
      code: 'HF03',
      name: 'Kinderbetreuung',
      validFrom: '2004-01-01',
      validTo: null,
      sortOrder: 3,
      mapsTo: [],
    });
    const [{ id }] = await app.dataSource.query(
      `SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = 'HF03'`,
    );
    expect(kanon[2].id).toBe(id);
    expect(await handlungsfelder('?version=KANON')).toEqual(kanon);
  });

  it('lists a historical version with the canonical codes each label maps to', async () => {
    const versionB = await handlungsfelder('?version=B');
    expect(versionB.map((h) => h.code)).toEqual([
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
    ]);
    const b5 = versionB.find((h) => h.code === 'B5');
    expect(b5).toMatchObject({
      taxonomyVersion: 'B',
      validFrom: '2014-01-01',
      validTo: '2021-12-31',
      mapsTo: ['HF02', 'HF10'],
    });
    expect(versionB.find((h) => h.code === 'B3')?.mapsTo).toEqual(['HF03']);
  });

  it('lists every version with version=all, the canonical list first', async () => {
    const all = await handlungsfelder('?version=all');
    expect(all).toHaveLength(12 + 7 + 6 + 8 + 4);
    expect(all.slice(0, 12).every((h) => h.taxonomyVersion === 'KANON')).toBe(
      true,
    );
    expect([...new Set(all.map((h) => h.taxonomyVersion))]).toEqual([
      'KANON',
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(
      all.find((h) => h.taxonomyVersion === 'D' && h.code === 'D1')?.mapsTo,
    ).toEqual(['HF01', 'HF02']);
    expect(
      all
        .filter((h) => h.taxonomyVersion !== 'KANON')
        .every((h) => h.mapsTo.length > 0),
    ).toBe(true);
  });

  it('rejects a malformed version and answers an unknown one with an empty list', async () => {
    for (const version of ['kanon', 'B;DROP', 'ALL']) {
      const response = await app.http.get(
        `/api/reference/handlungsfelder?version=${encodeURIComponent(version)}`,
      );
      expect({ version, status: response.status }).toEqual({
        version,
        status: version === 'ALL' ? 200 : 400,
      });
      if (response.status === 400)
        expect(response.body.fields.version).toEqual(expect.any(String));
    }
    expect(await handlungsfelder('?version=Z')).toEqual([]);
  });

  it('lists the Fachgebiete and Zielgruppen in their order', async () => {
    const fachgebiete = await app.http.get('/api/reference/fachgebiete');
    expect(fachgebiete.status).toBe(200);
    expect(fachgebiete.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(fachgebiete.body).toHaveLength(12);
    expect(fachgebiete.body[0]).toEqual({
      code: 'FG01',
      name: 'Bündnisgründung',
      description: expect.any(String),
      sortOrder: 1,
    });

    const zielgruppen = await app.http.get('/api/reference/zielgruppen');
    expect(zielgruppen.status).toBe(200);
    expect(zielgruppen.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(zielgruppen.body[0]).toEqual({
      code: 'FAMILIEN',
      name: 'Familien allgemein',
      sortOrder: 1,
    });
    expect(zielgruppen.body.map((z: { code: string }) => z.code)).toContain(
      'ALLEINERZIEHENDE',
    );
  });

  it('rejects unknown query parameters of the Handlungsfeld list', async () => {
    const response = await app.http.get('/api/reference/fachgebiete?foo=1');
    // Endpoints without a query DTO ignore the query string.
    expect(response.status).toBe(200);
    const handlungsfeld = await app.http.get(
      '/api/reference/handlungsfelder?foo=1',
    );
    expect(handlungsfeld.status).toBe(400);
    expect(handlungsfeld.body.fields.foo).toEqual(expect.any(String));
  });
});
