import {
  GemeindeRow,
  KreisRow,
  LAENDER,
  parseGemeinden,
  parseKreise,
} from './index';

describe('reference data (BKG VG5000, Stand 01.01.2021)', () => {
  let kreise: KreisRow[];
  let gemeinden: GemeindeRow[];
  let kreiseByAgs: Map<string, KreisRow>;

  beforeAll(() => {
    kreise = parseKreise();
    gemeinden = parseGemeinden();
    kreiseByAgs = new Map(kreise.map((k) => [k.ags, k]));
  });

  const isPlausible = (lat: number, lon: number): boolean =>
    lat >= 47 && lat <= 55.1 && lon >= 5.8 && lon <= 15.1;

  const plausible = (lat: number, lon: number): void => {
    expect(lat).toBeGreaterThanOrEqual(47);
    expect(lat).toBeLessThanOrEqual(55.1);
    expect(lon).toBeGreaterThanOrEqual(5.8);
    expect(lon).toBeLessThanOrEqual(15.1);
  };

  describe('Länder', () => {
    it('has the 16 Länder with AGS codes 01..16 and their abbreviations', () => {
      expect(LAENDER).toHaveLength(16);
      expect(LAENDER.map((l) => l.code)).toEqual(
        Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, '0')),
      );
      expect(LAENDER.map((l) => l.abbreviation).join(' ')).toBe(
        'SH HH NI HB NW HE RP BW BY SL BE BB MV SN ST TH',
      );
      expect(LAENDER.find((l) => l.code === '09')?.name).toBe('Bayern');
      expect(LAENDER.find((l) => l.code === '16')?.name).toBe('Thüringen');
    });

    it('has plausible centroids', () => {
      for (const l of LAENDER) plausible(l.lat, l.lon);
      const berlin = LAENDER.find((l) => l.abbreviation === 'BE');
      expect(berlin?.lat).toBeCloseTo(52.5, 1);
      expect(berlin?.lon).toBeCloseTo(13.4, 1);
    });

    it('is frozen', () => {
      expect(Object.isFrozen(LAENDER)).toBe(true);
      expect(Object.isFrozen(LAENDER[0])).toBe(true);
    });
  });

  describe('Kreise', () => {
    it('has 401 Kreise with unique 5-digit AGS', () => {
      expect(kreise).toHaveLength(401);
      expect(kreiseByAgs.size).toBe(401);
      const bad = kreise.filter(
        (k) =>
          !/^\d{5}$/.test(k.ags) ||
          k.landCode !== k.ags.slice(0, 2) ||
          k.name === '' ||
          !isPlausible(k.latitude, k.longitude),
      );
      expect(bad).toEqual([]);
    });

    it('covers all 16 Länder and only known designations', () => {
      expect(new Set(kreise.map((k) => k.landCode))).toEqual(
        new Set(LAENDER.map((l) => l.code)),
      );
      expect(new Set(kreise.map((k) => k.designation))).toEqual(
        new Set(['Landkreis', 'Kreis', 'Kreisfreie Stadt', 'Stadtkreis']),
      );
    });
  });

  describe('Gemeinden', () => {
    it('has 10,997 Gemeinden with unique 8-digit AGS and consistent 12-digit ARS', () => {
      expect(gemeinden).toHaveLength(10997);
      expect(new Set(gemeinden.map((g) => g.ags)).size).toBe(10997);
      // one expect per property over all rows (an expect per row would take seconds)
      const bad = gemeinden.filter(
        (g) =>
          !/^\d{8}$/.test(g.ags) ||
          !/^\d{12}$/.test(g.ars) ||
          g.ars.slice(0, 5) + g.ars.slice(9) !== g.ags ||
          g.kreisAgs !== g.ags.slice(0, 5) ||
          g.landCode !== g.ags.slice(0, 2) ||
          g.name === '' ||
          !isPlausible(g.latitude, g.longitude),
      );
      expect(bad).toEqual([]);
      expect(new Set(gemeinden.map((g) => g.designation))).toEqual(
        new Set(['Gemeinde', 'Stadt', 'Gemeindefreies Gebiet']),
      );
    });

    it("every Gemeinde's Kreis exists, and every Kreis has Gemeinden", () => {
      const missing = gemeinden
        .filter((g) => !kreiseByAgs.has(g.kreisAgs))
        .map((g) => g.ags);
      expect(missing).toEqual([]);
      const used = new Set(gemeinden.map((g) => g.kreisAgs));
      expect(kreise.filter((k) => !used.has(k.ags)).map((k) => k.ags)).toEqual(
        [],
      );
    });

    it('handles the city-states and the special Kreise', () => {
      const byAgs = new Map(gemeinden.map((g) => [g.ags, g]));
      expect(byAgs.get('02000000')).toMatchObject({
        name: 'Hamburg',
        kreisAgs: '02000',
      });
      expect(byAgs.get('11000000')).toMatchObject({
        name: 'Berlin',
        kreisAgs: '11000',
      });
      expect(byAgs.get('04011000')).toMatchObject({
        name: 'Bremen',
        kreisAgs: '04011',
      });
      expect(byAgs.get('04012000')).toMatchObject({
        name: 'Bremerhaven',
        kreisAgs: '04012',
      });
      expect(kreiseByAgs.get('03241')?.name).toBe('Region Hannover');
      expect(kreiseByAgs.get('05334')?.name).toBe('Städteregion Aachen');
    });

    it.each([
      ['Nörten-Hardenberg', '03155010', '03155', 'Northeim', 'Landkreis', 'NI'],
      ['Sendenhorst', '05570040', '05570', 'Warendorf', 'Kreis', 'NW'],
      ['Haldensleben', '15083270', '15083', 'Börde', 'Landkreis', 'ST'],
      ['Wolfsburg', '03103000', '03103', 'Wolfsburg', 'Kreisfreie Stadt', 'NI'],
      ['Wetzlar', '06532023', '06532', 'Lahn-Dill-Kreis', 'Landkreis', 'HE'],
    ])(
      '%s (%s) → Kreis %s %s (%s), %s',
      (name, ags, kreisAgs, kreisName, kreisDesignation, land) => {
        const matches = gemeinden.filter((g) => g.name === name);
        expect(matches).toHaveLength(1);
        const g = matches[0] as GemeindeRow;
        expect(g.ags).toBe(ags);
        expect(g.kreisAgs).toBe(kreisAgs);
        expect(kreiseByAgs.get(g.kreisAgs)).toMatchObject({
          name: kreisName,
          designation: kreisDesignation,
        });
        expect(LAENDER.find((l) => l.code === g.landCode)?.abbreviation).toBe(
          land,
        );
        plausible(g.latitude, g.longitude);
        // within ~50 km of its Kreis centroid
        const k = kreiseByAgs.get(g.kreisAgs) as KreisRow;
        expect(Math.abs(g.latitude - k.latitude)).toBeLessThan(0.5);
        expect(Math.abs(g.longitude - k.longitude)).toBeLessThan(0.75);
      },
    );

    it('keeps the Gemeindeverband part of the ARS', () => {
      const g = gemeinden.find((x) => x.ags === '01051003');
      expect(g?.ars).toBe('010515163003');
      expect(gemeinden.find((x) => x.ags === '03103000')?.ars).toBe(
        '031030000000',
      );
    });
  });

  it('returns fresh arrays on every call', () => {
    expect(parseKreise()).not.toBe(parseKreise());
    expect(parseGemeinden()[0]).toEqual(gemeinden[0]);
  });
});
