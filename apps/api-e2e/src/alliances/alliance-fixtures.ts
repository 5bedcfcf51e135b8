import { randomUUID } from 'node:crypto';
import { TestApp, uniqueSuffix } from '../support/test-app';

/** Shapes of the responses the alliance tests read. */
export interface AllianceBody {
  id: string;
  code: string;
  name: string;
  status: string;
  landCode: string;
  kreisAgs: string | null;
  gemeindeAgs: string | null;
  foundingYear: number | null;
  foundingDate: string | null;
  dormantSince: string | null;
  endedOn: string | null;
  mergedIntoId: string | null;
  published: boolean;
  publishedOn: string | null;
  version: number;
}

export interface ErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

/** Today in Germany as YYYY-MM-DD (as the server computes it). */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function daysFromToday(days: number): string {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The id of a canonical Handlungsfeld (HF01 … HF12). */
export async function handlungsfeldId(app: TestApp, code: string, taxonomyVersion = 'KANON'): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(`SELECT id FROM handlungsfeld WHERE taxonomy_version = $1 AND code = $2`, [
    taxonomyVersion,
    code,
  ]);
  return rows[0].id;
}

export async function createAlliance(app: TestApp, overrides: Record<string, unknown> = {}): Promise<AllianceBody> {
  const response = await app.http
    .post('/api/alliances')
    .send({ name: `Lokales Bündnis ${uniqueSuffix()}`, territorialLevel: 'GEMEINDE', gemeindeAgs: '03155010', ...overrides });
  expect(response.status).toBe(201);
  return response.body as AllianceBody;
}

export async function transition(
  app: TestApp,
  alliance: { id: string; version: number },
  toStatus: string,
  extra: Record<string, unknown> = {},
): Promise<AllianceBody> {
  const response = await app.http
    .post(`/api/alliances/${alliance.id}/status-transitions`)
    .send({ toStatus, reason: `Wechsel nach ${toStatus}`, version: alliance.version, ...extra });
  expect({ toStatus, status: response.status }).toEqual({ toStatus, status: 201 });
  return (response.body as { alliance: AllianceBody }).alliance;
}

export async function createOrganisation(app: TestApp, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const response = await app.http
    .post('/api/organisations')
    .send({ name: `Partnerorganisation ${uniqueSuffix()}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', ...overrides });
  expect(response.status).toBe(201);
  return response.body as { id: string; name: string };
}

/** Persons belong to another domain; the tests insert them directly. */
export async function insertPerson(app: TestApp, firstName: string, lastName: string, email: string | null = null): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO person (first_name, last_name, email, phone, data_source) VALUES ($1, $2, $3, '05503 123', 'SERVICEBUERO') RETURNING id`,
    [firstName, lastName, email],
  );
  return rows[0].id;
}

export async function insertPersonFunction(
  app: TestApp,
  personId: string,
  allianceId: string,
  functionType: string,
  validFrom: string | null,
  validUntil: string | null,
): Promise<void> {
  await app.dataSource.query(
    `INSERT INTO person_function (person_id, function_type, alliance_id, valid_from, valid_until) VALUES ($1, $2, $3, $4, $5)`,
    [personId, functionType, allianceId, validFrom, validUntil],
  );
}

export async function insertEvent(app: TestApp, allianceId: string | null, title = `Gründungsveranstaltung ${uniqueSuffix()}`): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO event (event_type, organiser, alliance_id, title, starts_on, format)
     VALUES ('GRUENDUNGSVERANSTALTUNG', $1, $2, $3, '2019-03-26', 'PRAESENZ') RETURNING id`,
    [allianceId ? 'BUENDNIS' : 'SERVICEBUERO', allianceId, title],
  );
  return rows[0].id;
}

/**
 * An alliance row with a known id, inserted directly: the validation cases need their path before the
 * app has started.
 */
export async function insertAllianceWithId(app: TestApp, id: string, name: string): Promise<void> {
  await app.dataSource.query(
    `INSERT INTO alliance (id, code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
     VALUES ($1, $2, $3, 'INTERESSENT', '03', '03155', '03155010', 'GEMEINDE')`,
    [id, `T-${id.slice(0, 8)}`, name],
  );
}

export const newId = (): string => randomUUID();

/**
 * A view over the rows one test file writes, so that "nothing was written" is checked against this file's
 * rows only: other test files insert into the same tables in parallel.
 */
export async function createScopedView(app: TestApp, view: string, select: string): Promise<void> {
  await app.dataSource.query(`CREATE OR REPLACE VIEW "${view}" AS ${select}`);
}

export async function dropScopedView(app: TestApp, view: string): Promise<void> {
  await app.dataSource.query(`DROP VIEW IF EXISTS "${view}"`);
}
