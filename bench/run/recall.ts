import { Client } from 'pg';

/**
 * G4 recall: German spellings of one name. The expected rows are derived here, independently of the
 * app's folding (bn_fold): an organisation is expected for every query of a group when its name, in
 * lower case, contains any of the group's spellings.
 */
interface VariantGroup {
  name: string;
  spellings: string[];
  queries: string[];
}

const GROUPS: VariantGroup[] = [
  { name: 'Müller', spellings: ['müller', 'mueller', 'muller'], queries: ['Müller', 'Mueller', 'muller', 'MÜLLER'] },
  { name: 'Weiß', spellings: ['weiß', 'weiss'], queries: ['Weiß', 'Weiss'] },
  { name: 'Schröder', spellings: ['schröder', 'schroeder', 'schroder'], queries: ['Schröder', 'Schroeder'] },
  { name: 'Krüger', spellings: ['krüger', 'krueger', 'kruger'], queries: ['Krüger', 'Krueger'] },
  { name: 'Köhler', spellings: ['köhler', 'koehler', 'kohler'], queries: ['Köhler', 'Koehler'] },
  { name: 'Jäger', spellings: ['jäger', 'jaeger', 'jager'], queries: ['Jäger', 'Jaeger'] },
  { name: 'Groß', spellings: ['groß', 'gross'], queries: ['Groß', 'Gross'] },
  { name: 'Strauß', spellings: ['strauß', 'strauss'], queries: ['Strauß', 'Strauss'] },
  { name: 'Voß', spellings: ['voß', 'voss'], queries: ['Voß', 'Voss'] },
  { name: 'Straße', spellings: ['straße', 'strasse'], queries: ['Straße', 'Strasse'] },
  { name: 'Bäckerei', spellings: ['bäckerei', 'baeckerei', 'backerei'], queries: ['Bäckerei', 'Baeckerei'] },
];

export interface RecallQuery {
  query: string;
  expected: number;
  /** Found by the organisation list's `q` filter (all pages). */
  foundByList: number;
  /** Search endpoint: expected rows among its (at most 20) results ÷ min(20, expected). */
  searchRecallAt20: number;
}

export interface RecallFigures {
  queries: RecallQuery[];
  /** Groups without any organisation in the generated data (not counted). */
  emptyGroups: string[];
  /** Σ found ÷ Σ expected over all queries, list filter. */
  listRecall: number;
  /** Mean of searchRecallAt20 over all queries. */
  searchRecall: number;
}

async function getJson<T>(url: string, cookie: string): Promise<T> {
  const response = await fetch(url, { headers: { cookie } });
  if (!response.ok) throw new Error(`G4: ${url} answered ${response.status}`);
  return (await response.json()) as T;
}

async function listIds(baseUrl: string, cookie: string, query: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1; ; page++) {
    const body = await getJson<{ items: { id: string }[]; total: number }>(
      `${baseUrl}/api/organisations?q=${encodeURIComponent(query)}&pageSize=100&page=${page}`,
      cookie,
    );
    for (const item of body.items) ids.add(item.id);
    if (body.items.length < 100 || ids.size >= body.total) return ids;
  }
}

async function searchIds(baseUrl: string, cookie: string, query: string): Promise<string[]> {
  const body = await getJson<{ groups: { items: { id: string }[] }[] }>(
    `${baseUrl}/api/search?q=${encodeURIComponent(query)}&types=organisation&limit=20`,
    cookie,
  );
  return body.groups[0]?.items.map((item) => item.id) ?? [];
}

export async function measureRecall(databaseUrl: string, baseUrl: string, cookie: string): Promise<RecallFigures> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let organisations: { id: string; name: string }[];
  try {
    organisations = (await client.query<{ id: string; name: string }>('SELECT id, name FROM organisation WHERE archived_at IS NULL')).rows;
  } finally {
    await client.end();
  }
  const queries: RecallQuery[] = [];
  const emptyGroups: string[] = [];
  for (const group of GROUPS) {
    const expected = new Set(organisations.filter((o) => group.spellings.some((s) => o.name.toLowerCase().includes(s))).map((o) => o.id));
    if (!expected.size) {
      emptyGroups.push(group.name);
      continue;
    }
    for (const query of group.queries) {
      const found = await listIds(baseUrl, cookie, query);
      const searched = await searchIds(baseUrl, cookie, query);
      queries.push({
        query,
        expected: expected.size,
        foundByList: [...expected].filter((id) => found.has(id)).length,
        searchRecallAt20: searched.filter((id) => expected.has(id)).length / Math.min(20, expected.size),
      });
    }
  }
  const sum = (pick: (q: RecallQuery) => number) => queries.reduce((total, q) => total + pick(q), 0);
  return {
    queries,
    emptyGroups,
    listRecall: sum((q) => q.foundByList) / sum((q) => q.expected),
    searchRecall: sum((q) => q.searchRecallAt20) / queries.length,
  };
}
