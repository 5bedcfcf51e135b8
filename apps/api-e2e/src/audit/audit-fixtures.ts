import type { Role } from '@bn/shared/contracts';
import { SessionHttp, TestApp, TestUser, uniqueSuffix } from '../support/test-app';

export interface AuditEntryBody {
  id: string;
  occurredAt: string;
  actor: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
}

export interface OrganisationFixture {
  id: string;
  name: string;
  version: number;
}

/** Creates an organisation through the API (writes a CREATE entry). */
export async function createOrganisation(http: SessionHttp, name = `Auditverein ${uniqueSuffix()}`): Promise<OrganisationFixture> {
  const response = await http.post('/api/organisations').send({ name, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });
  expect(response.status).toBe(201);
  return response.body as OrganisationFixture;
}

/** Renames an organisation through the API (writes an UPDATE entry with the changed name). */
export async function renameOrganisation(
  http: SessionHttp,
  organisation: OrganisationFixture,
  name: string,
  requestId?: string,
): Promise<OrganisationFixture> {
  const request = http.put(`/api/organisations/${organisation.id}`);
  if (requestId) request.set('X-Request-Id', requestId);
  const response = await request.send({ name, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE', version: organisation.version });
  expect(response.status).toBe(200);
  return response.body as OrganisationFixture;
}

/** A signed-in user of any role; mentors get a mentor profile of their own (the schema requires one). */
export async function signInAs(app: TestApp, role: Role): Promise<SessionHttp & { user: TestUser }> {
  if (role !== 'MENTOR') return app.signIn(role);
  const [person] = await app.dataSource.query(
    `INSERT INTO person (first_name, last_name, data_source) VALUES ('Mara', $1, 'SERVICEBUERO') RETURNING id`,
    [`Auditmentorin-${uniqueSuffix()}`],
  );
  const [profile] = await app.dataSource.query(
    `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{ONLINE}', 3) RETURNING id`,
    [person.id],
  );
  return app.signIn('MENTOR', { mentorProfileId: profile.id as string });
}

/** Today's date in Berlin (the day boundaries of the period filter). */
export async function berlinDay(app: TestApp, offsetDays = 0): Promise<string> {
  const [{ day }] = await app.dataSource.query(
    `SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date + $1::int, 'YYYY-MM-DD') AS day`,
    [offsetDays],
  );
  return day as string;
}
