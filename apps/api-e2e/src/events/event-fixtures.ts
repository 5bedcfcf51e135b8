import { DataSource } from 'typeorm';
import { uniqueSuffix } from '../support/test-app';

/**
 * Prerequisite rows of other domains, inserted with SQL (their APIs are written in parallel).
 * Every name carries a unique suffix; nothing assumes an empty table.
 */
export async function insertAlliance(
  db: DataSource,
  options: { name?: string; landCode?: string; kreisAgs?: string; gemeindeAgs?: string; archived?: boolean } = {},
): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level, archived_at)
     VALUES ($1, $2, 'AKTIV', $3, $4, $5, 'GEMEINDE', $6) RETURNING id`,
    [
      `E-${uniqueSuffix()}${uniqueSuffix()}`.slice(0, 20),
      options.name ?? `Lokales Bündnis ${uniqueSuffix()}`,
      options.landCode ?? '03',
      options.kreisAgs ?? '03155',
      options.gemeindeAgs ?? '03155010',
      options.archived ? new Date() : null,
    ],
  );
  return id as string;
}

export async function insertPerson(db: DataSource, firstName: string, lastName: string): Promise<string> {
  const [{ id }] = await db.query(`INSERT INTO person (first_name, last_name, data_source) VALUES ($1, $2, 'SERVICEBUERO') RETURNING id`, [
    firstName,
    lastName,
  ]);
  return id as string;
}

export async function insertOrganisation(db: DataSource, name: string): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'WOHLFAHRTSVERBAND') RETURNING id`,
    [name],
  );
  return id as string;
}

export async function insertMentor(db: DataSource, personId: string): Promise<string> {
  const [{ id }] = await db.query(`INSERT INTO mentor_profile (person_id, status) VALUES ($1, 'AKTIV') RETURNING id`, [personId]);
  return id as string;
}

export async function insertDeployment(
  db: DataSource,
  options: { allianceId: string; eventId?: string | null; status?: string; mentorIds?: string[]; archived?: boolean },
): Promise<string> {
  const [{ id }] = await db.query(
    `INSERT INTO deployment (alliance_id, deployment_type, mode, status, event_id, archived_at)
     VALUES ($1, 'FACHVORTRAG', 'VOR_ORT', $2, $3, $4) RETURNING id`,
    [options.allianceId, options.status ?? 'DURCHGEFUEHRT', options.eventId ?? null, options.archived ? new Date() : null],
  );
  for (const [index, mentorId] of (options.mentorIds ?? []).entries()) {
    await db.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, $3)`, [id, mentorId, index === 0]);
  }
  return id as string;
}

/** A joint declaration adopted at the event, signed there by the given organisations. */
export async function insertDeclarationWithSignatures(
  db: DataSource,
  allianceId: string,
  eventId: string,
  organisationIds: string[],
): Promise<void> {
  const [{ id }] = await db.query(
    `INSERT INTO declaration (alliance_id, kind, title, adopted_on, event_id)
     VALUES ($1, 'GRUENDUNGSERKLAERUNG', 'Gemeinsame Erklärung', '2019-03-26', $2) RETURNING id`,
    [allianceId, eventId],
  );
  for (const organisationId of organisationIds) {
    await db.query(
      `INSERT INTO signature (declaration_id, organisation_id, signed_on, occasion, event_id) VALUES ($1, $2, '2019-03-26', 'GRUENDUNG', $3)`,
      [id, organisationId, eventId],
    );
  }
}
