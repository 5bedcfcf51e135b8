import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';

/**
 * Robustness drill R2 (QUALITY.md): no lost updates.
 * For every organisation two full-replacement PUTs with the same version race each other;
 * exactly one must win (200), the other must get 409 VERSION_CONFLICT, and the stored row,
 * its version and its audit trail must reflect the winner only.
 * CI runs a small number of pairs; the full drill is `BN_DRILL_PAIRS=1000`.
 */
const PAIRS = readPairs(process.env['BN_DRILL_PAIRS'], 40);
const BATCH = 20;

interface OrganisationBody {
  id: string;
  name: string;
  version: number;
}

interface PairOutcome {
  id: string;
  baseName: string;
  statuses: [number, number];
  codes: [string | undefined, string | undefined];
  winner: 'A' | 'B' | null;
}

function readPairs(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`BN_DRILL_PAIRS must be a positive integer, got "${raw}".`);
  return value;
}

function errorCode(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'code' in body) {
    const code = (body as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** Runs `task` for every item, `size` items at a time (the items of one batch run concurrently). */
async function inBatches<T, R>(items: T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(task))));
  }
  return results;
}

describe('Drill R2: keine verlorenen Änderungen bei gleichzeitigen Updates', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    // A listening server: supertest then reuses it instead of binding (and closing) one per request,
    // which would not be safe with many requests in flight.
    await app.app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
  });

  it(
    `lets exactly one of two concurrent updates with the same version win (${PAIRS} pairs)`,
    async () => {
      const tag = uniqueSuffix();
      const started = Date.now();

      const organisations = await inBatches(
        Array.from({ length: PAIRS }, (_, index) => index),
        BATCH,
        async (index): Promise<OrganisationBody> => {
          const response = await app.http
            .post('/api/organisations')
            .send({ name: `Drill R2 ${tag} ${index}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
          expect(response.status).toBe(201);
          return response.body as OrganisationBody;
        },
      );
      expect(organisations.every((o) => o.version === 1)).toBe(true);
      const createdAt = Date.now();

      const outcomes = await inBatches(organisations, BATCH, async (organisation): Promise<PairOutcome> => {
        const put = (suffix: 'A' | 'B') =>
          app.http.put(`/api/organisations/${organisation.id}`).send({
            name: `${organisation.name} ${suffix}`,
            sector: 'ZIVILGESELLSCHAFT',
            actorType: 'VEREIN_INITIATIVE',
            version: organisation.version,
          });
        const [a, b] = await Promise.all([put('A'), put('B')]);
        const winner = a.status === 200 && b.status !== 200 ? 'A' : b.status === 200 && a.status !== 200 ? 'B' : null;
        return {
          id: organisation.id,
          baseName: organisation.name,
          statuses: [a.status, b.status],
          codes: [errorCode(a.body), errorCode(b.body)],
          winner,
        };
      });
      const racedAt = Date.now();

      // Every pair: one 200 and one 409 VERSION_CONFLICT. Collect the offenders so a failure names them all.
      const badPairs = outcomes.filter((o) => {
        const sorted = [...o.statuses].sort((x, y) => x - y);
        const conflictCode = o.statuses[0] === 409 ? o.codes[0] : o.codes[1];
        return o.winner === null || sorted[0] !== 200 || sorted[1] !== 409 || conflictCode !== 'VERSION_CONFLICT';
      });
      expect(badPairs).toEqual([]);

      // The stored row carries the winner's name and exactly one version increment.
      const ids = outcomes.map((o) => o.id);
      const stored: { id: string; name: string; version: number }[] = await app.dataSource.query(
        `SELECT id, name, version FROM organisation WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const storedById = new Map(stored.map((row) => [row.id, row]));
      const wrongRows = outcomes
        .map((o) => ({ id: o.id, expected: `${o.baseName} ${o.winner}`, row: storedById.get(o.id) }))
        .filter(({ expected, row }) => !row || row.name !== expected || row.version !== 2);
      expect(wrongRows).toEqual([]);

      // The audit trail holds exactly one UPDATE per organisation (the loser wrote nothing).
      const audit: { entity_id: string; updates: number }[] = await app.dataSource.query(
        `SELECT o.id AS entity_id, count(a.id)::int AS updates
           FROM unnest($1::uuid[]) AS o(id)
           LEFT JOIN audit_entry a ON a.entity_id = o.id AND a.entity_type = 'Organisation' AND a.action = 'UPDATE'
          GROUP BY o.id`,
        [ids],
      );
      expect(audit.filter((row) => row.updates !== 1)).toEqual([]);
      expect(audit).toHaveLength(PAIRS);

      const wins = outcomes.filter((o) => o.winner !== null).length;
      const conflicts = outcomes.reduce((sum, o) => sum + o.statuses.filter((s) => s === 409).length, 0);
      const finished = Date.now();
      // One-line summary for the drill log.
      process.stdout.write(
        `Drill R2: pairs=${PAIRS} wins=${wins} conflicts=${conflicts} ` +
          `winsA=${outcomes.filter((o) => o.winner === 'A').length} winsB=${outcomes.filter((o) => o.winner === 'B').length} ` +
          `create=${createdAt - started}ms race=${racedAt - createdAt}ms total=${finished - started}ms\n`,
      );
    },
    60_000 + PAIRS * 150,
  );
});
