import { TestApp, uniqueSuffix } from '../support/test-app';
import { insertPerson } from './mentoring-fixtures';

/** Mentor profiles with everything the matcher reads, inserted with SQL (the mentors domain owns the table). */

export interface MatchMentorOptions {
  firstName: string;
  status?: string;
  modes?: string[];
  homeGemeindeAgs?: string | null;
  radiusKm?: number | null;
  capacity?: number;
  regions?: string[];
  specialties?: [string, string][];
  topicIds?: string[];
  absences?: [string, string][];
  homeOrganisationId?: string | null;
}

export interface MatchMentor {
  id: string;
  personId: string;
  name: string;
}

export async function insertMatchMentor(app: TestApp, options: MatchMentorOptions): Promise<MatchMentor> {
  const lastName = `Matchtest-${uniqueSuffix()}`;
  const personId = await insertPerson(app, options.firstName, lastName);
  const q = (sql: string, params: unknown[]) => app.dataSource.query(sql, params);
  const rows: { id: string }[] = await q(
    `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter, home_gemeinde_ags, radius_km, home_organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      personId,
      options.status ?? 'AKTIV',
      options.modes ?? ['VOR_ORT', 'ONLINE', 'TELEFONISCH'],
      options.capacity ?? 3,
      options.homeGemeindeAgs === undefined ? '03159016' : options.homeGemeindeAgs,
      options.radiusKm === undefined ? 150 : options.radiusKm,
      options.homeOrganisationId ?? null,
    ],
  );
  const id = rows[0].id;
  for (const land of options.regions ?? ['03']) await q(`INSERT INTO mentor_region (mentor_id, land_code) VALUES ($1, $2)`, [id, land]);
  for (const [code, level] of options.specialties ?? []) {
    await q(`INSERT INTO mentor_specialty (mentor_id, fachgebiet_code, level) VALUES ($1, $2, $3)`, [id, code, level]);
  }
  for (const hf of options.topicIds ?? []) await q(`INSERT INTO mentor_topic (mentor_id, handlungsfeld_id) VALUES ($1, $2)`, [id, hf]);
  for (const [from, until] of options.absences ?? []) {
    await q(`INSERT INTO mentor_absence (mentor_id, from_date, until_date) VALUES ($1, $2, $3)`, [id, from, until]);
  }
  return { id, personId, name: `${options.firstName} ${lastName}` };
}

export async function insertPartnerOrganisation(app: TestApp, allianceId: string, name: string): Promise<string> {
  const [org]: { id: string }[] = await app.dataSource.query(
    `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'WIRTSCHAFT', 'UNTERNEHMEN') RETURNING id`,
    [name],
  );
  await app.dataSource.query(`INSERT INTO partnership (alliance_id, organisation_id, roles) VALUES ($1, $2, '{MITGLIED}')`, [allianceId, org.id]);
  return org.id;
}

/**
 * A finished deployment of the mentor with the alliance, held on `heldOn` (so it counts in that
 * quarter), optionally with coordinators' feedback [satisfaction, usefulness].
 */
export async function insertPastDeployment(
  app: TestApp,
  mentorId: string,
  allianceId: string,
  heldOn: string,
  feedback: [number, number][] = [],
  status = 'ABGESCHLOSSEN',
): Promise<string> {
  const q = (sql: string, params: unknown[]) => app.dataSource.query(sql, params);
  const [deployment]: { id: string }[] = await q(
    `INSERT INTO deployment (alliance_id, deployment_type, mode, status) VALUES ($1, 'ERSTBERATUNG', 'VOR_ORT', $2) RETURNING id`,
    [allianceId, status],
  );
  await q(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [deployment.id, mentorId]);
  await q(`INSERT INTO deployment_session (deployment_id, held_on, mode) VALUES ($1, $2, 'VOR_ORT')`, [deployment.id, heldOn]);
  for (const [satisfaction, usefulness] of feedback) {
    await q(
      `INSERT INTO deployment_feedback (deployment_id, source, satisfaction, usefulness, received_on) VALUES ($1, 'KOORDINATION', $2, $3, $4)`,
      [deployment.id, satisfaction, usefulness, heldOn],
    );
  }
  return deployment.id;
}

/** An ISO date `days` from today (UTC). */
export function isoInDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function germanDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}
