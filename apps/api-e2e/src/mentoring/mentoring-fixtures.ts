import { TestApp, uniqueSuffix } from '../support/test-app';

/**
 * Prerequisite rows for the mentoring tests. Alliances, persons, mentor profiles and events belong to
 * other domains (written in parallel), so they are inserted with SQL; mentoring rows go through the API.
 */

export interface AllianceOptions {
  name?: string;
  status?: string;
  landCode?: string;
  kreisAgs?: string;
  gemeindeAgs?: string;
  archived?: boolean;
}

export async function insertAlliance(app: TestApp, options: AllianceOptions = {}): Promise<string> {
  const suffix = uniqueSuffix();
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level, archived_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'GEMEINDE', $7) RETURNING id`,
    [
      `MT-${suffix}`,
      options.name ?? `Bündnis für Familie Mentoringtest ${suffix}`,
      options.status ?? 'INTERESSENT',
      options.landCode ?? '03',
      options.kreisAgs ?? '03155',
      options.gemeindeAgs ?? '03155010',
      options.archived ? new Date() : null,
    ],
  );
  return rows[0].id;
}

/** Nörten-Hardenberg story, but in Sachsen-Anhalt: Haldensleben (Börde). */
export const ST_ALLIANCE: AllianceOptions = { landCode: '15', kreisAgs: '15083', gemeindeAgs: '15083270' };

export async function insertPerson(app: TestApp, firstName = 'Erika', lastName = `Musterfrau-${uniqueSuffix()}`): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO person (first_name, last_name, data_source) VALUES ($1, $2, 'SERVICEBUERO') RETURNING id`,
    [firstName, lastName],
  );
  return rows[0].id;
}

export interface MentorFixture {
  mentorId: string;
  personId: string;
  name: string;
}

export async function insertMentor(app: TestApp, firstName = 'Mara', lastName = `Mentorin-${uniqueSuffix()}`): Promise<MentorFixture> {
  const personId = await insertPerson(app, firstName, lastName);
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{VOR_ORT,ONLINE}', 3) RETURNING id`,
    [personId],
  );
  return { mentorId: rows[0].id, personId, name: `${firstName} ${lastName}` };
}

export async function insertEvent(app: TestApp, allianceId: string, title = `Gründungsveranstaltung ${uniqueSuffix()}`): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO event (event_type, organiser, alliance_id, title, starts_on, format)
     VALUES ('GRUENDUNGSVERANSTALTUNG', 'BUENDNIS', $1, $2, '2025-05-15', 'PRAESENZ') RETURNING id`,
    [allianceId, title],
  );
  return rows[0].id;
}

export async function handlungsfeldId(app: TestApp, code: string): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = $1`,
    [code],
  );
  return rows[0].id;
}

export function requestBody(allianceId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    allianceId,
    channel: 'TELEFON',
    receivedOn: '2025-03-10',
    occasion: 'GRUENDUNG',
    desiredMode: 'VOR_ORT',
    fachgebietCodes: ['FG01'],
    handlungsfeldIds: [],
    ...overrides,
  };
}

export interface CreatedRequest {
  id: string;
  version: number;
  allianceId: string;
  status: string;
}

export async function createRequest(app: TestApp, allianceId: string, overrides: Record<string, unknown> = {}): Promise<CreatedRequest> {
  const response = await app.http.post('/api/requests').send(requestBody(allianceId, overrides));
  if (response.status !== 201) throw new Error(`request create failed: ${JSON.stringify(response.body)}`);
  return response.body as CreatedRequest;
}

export function deploymentBody(allianceId: string, mentorId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    allianceId,
    deploymentType: 'ERSTBERATUNG',
    mode: 'VOR_ORT',
    mentors: [{ mentorId, isLead: true }],
    fachgebietCodes: ['FG01'],
    ...overrides,
  };
}

export interface CreatedDeployment {
  id: string;
  version: number;
  status: string;
}

export async function createDeployment(
  app: TestApp,
  allianceId: string,
  mentorId: string,
  overrides: Record<string, unknown> = {},
): Promise<CreatedDeployment> {
  const response = await app.http.post('/api/deployments').send(deploymentBody(allianceId, mentorId, overrides));
  if (response.status !== 201) throw new Error(`deployment create failed: ${JSON.stringify(response.body)}`);
  return response.body as CreatedDeployment;
}

export const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

/** A date in the future in ISO form, whatever today is. */
export function futureDate(): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 3);
  return date.toISOString().slice(0, 10);
}
