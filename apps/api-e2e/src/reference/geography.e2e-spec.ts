import { startTestApp, TestApp } from '../support/test-app';

interface LandBody {
  code: string;
  abbreviation: string;
  name: string;
  latitude: number;
  longitude: number;
}

interface KreisBody {
  ags: string;
  name: string;
  designation: string;
  landCode: string;
}

interface GemeindeBody {
  ags: string;
  name: string;
  designation: string;
  kreisAgs: string;
  kreisName: string;
  kreisDesignation: string;
  landCode: string;
  landAbbreviation: string;
  latitude: number;
  longitude: number;
  label: string;
}

const CACHE_CONTROL = 'public, max-age=3600';

describe('Referenzdaten: Geografie', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const gemeinden = async (query: string): Promise<GemeindeBody[]> => {
    const response = await app.http.get(`/api/reference/gemeinden?${query}`);
    expect(response.status).toBe(200);
    return response.body as GemeindeBody[];
  };

  it('lists the 16 Länder ordered by code, cacheable', async () => {
    const response = await app.http.get('/api/reference/laender');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(CACHE_CONTROL);
    const laender = response.body as LandBody[];
    expect(laender).toHaveLength(16);
    expect(laender.map((l) => l.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ]);
    expect(laender[2]).toMatchObject({
      code: '03',
      abbreviation: 'NI',
      name: 'Niedersachsen',
    });
    expect(typeof laender[2].latitude).toBe('number');
    expect(typeof laender[2].longitude).toBe('number');
  });

  it('lists all 401 Kreise ordered by name, and the Kreise of one Land', async () => {
    const all = await app.http.get('/api/reference/kreise');
    expect(all.status).toBe(200);
    expect(all.headers['cache-control']).toBe(CACHE_CONTROL);
    const kreise = all.body as KreisBody[];
    expect(kreise).toHaveLength(401);
    expect(kreise.find((k) => k.ags === '03155')).toMatchObject({
      name: 'Northeim',
      designation: 'Landkreis',
      landCode: '03',
    });

    const sachsenAnhalt = (
      await app.http.get('/api/reference/kreise?landCode=15')
    ).body as KreisBody[];
    expect(sachsenAnhalt.length).toBeGreaterThan(10);
    expect(
      sachsenAnhalt.every((k) => k.landCode === '15' && k.ags.startsWith('15')),
    ).toBe(true);
    expect(sachsenAnhalt.map((k) => k.ags)).toContain('15083');
    // German order: "Börde" sorts as "Borde", before "Burgenlandkreis".
    const names = sachsenAnhalt.map((k) => k.name);
    expect(names.indexOf('Börde')).toBeLessThan(
      names.indexOf('Burgenlandkreis'),
    );
    expect(names.indexOf('Altmarkkreis Salzwedel')).toBe(0);
  });

  it('rejects an invalid Land code and unknown parameters', async () => {
    const invalid = await app.http.get('/api/reference/kreise?landCode=17');
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.landCode).toEqual(expect.any(String));
    const unknown = await app.http.get('/api/reference/kreise?sort=name');
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.sort).toEqual(expect.any(String));
  });

  it.each(['nörten', 'noerten', 'Noerten-Hard', 'NÖRTEN', 'norten'])(
    'finds Nörten-Hardenberg first for "%s"',
    async (q) => {
      const items = await gemeinden(`q=${encodeURIComponent(q)}`);
      expect(items[0]).toEqual({
        ags: '03155010',
        name: 'Nörten-Hardenberg',
        designation: 'Gemeinde',
        kreisAgs: '03155',
        kreisName: 'Northeim',
        kreisDesignation: 'Landkreis',
        landCode: '03',
        landAbbreviation: 'NI',
        latitude: expect.any(Number),
        longitude: expect.any(Number),
        label: 'Nörten-Hardenberg (Landkreis Northeim, NI)',
      });
    },
  );

  it('finds Haldensleben in Kreis Börde, ranks prefix before contains before similar', async () => {
    const items = await gemeinden('q=haldensleben');
    expect(items[0]).toMatchObject({
      ags: '15083270',
      name: 'Haldensleben',
      kreisAgs: '15083',
      kreisName: 'Börde',
      landAbbreviation: 'ST',
    });

    const muenchen = await gemeinden(
      `q=${encodeURIComponent('muenchen')}&limit=50`,
    );
    expect(muenchen[0]).toMatchObject({ ags: '09162000', name: 'München' });
    const prefixIndex = muenchen.findIndex(
      (g) => g.name === 'Münchenbernsdorf',
    );
    const containsIndex = muenchen.findIndex((g) => g.name === 'Waldmünchen');
    expect(prefixIndex).toBeGreaterThan(0);
    expect(containsIndex).toBeGreaterThan(prefixIndex);

    const strasse = await gemeinden('q=strasse');
    expect(strasse.map((g) => g.name)).toContain('Straßenhaus');

    const typo = await gemeinden('q=Haldenslben');
    expect(typo.map((g) => g.ags)).toContain('15083270');
  });

  it('labels a kreisfreie Stadt without repeating its name', async () => {
    const items = await gemeinden('q=wolfsburg');
    expect(items[0]).toMatchObject({
      ags: '03103000',
      label: 'Wolfsburg (Kreisfreie Stadt, NI)',
    });
  });

  it('filters by Land and by Kreis, and lists a Kreis without a search term', async () => {
    expect(
      (await gemeinden('q=nörten&landCode=03')).map((g) => g.ags),
    ).toContain('03155010');
    expect(
      (await gemeinden('q=nörten&landCode=15')).map((g) => g.ags),
    ).not.toContain('03155010');
    const inKreis = await gemeinden('q=hardenberg&kreisAgs=03155');
    expect(inKreis[0].ags).toBe('03155010');
    expect(inKreis.every((g) => g.kreisAgs === '03155')).toBe(true);

    const northeim = await gemeinden('kreisAgs=03155&limit=50');
    expect(northeim.length).toBeGreaterThan(5);
    expect(northeim.every((g) => g.kreisAgs === '03155')).toBe(true);
    expect(northeim.map((g) => g.ags)).toContain('03155010');
    const emptyTerm = await gemeinden('q=&kreisAgs=03155&limit=50');
    expect(emptyTerm.map((g) => g.ags)).toEqual(northeim.map((g) => g.ags));
  });

  it('limits the result: default 20, at most 50', async () => {
    expect(await gemeinden('q=berg')).toHaveLength(20);
    expect(await gemeinden('q=berg&limit=50')).toHaveLength(50);
    expect(await gemeinden('q=berg&limit=3')).toHaveLength(3);
    for (const limit of ['51', '0', 'viele']) {
      const response = await app.http.get(
        `/api/reference/gemeinden?q=berg&limit=${limit}`,
      );
      expect({ limit, status: response.status }).toEqual({
        limit,
        status: 400,
      });
      expect(response.body.fields.limit).toEqual(expect.any(String));
    }
  });

  it('needs at least two characters or a Kreis', async () => {
    for (const query of [
      'q=a',
      `q=${encodeURIComponent(' a ')}`,
      '',
      'q=',
      'landCode=03',
      `q=${'x'.repeat(101)}`,
      'q=ab&q=cd',
    ]) {
      const response = await app.http.get(`/api/reference/gemeinden?${query}`);
      expect({ query, status: response.status }).toEqual({
        query,
        status: 400,
      });
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.fields.q).toEqual(expect.any(String));
    }
    const invalidKreis = await app.http.get(
      '/api/reference/gemeinden?kreisAgs=0315',
    );
    expect(invalidKreis.status).toBe(400);
    expect(invalidKreis.body.fields.kreisAgs).toEqual(expect.any(String));
  });

  it('treats LIKE wildcards in the search term literally', async () => {
    expect(await gemeinden(`q=${encodeURIComponent('%%')}`)).toEqual([]);
    expect(await gemeinden(`q=${encodeURIComponent('__')}`)).toEqual([]);
  });

  it('returns one Gemeinde by AGS with Kreis and Land', async () => {
    const response = await app.http.get('/api/reference/gemeinden/15083270');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(response.body).toMatchObject({
      ags: '15083270',
      ars: '150830270270',
      name: 'Haldensleben',
      designation: 'Stadt',
      kreisAgs: '15083',
      kreisName: 'Börde',
      landCode: '15',
      landAbbreviation: 'ST',
      landName: 'Sachsen-Anhalt',
      label: 'Haldensleben (Landkreis Börde, ST)',
    });
  });

  it('answers an unknown AGS with 404 and a malformed one with 400', async () => {
    const unknown = await app.http.get('/api/reference/gemeinden/99999999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('GEMEINDE_NOT_FOUND');
    for (const ags of ['0315501', '031550100', 'abcdefgh', '03155%2001']) {
      const malformed = await app.http.get(`/api/reference/gemeinden/${ags}`);
      expect({ ags, status: malformed.status }).toEqual({ ags, status: 400 });
      expect(malformed.body.code).toBe('INVALID_AGS');
      expect(malformed.body.fields.ags).toEqual(expect.any(String));
    }
  });
});
