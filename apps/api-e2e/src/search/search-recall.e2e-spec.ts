import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { SearchFixtures } from './search-fixtures';

interface SearchBody {
  groups: { type: string; items: { id: string }[] }[];
}

type Kind = 'organisation' | 'person' | 'alliance';

/** Stored spelling → spelling a user types: umlaut/ae/plain, ß/ss, upper/lower case, both directions. */
const VARIANTS: readonly [Kind, string, string][] = [
  ['organisation', 'Müller', 'mueller'],
  ['organisation', 'Mueller', 'Müller'],
  ['organisation', 'Straße', 'strasse'],
  ['organisation', 'Strasse', 'Straße'],
  ['person', 'Jürgen', 'juergen'],
  ['alliance', 'Nörten-Hardenberg', 'noerten-hardenberg'],
  ['person', 'Schäfer', 'schaefer'],
  ['organisation', 'Größe', 'groesse'],
  ['organisation', 'Weiß', 'weiss'],
  ['organisation', 'Köln', 'KOELN'],
  ['organisation', 'Düsseldorf', 'duesseldorf'],
  ['organisation', 'Bäckerei', 'BAECKEREI'],
  ['organisation', 'Gießen', 'giessen'],
  ['person', 'Öztürk', 'oeztuerk'],
  ['organisation', 'Hüttenwerk', 'huttenwerk'],
  ['organisation', 'Lüdenscheid', 'ludenscheid'],
  ['alliance', 'Ährenfeld', 'aehrenfeld'],
  ['organisation', 'Fußball', 'FUSSBALL'],
  ['organisation', 'Überlingen', 'ueberlingen'],
  ['organisation', 'GRÜNE Süßwaren', 'grüne suesswaren'],
];

describe('Globale Suche: Trefferquote bei deutschen Schreibweisen', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds at least 95 % of 20 German spelling variants (in fact all)', async () => {
    const tag = uniqueSuffix();
    const fixtures = new SearchFixtures(app, tag);
    const misses: string[] = [];
    for (const [kind, stored, typed] of VARIANTS) {
      const id =
        kind === 'person'
          ? await fixtures.person(stored, `Trefferquote ${tag}`)
          : kind === 'alliance'
            ? await fixtures.alliance(`${stored} Trefferquote ${tag}`)
            : await fixtures.organisation(`${stored} Trefferquote ${tag}`);
      const response = await app.http.get(
        `/api/search?q=${encodeURIComponent(`${typed} trefferquote ${tag}`)}&types=${kind}&limit=20`,
      );
      expect(response.status).toBe(200);
      const found = (response.body as SearchBody).groups[0].items.some(
        (item) => item.id === id,
      );
      if (!found) misses.push(`${stored} ← ${typed}`);
    }
    const recall = (VARIANTS.length - misses.length) / VARIANTS.length;
    expect({ recall: recall >= 0.95, misses }).toEqual({
      recall: true,
      misses: expect.any(Array),
    });
    expect(misses).toEqual([]);
  });
});
