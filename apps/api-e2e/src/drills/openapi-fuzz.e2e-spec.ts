import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import {
  allKnownFieldNames,
  buildOperations,
  checkResponse,
  FuzzCase,
  HTML_FRAGMENT,
  mutatedValue,
  noNul,
  Operation,
  plausibleValue,
  SQL_FRAGMENT,
  truncate,
  urlValue,
  Violation,
} from './openapi-fuzz.support';

/**
 * Robustness drill R4 (QUALITY.md): requests generated from the app's OpenAPI document, valid and
 * mutated (wrong types, missing and unknown fields, 100 kB strings, unicode and control characters,
 * SQL/HTML fragments, extreme numbers, malformed ids and dates) never produce a 5xx or a stack
 * trace, every 400 carries `{ code, message }` (VALIDATION_FAILED with non-empty `fields`), and
 * rejected requests leave the database unchanged.
 * CI runs `BN_FUZZ_CASES` (default 1500) cases; the full drill is `BN_FUZZ_CASES=10000`.
 */
const CASES = readCases(process.env['BN_FUZZ_CASES'], 1500);
const SEED = 20240501;
const BATCH = 50;
const CONCURRENCY = 8;

/** Tables that legitimately grow on any request (audit of reads, sign-in bookkeeping, sessions). */
const GROWING_TABLES = ['audit_entry', 'login_attempt', 'user_session'];

/** Routes whose side effects would end or cripple the test user's session: never fuzzed. */
const SKIPPED_ROUTES: Record<string, string> = {
  'post /api/auth/logout': 'ends the current session',
  'post /api/account/password': 'changes the credential and ends the other sessions; failed attempts count towards lock-out',
};
/** Routes fuzzed, except with the id that would hit the test user itself. */
const SELF_GUARDED_ROUTES = ['delete /api/account/sessions/{id}', 'post /api/users/{id}/disable'];

function readCases(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`BN_FUZZ_CASES must be a positive integer, got "${raw}".`);
  return value;
}

/** Numbers at the edges of JSON/JS number handling. */
const NUMERIC_EDGES: unknown[] = [-1, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, 1e-7, 5e-324, 0.001, '1', 1.005];

const key = (operation: Operation): string => `${operation.method} ${operation.path}`;

function fillPath(template: string, values: string[]): string {
  let index = 0;
  return template.replace(/\{[^}]+\}/g, () => encodeURIComponent(values[index++ % Math.max(values.length, 1)] ?? ''));
}

function withQuery(path: string, pairs: [string, string][]): string {
  if (!pairs.length) return path;
  return `${path}?${new URLSearchParams(pairs).toString()}`;
}

interface CaseContext {
  realId: string;
  forbiddenIds: Set<string>;
  knownFields: string[];
}

/** The hand-picked cases of one operation (run first), then `quota` minus those, generated. */
function casesFor(operation: Operation, quota: number, index: number, context: CaseContext): FuzzCase[] {
  const { realId, knownFields } = context;
  const idValues = [randomUUID(), 'not-a-uuid', realId, '-1', SQL_FRAGMENT, HTML_FRAGMENT, '1e308', '👨‍👩‍👧'];
  const plausible = (seed: number): Record<string, unknown> =>
    Object.fromEntries(operation.bodyFields.map((field) => [field.name, plausibleValue(field, realId, seed)]));
  const make = (pathValue: string[], query: [string, string][], body?: unknown): FuzzCase => ({
    method: operation.method,
    template: operation.path,
    url: withQuery(fillPath(operation.path, pathValue), query),
    body,
  });

  const fixed: FuzzCase[] = [];
  const pathSets = operation.pathParams.length ? idValues.map((id) => [id]) : [[]];
  for (const ids of pathSets) fixed.push(make(ids, [], operation.hasBody ? plausible(0) : undefined));
  for (const name of operation.queryParams) {
    for (const value of [SQL_FRAGMENT, '-1', '1e308', String(2 ** 53), 'y'.repeat(4000), '2024-02-30']) fixed.push(make([realId], [[name, value]]));
  }
  if (operation.hasBody) {
    const allFields = Object.fromEntries(knownFields.map((name, position) => [name, [SQL_FRAGMENT, -1, 1e308, HTML_FRAGMENT, null, [], {}][position % 7]]));
    for (const body of [{}, allFields, [], 'text', 42, null, true, { ...plausible(1), unknownFuzzField: 1 }]) fixed.push(make([realId], [], body));
    // Each numeric field once with every edge value (exponent notation without a dot included: 1e-7, 5e-324).
    for (const field of operation.bodyFields.filter((candidate) => candidate.rules.has('isNumber') || candidate.rules.has('isInt'))) {
      for (const value of NUMERIC_EDGES) fixed.push(make([realId], [], { ...plausible(2), [field.name]: value }));
    }
  }

  const arbitrary = fc.record({
    ids: fc.array(fc.oneof(fc.uuid(), fc.constant(realId), urlValue), { minLength: 1, maxLength: 3 }),
    query: fc.array(
      fc.tuple(
        operation.queryParams.length ? fc.constantFrom(...operation.queryParams) : fc.constantFrom('page', 'pageSize', 'sort', 'q'),
        fc.constantFrom('plain', 'nested', 'unknown'),
        urlValue,
      ),
      { maxLength: operation.method === 'get' ? 4 : 1 },
    ),
    bodyKind: fc.constantFrom('mutateOne', 'dropOne', 'unknownField', 'mutateAll', 'whole', 'allKnown'),
    position: fc.nat(),
    values: fc.array(mutatedValue, { minLength: 1, maxLength: 40 }),
    unknownName: fc.string({ minLength: 1, maxLength: 12 }).map(noNul),
  });
  const generated = fc.sample(arbitrary, { seed: SEED + index, numRuns: Math.max(quota - fixed.length, 0) }).map((sample, n) => {
    const query: [string, string][] = sample.query.map(([name, shape, value]) =>
      shape === 'nested' ? [`${name}[a]`, value] : shape === 'unknown' ? [`${name}Fuzz`, value] : [name, value],
    );
    const ids = sample.ids.filter((id) => !context.forbiddenIds.has(id));
    if (!operation.hasBody) return make(ids.length ? ids : [randomUUID()], query);
    const body: Record<string, unknown> = plausible(n + 2);
    const names = Object.keys(body);
    const target = names.length ? names[sample.position % names.length] : 'name';
    const value = sample.values[0];
    let sent: unknown = body;
    if (sample.bodyKind === 'mutateOne') body[target] = value;
    else if (sample.bodyKind === 'dropOne') delete body[target];
    else if (sample.bodyKind === 'unknownField') body[sample.unknownName] = value;
    else if (sample.bodyKind === 'mutateAll') names.forEach((name, position) => (body[name] = sample.values[position % sample.values.length]));
    else if (sample.bodyKind === 'whole') sent = value;
    else sent = Object.fromEntries(knownFields.map((name, position) => [name, sample.values[position % sample.values.length]]));
    return make(ids.length ? ids : [randomUUID()], query, sent);
  });
  return [...fixed, ...generated];
}

async function tableCounts(app: TestApp): Promise<Record<string, number>> {
  const tables: { name: string }[] = await app.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counted = tables.map((table) => table.name).filter((name) => !GROWING_TABLES.includes(name));
  const [row] = await app.dataSource.query(`SELECT ${counted.map((name) => `(SELECT count(*)::int FROM "${name}") AS "${name}"`).join(', ')}`);
  return row as Record<string, number>;
}

async function pool<T>(items: T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) await task(items[next++]);
  });
  await Promise.all(workers);
}

describe('Drill R4: OpenAPI-Fuzzing ohne 5xx, ohne Stacktrace, ohne Schreibzugriff bei Ablehnung', () => {
  let app: TestApp;
  let realId: string;
  let operations: Operation[];

  beforeAll(async () => {
    app = await startTestApp();
    await app.app.listen(0, '127.0.0.1');
    const created = await app.http
      .post('/api/organisations')
      .send({ name: `Drill R4 ${uniqueSuffix()}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
    expect(created.status).toBe(201);
    realId = (created.body as { id: string }).id;
    operations = buildOperations(app.app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads the operations of the OpenAPI document and the DTO fields', () => {
    expect(operations.length).toBeGreaterThan(60);
    expect(operations.filter((operation) => operation.hasBody && operation.bodyFields.length).length).toBeGreaterThan(30);
    expect(operations.map(key)).toEqual(expect.arrayContaining(['get /api/organisations', 'post /api/organisations']));
    expect(operations.find((operation) => key(operation) === 'get /api/organisations')?.queryParams).toEqual(expect.arrayContaining(['page', 'pageSize']));
    for (const route of [...Object.keys(SKIPPED_ROUTES), ...SELF_GUARDED_ROUTES]) expect(operations.map(key)).toContain(route);
  });

  it(
    `answers ${CASES} generated requests without 5xx, stack traces or writes on rejection`,
    async () => {
      const [session] = (await app.dataSource.query(
        `SELECT id FROM user_session WHERE user_id = $1`,
        [app.user.userId],
      )) as { id: string }[];
      const context: CaseContext = { realId, forbiddenIds: new Set([app.user.userId, session.id]), knownFields: allKnownFieldNames() };
      const fuzzed = operations.filter((operation) => !SKIPPED_ROUTES[key(operation)]);
      const quota = Math.ceil(CASES / fuzzed.length);
      const violations: Violation[] = [];
      const statuses: Record<number, number> = {};
      let total = 0;
      let checkedBatches = 0;
      let skippedBatches = 0;
      const started = Date.now();

      for (const [index, operation] of fuzzed.entries()) {
        const cases = casesFor(operation, quota, index, context).filter(
          (fuzzCase) => !SELF_GUARDED_ROUTES.includes(key(operation)) || ![...context.forbiddenIds].some((id) => fuzzCase.url.includes(id)),
        );
        for (let start = 0; start < cases.length; start += BATCH) {
          const batch = cases.slice(start, start + BATCH);
          const before = await tableCounts(app);
          let writes = 0;
          await pool(batch, CONCURRENCY, async (fuzzCase) => {
            const request = app.http[fuzzCase.method](fuzzCase.url);
            if (fuzzCase.body !== undefined) request.set('Content-Type', 'application/json').send(JSON.stringify(fuzzCase.body));
            total++;
            try {
              const response = await request;
              statuses[response.status] = (statuses[response.status] ?? 0) + 1;
              if (fuzzCase.method !== 'get' && response.status < 300) writes++;
              const reason = checkResponse(response.status, response.text ?? '', response.body);
              if (reason) violations.push(toViolation(fuzzCase, response.status, response.text ?? '', reason));
            } catch (error) {
              violations.push(toViolation(fuzzCase, 0, error instanceof Error ? error.message : String(error), 'request failed'));
            }
          });
          if (writes > 0) {
            skippedBatches++;
            continue;
          }
          checkedBatches++;
          const after = await tableCounts(app);
          const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
          if (changed.length) {
            violations.push({
              method: operation.method.toUpperCase(),
              path: operation.path,
              url: operation.path,
              body: `batch of ${batch.length} rejected requests`,
              status: 0,
              response: changed.map((table) => `${table}: ${before[table]} → ${after[table]}`).join(', '),
              reason: 'database changed by rejected requests',
            });
          }
        }
      }

      const me = await app.http.get('/api/auth/me');
      const histogram = Object.entries(statuses).map(([status, count]) => `${status}:${count}`).join(' ');
      process.stdout.write(
        `R4 fuzz: ${total} cases over ${fuzzed.length} operations (skipped ${Object.keys(SKIPPED_ROUTES).length}), statuses ${histogram}, ` +
          `db checks ${checkedBatches} batches (${skippedBatches} with 2xx writes), violations ${violations.length}, ${Date.now() - started} ms\n`,
      );
      if (violations.length) process.stdout.write(`${summarise(violations)}\n`);
      expect(me.status).toBe(200);
      expect(total).toBeGreaterThanOrEqual(CASES);
      expect(violations).toEqual([]);
    },
    30 * 60 * 1000,
  );
});

function toViolation(fuzzCase: FuzzCase, status: number, text: string, reason: string): Violation {
  return {
    method: fuzzCase.method.toUpperCase(),
    path: fuzzCase.template,
    url: truncate(fuzzCase.url, 200),
    body: fuzzCase.body === undefined ? '' : truncate(fuzzCase.body, 200),
    status,
    response: truncate(text, 300),
    reason,
  };
}

/** One line per endpoint and reason with its count and first example. */
function summarise(violations: Violation[]): string {
  const groups = new Map<string, { count: number; example: Violation }>();
  for (const violation of violations) {
    const group = `${violation.method} ${violation.path}: ${violation.reason} (${violation.status})`;
    const entry = groups.get(group) ?? { count: 0, example: violation };
    entry.count++;
    groups.set(group, entry);
  }
  return [...groups.entries()]
    .map(([group, { count, example }]) => `  ${count}× ${group}\n      e.g. ${example.method} ${example.url} body=${example.body} → ${example.response}`)
    .join('\n');
}
