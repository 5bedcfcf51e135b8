import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { SearchFixtures } from './search-fixtures';

interface SearchItemBody {
  id: string;
  type: string;
  title: string;
  subtitle: string | null;
  score: number;
}

interface SearchGroupBody {
  type: string;
  label: string;
  total: number;
  items: SearchItemBody[];
}

interface SearchBody {
  query: string;
  groups: SearchGroupBody[];
}

describe('Globale Suche', () => {
  let app: TestApp;
  let fixtures: SearchFixtures;
  const tag = uniqueSuffix();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new SearchFixtures(app, tag);
    ids['mueller'] = await fixtures.organisation(`Müller Feinkost KG ${tag}`, {
      city: 'Göttingen',
    });
    ids['muellerArchived'] = await fixtures.organisation(
      `Müller Feinkost KG ${tag} Archiv`,
      { archived: true },
    );
    ids['strasse'] = await fixtures.organisation(
      `Familienzentrum Lange Straße ${tag}`,
    );
    ids['alliance'] = await fixtures.alliance(
      `Lokales Bündnis für Familie Nörten-Hardenberg ${tag}`,
      { shortName: `LBF NH ${tag}` },
    );
    ids['allianceArchived'] = await fixtures.alliance(
      `Lokales Bündnis für Familie Nörten-Hardenberg ${tag} alt`,
      { archived: true },
    );
    ids['juergen'] = await fixtures.person('Jürgen', `Weißmann ${tag}`, {
      email: `j.weissmann.${tag}@example.org`,
    });
    ids['juergenArchived'] = await fixtures.person(
      'Jürgen',
      `Weißmann ${tag} Alt`,
      { archived: true },
    );
    ids['sprecherin'] = await fixtures.person('Käthe', `Sprecherin ${tag}`);
    await fixtures.personFunction(
      ids['sprecherin'],
      'SPRECHER',
      ids['mueller'],
    );
    ids['mentorPerson'] = await fixtures.person('Sören', `Mentorbaum ${tag}`);
    ids['mentor'] = await fixtures.mentor(ids['mentorPerson'], {
      homeGemeindeAgs: '03155010',
    });
    ids['mentorArchivedPerson'] = await fixtures.person(
      'Sören',
      `Mentorbaum ${tag} Ehemals`,
    );
    ids['mentorArchived'] = await fixtures.mentor(ids['mentorArchivedPerson'], {
      archived: true,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  const search = async (q: string, extra = ''): Promise<SearchBody> => {
    const response = await app.http.get(
      `/api/search?q=${encodeURIComponent(q)}${extra}`,
    );
    expect({ q, status: response.status }).toEqual({ q, status: 200 });
    return response.body as SearchBody;
  };

  const group = (body: SearchBody, type: string): SearchGroupBody => {
    const found = body.groups.find((g) => g.type === type);
    if (!found) throw new Error(`no group ${type}`);
    return found;
  };

  const idsOf = (body: SearchBody, type: string): string[] =>
    group(body, type).items.map((item) => item.id);

  it('returns all four groups with German labels, and only the documented fields', async () => {
    const body = await search(`  Müller Feinkost KG ${tag} `);
    expect(Object.keys(body).sort()).toEqual(['groups', 'query']);
    expect(body.query).toBe(`Müller Feinkost KG ${tag}`);
    expect(body.groups.map((g) => [g.type, g.label])).toEqual([
      ['alliance', 'Bündnisse'],
      ['organisation', 'Organisationen'],
      ['person', 'Personen'],
      ['mentor', 'Mentor:innen'],
    ]);
    for (const g of body.groups) {
      expect(Object.keys(g).sort()).toEqual([
        'items',
        'label',
        'total',
        'type',
      ]);
      for (const item of g.items) {
        expect(Object.keys(item).sort()).toEqual([
          'id',
          'score',
          'subtitle',
          'title',
          'type',
        ]);
        expect(item.type).toBe(g.type);
      }
    }
    expect(group(body, 'organisation').items[0]).toEqual({
      id: ids['mueller'],
      type: 'organisation',
      title: `Müller Feinkost KG ${tag}`,
      subtitle: 'Wirtschaft · Göttingen',
      score: 5,
    });
  });

  it.each(['mueller', 'Müller', 'muller', 'MÜLLER', 'MUELLER'])(
    'finds the Müller Feinkost KG for "%s"',
    async (spelling) => {
      const body = await search(
        `${spelling} feinkost kg ${tag}`,
        '&types=organisation',
      );
      expect(idsOf(body, 'organisation')[0]).toBe(ids['mueller']);
      const bare = await search(spelling, '&types=organisation&limit=20');
      expect(group(bare, 'organisation').total).toBeGreaterThanOrEqual(1);
    },
  );

  it('finds "Straße" by "strasse", "Nörten-Hardenberg" by "noerten" and "Jürgen" by "juergen"', async () => {
    // Other tests' rows may be similar (trigrams), so each check looks at the best hit.
    expect(idsOf(await search(`lange strasse ${tag}`), 'organisation')[0]).toBe(
      ids['strasse'],
    );

    const alliance = group(
      await search(`noerten-hardenberg ${tag}`),
      'alliance',
    );
    expect(alliance.items[0]).toMatchObject({
      id: ids['alliance'],
      title: `Lokales Bündnis für Familie Nörten-Hardenberg ${tag}`,
      subtitle: 'Aktiv · Landkreis Northeim, NI',
    });
    expect(idsOf(await search(`lbf nh ${tag}`), 'alliance')[0]).toBe(
      ids['alliance'],
    );

    const person = group(await search(`juergen weissmann ${tag}`), 'person');
    expect(person.items[0]).toMatchObject({
      id: ids['juergen'],
      title: `Jürgen Weißmann ${tag}`,
      subtitle: `j.weissmann.${tag}@example.org`,
      score: 5,
    });
    // Last name first also works.
    expect(idsOf(await search(`weissmann ${tag} jürgen`), 'person')).toContain(
      ids['juergen'],
    );
  });

  it('shows a person without e-mail with the first function, and finds mentors by their name', async () => {
    const person = group(await search(`käthe sprecherin ${tag}`), 'person');
    expect(person.items[0]).toMatchObject({
      id: ids['sprecherin'],
      subtitle: `Sprecher:in · Müller Feinkost KG ${tag}`,
    });

    const body = await search(`soeren mentorbaum ${tag}`);
    expect(group(body, 'mentor').items[0]).toEqual({
      id: ids['mentor'],
      type: 'mentor',
      title: `Sören Mentorbaum ${tag}`,
      subtitle: 'Aktiv · NI',
      score: 5,
    });
    // The mentor's person is also a person.
    expect(idsOf(body, 'person')).toContain(ids['mentorPerson']);
  });

  it('ranks an exact match above a prefix, a word start and a contains match', async () => {
    const rank = `Rangtest ${uniqueSuffix()}`;
    const contains = await fixtures.organisation(`Vor${rank}`);
    const wordStart = await fixtures.organisation(`Großer ${rank}`);
    const prefix = await fixtures.organisation(`${rank} Erweiterung`);
    const exact = await fixtures.organisation(rank);
    const items = group(
      await search(rank.toUpperCase(), '&types=organisation'),
      'organisation',
    ).items;
    expect(items.map((i) => i.id).slice(0, 4)).toEqual([
      exact,
      prefix,
      wordStart,
      contains,
    ]);
    expect(items.slice(0, 4).map((i) => Math.floor(i.score))).toEqual([
      5, 3, 2, 1,
    ]);
    const scores = items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds a near miss through trigram similarity, ranked below real matches', async () => {
    const items = group(
      await search(`Mülller Feinkost KG ${tag}`, '&types=organisation'),
      'organisation',
    ).items;
    expect(items.map((i) => i.id)).toContain(ids['mueller']);
    expect(items.find((i) => i.id === ids['mueller'])?.score).toBeLessThan(1);
  });

  it('leaves out archived alliances, organisations, persons and mentors', async () => {
    const archivedIds = [
      ids['muellerArchived'],
      ids['allianceArchived'],
      ids['juergenArchived'],
      ids['mentorArchived'],
    ];
    const queries = [
      `Müller Feinkost KG ${tag} Archiv`,
      `Nörten-Hardenberg ${tag} alt`,
      `Weißmann ${tag} Alt`,
      `Mentorbaum ${tag} Ehemals`,
    ];
    for (const q of queries) {
      const body = await search(q, '&limit=20');
      const found = body.groups.flatMap((g) => g.items.map((i) => i.id));
      expect({
        q,
        archived: found.filter((id) => archivedIds.includes(id)),
      }).toEqual({ q, archived: [] });
    }
    // The archived mentor's person is not archived: found as a person, not as a mentor.
    const mentorPerson = await search(`Mentorbaum ${tag} Ehemals`);
    expect(idsOf(mentorPerson, 'person')).toContain(
      ids['mentorArchivedPerson'],
    );
    expect(idsOf(mentorPerson, 'mentor')).not.toContain(ids['mentorArchived']);
  });

  it('filters by types and limits each group', async () => {
    const only = await search(`Müller ${tag}`, '&types=organisation');
    expect(only.groups.map((g) => g.type)).toEqual(['organisation']);
    const two = await search(`Müller ${tag}`, '&types=mentor,person,mentor');
    expect(two.groups.map((g) => g.type)).toEqual(['person', 'mentor']);
    const repeated = await search(
      `Müller ${tag}`,
      '&types=mentor&types=alliance',
    );
    expect(repeated.groups.map((g) => g.type)).toEqual(['alliance', 'mentor']);

    const limited = group(
      await search(`Müller Feinkost KG ${tag}`, '&types=organisation&limit=1&'),
      'organisation',
    );
    expect(limited.items).toHaveLength(1);
    expect(limited.total).toBeGreaterThanOrEqual(1);
    const rankTag = `Limittest ${uniqueSuffix()}`;
    for (let i = 0; i < 7; i += 1)
      await fixtures.organisation(`${rankTag} ${i}`);
    const byDefault = group(
      await search(rankTag, '&types=organisation'),
      'organisation',
    );
    expect(byDefault.items).toHaveLength(5);
    expect(byDefault.total).toBe(7);
    const scores = byDefault.items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(
      byDefault.items.every((i) => i.title.startsWith(`${rankTag} `)),
    ).toBe(true);
    expect(
      group(
        await search(rankTag, '&types=organisation&limit=20'),
        'organisation',
      ).items,
    ).toHaveLength(7);
  });

  it('validates q, types and limit', async () => {
    const cases: [string, string][] = [
      ['q=a', 'q'],
      [`q=${encodeURIComponent(' a ')}`, 'q'],
      ['', 'q'],
      [`q=${'x'.repeat(101)}`, 'q'],
      ['q=ab&q=cd', 'q'],
      ['q=ab&types=planet', 'types'],
      ['q=ab&types=', 'types'],
      ['q=ab&types=person,planet', 'types'],
      ['q=ab&limit=21', 'limit'],
      ['q=ab&limit=0', 'limit'],
      ['q=ab&limit=fünf', 'limit'],
      ['q=ab&sort=name', 'sort'],
    ];
    for (const [query, field] of cases) {
      const response = await app.http.get(`/api/search?${query}`);
      expect({ query, status: response.status }).toEqual({
        query,
        status: 400,
      });
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect({ query, message: typeof response.body.fields[field] }).toEqual({
        query,
        message: 'string',
      });
    }
    expect(
      (await app.http.get(`/api/search?q=${'x'.repeat(100)}`)).status,
    ).toBe(200);
    expect(
      (await app.http.get(`/api/search?q=${encodeURIComponent('%_')}`)).status,
    ).toBe(200);
  });

  it('treats LIKE wildcards literally', async () => {
    const body = await search('%%', '&types=organisation');
    expect(group(body, 'organisation').items).toEqual([]);
  });
});
