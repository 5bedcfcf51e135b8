import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { Pool, types } from 'pg';
import * as sql from './sql';

/**
 * The benchmark's raw baseline: `node:http` + `pg`, no framework, no ORM. It answers the scenarios
 * S1–S4 with exactly the statements the app issues (sql.ts), including the AuthGuard's session lookup
 * on every request, and serialises the rows to JSON much like the app's mappers do. Anything else
 * answers 404; roles and scopes the scenarios do not use answer 501.
 */
export interface BaselineOptions {
  databaseUrl: string;
  /** The app's DB_POOL_SIZE, so both have the same number of connections. */
  poolSize: number;
}

export interface Baseline {
  server: Server;
  pool: Pool;
  close(): Promise<void>;
}

type Row = Record<string, unknown>;

interface Session {
  sessionId: string;
  role: string;
  allianceIds: string[];
}

const IDLE_TIMEOUT_SECONDS = 30 * 60;
const TOUCH_INTERVAL_MS = 60 * 1000;
const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 100;
const SEARCH_DEFAULT_LIMIT = 5;
const LIST_ROLES = new Set(['FACHBERATUNG', 'LEITUNG', 'KOORDINATION']);
const STAFF_ROLES = new Set(['FACHBERATUNG', 'LEITUNG']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTACT_FUNCTIONS = ['KOORDINATION', 'SPRECHER', 'ANSPRECHPERSON'];
const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** DATE columns stay 'YYYY-MM-DD' strings, as the app returns them. */
const typeParsers = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === types.builtins.DATE ? (value: string) => value : types.getTypeParser(oid, format)),
};

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string) {
    super(code);
  }
}

export function createBaseline(options: BaselineOptions): Baseline {
  const pool = new Pool({ connectionString: options.databaseUrl, max: options.poolSize, types: typeParsers });
  pool.on('error', () => undefined);
  const server = createServer((req, res) => void handle(pool, req, res));
  return {
    server,
    pool,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

async function handle(pool: Pool, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://baseline');
    if (req.method !== 'GET') throw new HttpError(404, 'NOT_FOUND');
    const body = await route(pool, url, req);
    send(res, 200, body);
  } catch (error) {
    if (error instanceof HttpError) send(res, error.status, { code: error.code });
    else send(res, 500, { code: 'INTERNAL_ERROR' });
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function route(pool: Pool, url: URL, req: IncomingMessage): Promise<unknown> {
  if (url.pathname === '/api/health') return { status: 'ok' };
  const session = await authenticate(pool, req);
  if (url.pathname === '/api/activities') return listActivities(pool, url.searchParams, session);
  if (url.pathname === '/api/search') return searchOrganisations(pool, url.searchParams, session);
  const detail = /^\/api\/alliances\/([^/]+)$/.exec(url.pathname);
  if (detail) return allianceDetail(pool, detail[1], session);
  throw new HttpError(404, 'NOT_FOUND');
}

/** The AuthGuard's work: one lookup per request, a touch at most once a minute. */
async function authenticate(pool: Pool, req: IncomingMessage): Promise<Session> {
  const token = /(?:^|;\s*)bn_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (!token) throw new HttpError(401, 'UNAUTHENTICATED');
  const hash = createHash('sha256').update(decodeURIComponent(token)).digest('hex');
  const { rows } = await pool.query<Row>(sql.SESSION_LOOKUP, [hash, IDLE_TIMEOUT_SECONDS]);
  const row = rows[0];
  if (!row) throw new HttpError(401, 'UNAUTHENTICATED');
  if (row['is_second_factor_pending']) throw new HttpError(401, 'SECOND_FACTOR_REQUIRED');
  if (Date.now() - new Date(row['last_seen_at'] as Date).getTime() > TOUCH_INTERVAL_MS) {
    await pool.query(sql.SESSION_TOUCH, [row['session_id']]);
  }
  return { sessionId: String(row['session_id']), role: String(row['role']), allianceIds: row['alliance_ids'] as string[] };
}

function intParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new HttpError(400, 'BAD_REQUEST');
  return value;
}

/** S1 (page 1) and S2 (a deep page): count, page, summaries of the page rows. */
async function listActivities(pool: Pool, params: URLSearchParams, session: Session): Promise<unknown> {
  if (!LIST_ROLES.has(session.role)) throw new HttpError(403, 'FORBIDDEN');
  const page = intParam(params, 'page', 1, 100000);
  const pageSize = intParam(params, 'pageSize', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const scoped = session.role === 'KOORDINATION';
  const scopeParams = scoped ? [session.allianceIds] : [];
  const after = params.get('after');
  const cursor = after === null ? null : (JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as [string, string]);
  const count = await pool.query<{ cnt: number }>(sql.activityCount(scoped), scopeParams);
  const { rows } = cursor
    ? await pool.query<Row>(sql.activityPage(scoped, pageSize, null), [...scopeParams, ...cursor])
    : await pool.query<Row>(sql.activityPage(scoped, pageSize, (page - 1) * pageSize), scopeParams);
  const ids = rows.map((row) => row['activity_id'] as string);
  const summaries = new Map<string, Row>();
  if (ids.length) {
    const result = await pool.query<Row>(sql.ACTIVITY_SUMMARIES, [ids]);
    for (const row of result.rows) summaries.set(row['id'] as string, row);
  }
  const items = rows.map((row) => {
    const summary = summaries.get(row['activity_id'] as string);
    return {
      id: row['activity_id'],
      allianceId: row['activity_alliance_id'],
      activityType: row['activity_activity_type'],
      occurredOn: row['activity_occurred_on'],
      title: row['activity_title'],
      description: row['activity_description'],
      reach: row['activity_reach'],
      isPublic: row['activity_is_public'],
      version: row['activity_version'],
      createdAt: (row['activity_created_at'] as Date).toISOString(),
      updatedAt: (row['activity_updated_at'] as Date).toISOString(),
      archivedAt: row['activity_archived_at'] ? (row['activity_archived_at'] as Date).toISOString() : null,
      allianceName: summary?.['allianceName'] ?? '',
      handlungsfeldCodes: summary?.['handlungsfeldCodes'] ?? [],
      partnerCount: summary?.['partnerCount'] ?? 0,
    };
  });
  const cnt = Number(count.rows[0].cnt);
  const last = rows[rows.length - 1];
  const nextCursor =
    last && rows.length === pageSize
      ? Buffer.from(JSON.stringify([last['activity_occurred_on'], last['activity_id']]), 'utf8').toString('base64url')
      : null;
  return { items, total: Math.min(cnt, 10000), page, pageSize, ...(cnt > 10000 ? { totalCapped: true } : {}), nextCursor };
}

/** S3: the global search restricted to organisations, as staff. */
async function searchOrganisations(pool: Pool, params: URLSearchParams, session: Session): Promise<unknown> {
  if (!STAFF_ROLES.has(session.role)) throw new HttpError(501, 'NOT_IN_BASELINE');
  const term = (params.get('q') ?? '').trim();
  if (term.length < 2 || params.get('types') !== 'organisation') throw new HttpError(400, 'BAD_REQUEST');
  const limit = intParam(params, 'limit', SEARCH_DEFAULT_LIMIT, 20);
  const { rows } = await pool.query<Row>(sql.SEARCH_ORGANISATIONS, [term, limit]);
  const items = rows.map((row) => ({
    id: row['id'],
    type: 'organisation',
    title: row['title'],
    subtitle: [row['sector'], row['place']].filter(Boolean).join(' · '),
  }));
  return { query: term, groups: [{ type: 'organisation', label: 'Organisationen', total: rows.length ? Number(rows[0]['total']) : 0, items }] };
}

/** S4: the alliance detail as staff: the row, then its relations side by side. */
async function allianceDetail(pool: Pool, id: string, session: Session): Promise<unknown> {
  if (!STAFF_ROLES.has(session.role)) throw new HttpError(501, 'NOT_IN_BASELINE');
  if (!UUID.test(id)) throw new HttpError(400, 'BAD_REQUEST');
  const { rows } = await pool.query<Row>(sql.ALLIANCE_ROW, [id]);
  const alliance = rows[0];
  if (!alliance) throw new HttpError(404, 'NOT_FOUND');
  const today = BERLIN_DATE.format(new Date());
  const covered = alliance['alliance_covered_ags'] as string[];
  const query = async (text: string, values: unknown[]): Promise<Row[]> => (await pool.query<Row>(text, values)).rows;
  const [gemeinden, handlungsfelder, zielgruppen, bodies, partners, contacts, counts, history] = await Promise.all([
    covered.length ? query(sql.ALLIANCE_COVERED_GEMEINDEN(covered.length), covered) : [],
    query(sql.ALLIANCE_HANDLUNGSFELDER, [id]),
    query(sql.ALLIANCE_ZIELGRUPPEN, [id]),
    query(sql.ALLIANCE_BODIES, [id]),
    query(sql.ALLIANCE_PARTNERS, [id, today]),
    query(sql.ALLIANCE_CONTACTS, [id, ...CONTACT_FUNCTIONS, today]),
    query(sql.ALLIANCE_COUNTS, [id]),
    query(sql.ALLIANCE_STATUS_HISTORY, [id]),
  ]);
  return { ...stripPrefix(alliance, 'alliance_'), coveredGemeinden: gemeinden, handlungsfelder, zielgruppen, bodies, partners, contacts, counts: counts[0], statusHistory: history };
}

/** `{ alliance_name: … }` → `{ name: … }`, other aliases unchanged. */
function stripPrefix(row: Row, prefix: string): Row {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key.startsWith(prefix) ? key.slice(prefix.length) : key, value]));
}
