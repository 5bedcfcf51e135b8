import { TestApp, uniqueSuffix } from '../support/test-app';

/**
 * Persons whose sub-resources the create-validation cases post to: their paths must be known when
 * the tests are declared. Fixed ids (every run has a fresh database) keep the test names stable.
 */
export const FUNCTION_VALIDATION_PERSON_ID = 'f0c1a7e2-3b4d-4e5f-8a6b-7c8d9e0f1a2b';
export const CONSENT_VALIDATION_PERSON_ID = 'c0a5e1f2-3d4b-4c6a-9e8f-7b6a5d4c3e2f';

export interface PersonBody {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  dataSource: string;
  privacyNoticeSentOn: string | null;
  privacyNoticeDue: boolean;
  privacyNoticeDueBy: string | null;
  privacyNoticeOverdue: boolean;
  version: number;
  createdAt: string;
  archivedAt: string | null;
}

export interface FunctionBody {
  id: string;
  personId: string;
  functionType: string;
  functionLabel: string;
  organisationId: string | null;
  organisationName: string | null;
  allianceId: string | null;
  allianceName: string | null;
  validFrom: string | null;
  validUntil: string | null;
  isCurrent: boolean;
  version: number;
}

export interface ConsentBody {
  id: string;
  personId: string;
  purpose: string;
  grantedOn: string;
  textVersion: string;
  withdrawnOn: string | null;
  isActive: boolean;
}

export interface PersonListItemBody extends PersonBody {
  functions: FunctionBody[];
}

export interface PersonDetailBody extends PersonBody {
  functions: FunctionBody[];
  consents: ConsentBody[];
}

/** Today in Germany (YYYY-MM-DD), as the server computes it. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** An ISO date `days` days from an ISO date. */
export function shiftDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export async function insertOrganisation(app: TestApp, name = `Personen-Testorganisation ${uniqueSuffix()}`): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE') RETURNING id`,
    [name],
  );
  return (row as { id: string }).id;
}

/** Alliances are written by another domain; tests insert the few they need with SQL. */
export async function insertAlliance(app: TestApp, name = `Personen-Testbündnis ${uniqueSuffix()}`): Promise<string> {
  const [row] = await app.dataSource.query(
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
     VALUES ($1, $2, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE') RETURNING id`,
    [`LBF-T-${uniqueSuffix()}`, name],
  );
  return (row as { id: string }).id;
}

export async function insertPersonWithId(app: TestApp, id: string): Promise<void> {
  await app.dataSource.query(`INSERT INTO person (id, first_name, last_name, data_source) VALUES ($1, 'Vali', $2, 'SELBST')`, [
    id,
    `Dierung-${uniqueSuffix()}`,
  ]);
}

export async function createPerson(app: TestApp, overrides: Record<string, unknown> = {}): Promise<PersonDetailBody> {
  const response = await app.http
    .post('/api/persons')
    .send({ firstName: 'Erika', lastName: `Mustermann-${uniqueSuffix()}`, dataSource: 'KOORDINATION', ...overrides });
  expect(response.status).toBe(201);
  return response.body as PersonDetailBody;
}

export async function auditActions(app: TestApp, entityId: string): Promise<string[]> {
  const rows: { action: string }[] = await app.dataSource.query(
    `SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, id`,
    [entityId],
  );
  return rows.map((row) => row.action);
}
