import { DataSource } from 'typeorm';

export { insertAlliance, insertOrganisation, insertPerson } from '../events/event-fixtures';

/** A date relative to the database's today (YYYY-MM-DD), so tests and SQL agree on "today". */
export async function dbDate(db: DataSource, offsetDays = 0): Promise<string> {
  const [{ day }] = await db.query(`SELECT to_char(current_date + $1::int, 'YYYY-MM-DD') AS day`, [offsetDays]);
  return day as string;
}

export async function insertPersonWithContact(db: DataSource, firstName: string, lastName: string, email: string): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO person (first_name, last_name, email, phone, data_source) VALUES ($1, $2, $3, '+49 611 000000', 'SERVICEBUERO') RETURNING id`,
    [firstName, lastName, email],
  );
  return id as string;
}

export async function insertConsent(
  db: DataSource,
  personId: string,
  options: { purpose?: string; grantedOn?: string; withdrawnOn?: string | null } = {},
): Promise<void> {
  await db.query(`INSERT INTO consent (person_id, purpose, granted_on, text_version, withdrawn_on) VALUES ($1, $2, $3, 'v1', $4)`, [
    personId,
    options.purpose ?? 'GALERIE',
    options.grantedOn ?? '2020-01-01',
    options.withdrawnOn ?? null,
  ]);
}

export async function handlungsfeldId(db: DataSource, code: string): Promise<string> {
  const [{ id }] = await db.query(`SELECT id FROM handlungsfeld WHERE taxonomy_version = 'KANON' AND code = $1`, [code]);
  return id as string;
}

/** A deployment with its mentors (first = lead) and sessions on the given days. */
export async function insertDeploymentWithSessions(
  db: DataSource,
  options: { allianceId: string; mentorIds: string[]; status: string; sessionDays?: string[]; archived?: boolean },
): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO deployment (alliance_id, deployment_type, mode, status, archived_at) VALUES ($1, 'ERSTBERATUNG', 'TELEFONISCH', $2, $3) RETURNING id`,
    [options.allianceId, options.status, options.archived ? new Date() : null],
  );
  for (const [index, mentorId] of options.mentorIds.entries()) {
    await db.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, $3)`, [id, mentorId, index === 0]);
  }
  for (const day of options.sessionDays ?? []) {
    await db.query(`INSERT INTO deployment_session (deployment_id, held_on, mode) VALUES ($1, $2, 'TELEFONISCH')`, [id, day]);
  }
  return id as string;
}
