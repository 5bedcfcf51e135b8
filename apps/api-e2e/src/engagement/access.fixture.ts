import { DataSource } from 'typeorm';
import { TestApp, uniqueSuffix } from '../support/test-app';

/** Requests as one signed-in user (see TestApp.signIn). */
export type SignedIn = Awaited<ReturnType<TestApp['signIn']>>;

/** What the access cases share: the app, the rows, and a coordinator of A, a mentor on A, a Leitung user. */
export interface AccessContext {
  app: TestApp;
  fixture: AccessFixture;
  coordinator: SignedIn;
  mentor: SignedIn;
  leitung: SignedIn;
}

/** The answer to a coordinator naming an alliance outside their scope (the same as for an unknown one). */
export const NOT_ACCESSIBLE = 'Dieses Bündnis gibt es nicht oder Sie haben keinen Zugriff darauf.';
export const UNKNOWN_ID = '3f6c2b1a-9d8e-4c7b-a6f5-e4d3c2b1a098';

/**
 * Two alliances, A (the coordinator's own) and B (foreign), with activities, projects, events and
 * persons on both, a federal event, and a mentor with a deployment on A linked to an event. Every name
 * carries `tag`, so `q=<tag>` selects exactly these rows in a shared database.
 */
export interface AccessFixture {
  tag: string;
  allianceA: string;
  allianceB: string;
  /** Partner of A / partner of B / partner of nobody. */
  organisationA: string;
  organisationB: string;
  organisationLoose: string;
  /** Function in A; function at A's partner; function in B; functions in A and in B. */
  personA: string;
  personPartnerA: string;
  personB: string;
  personMixed: string;
  mixedFunctionA: string;
  mixedFunctionB: string;
  activityA: string;
  activityB: string;
  projectA: string;
  projectB: string;
  eventA: string;
  eventB: string;
  /** An event of A linked to the mentor's deployment. */
  eventDeployment: string;
  /** Organised by the Servicebüro, without alliance. */
  eventFederal: string;
  mentorProfileId: string;
  deploymentA: string;
}

async function insert(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = await db.query(sql, params);
  return (row as { id: string }).id;
}

export async function buildAccessFixture(db: DataSource): Promise<AccessFixture> {
  const tag = `zugriff${uniqueSuffix()}`;
  const alliance = (name: string): Promise<string> =>
    insert(
      db,
      `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
       VALUES ($1, $2, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE') RETURNING id`,
      [`Z-${uniqueSuffix()}${uniqueSuffix()}`.slice(0, 20), `Bündnis ${name} ${tag}`],
    );
  const organisation = (name: string): Promise<string> =>
    insert(db, `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE') RETURNING id`, [
      `Verein ${name} ${tag}`,
    ]);
  const person = (firstName: string): Promise<string> =>
    insert(db, `INSERT INTO person (first_name, last_name, email, data_source) VALUES ($1, $2, $3, 'SERVICEBUERO') RETURNING id`, [
      firstName,
      `Kontakt ${tag}`,
      `${firstName.toLowerCase()}.${tag}@example.org`,
    ]);
  const personFunction = (personId: string, target: { allianceId?: string; organisationId?: string }): Promise<string> =>
    insert(db, `INSERT INTO person_function (person_id, function_type, alliance_id, organisation_id) VALUES ($1, 'ANSPRECHPERSON', $2, $3) RETURNING id`, [
      personId,
      target.allianceId ?? null,
      target.organisationId ?? null,
    ]);
  const event = (title: string, allianceId: string | null): Promise<string> =>
    insert(
      db,
      `INSERT INTO event (event_type, organiser, alliance_id, title, starts_on, format)
       VALUES ('NETZWERKTREFFEN', $1, $2, $3, '2026-02-01', 'ONLINE') RETURNING id`,
      [allianceId ? 'BUENDNIS' : 'SERVICEBUERO', allianceId, `${title} ${tag}`],
    );

  const allianceA = await alliance('A');
  const allianceB = await alliance('B');
  const organisationA = await organisation('A');
  const organisationB = await organisation('B');
  const organisationLoose = await organisation('ohne Bündnis');
  await db.query(`INSERT INTO partnership (alliance_id, organisation_id, roles) VALUES ($1, $2, '{MITGLIED}'), ($3, $4, '{MITGLIED}')`, [
    allianceA,
    organisationA,
    allianceB,
    organisationB,
  ]);

  const personA = await person('Anna');
  await personFunction(personA, { allianceId: allianceA });
  const personPartnerA = await person('Paula');
  await personFunction(personPartnerA, { organisationId: organisationA });
  const personB = await person('Berta');
  await personFunction(personB, { allianceId: allianceB });
  const personMixed = await person('Mia');
  const mixedFunctionA = await personFunction(personMixed, { allianceId: allianceA });
  const mixedFunctionB = await personFunction(personMixed, { allianceId: allianceB });

  const activity = (allianceId: string, title: string): Promise<string> =>
    insert(db, `INSERT INTO activity (alliance_id, activity_type, occurred_on, title) VALUES ($1, 'NETZWERKTREFFEN', '2026-01-15', $2) RETURNING id`, [
      allianceId,
      `${title} ${tag}`,
    ]);
  const project = (allianceId: string, name: string): Promise<string> =>
    insert(db, `INSERT INTO project (alliance_id, name) VALUES ($1, $2) RETURNING id`, [allianceId, `${name} ${tag}`]);

  const eventDeployment = await event('Einsatztreffen A', allianceA);
  const mentorPerson = await person('Mona');
  const mentorProfileId = await insert(
    db,
    `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{ONLINE}', 3) RETURNING id`,
    [mentorPerson],
  );
  const deploymentA = await insert(
    db,
    `INSERT INTO deployment (alliance_id, deployment_type, mode, status, event_id) VALUES ($1, 'FACHVORTRAG', 'ONLINE', 'TERMINIERT', $2) RETURNING id`,
    [allianceA, eventDeployment],
  );
  await db.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [deploymentA, mentorProfileId]);

  return {
    tag,
    allianceA,
    allianceB,
    organisationA,
    organisationB,
    organisationLoose,
    personA,
    personPartnerA,
    personB,
    personMixed,
    mixedFunctionA,
    mixedFunctionB,
    activityA: await activity(allianceA, 'Treffen A'),
    activityB: await activity(allianceB, 'Treffen B'),
    projectA: await project(allianceA, 'Projekt A'),
    projectB: await project(allianceB, 'Projekt B'),
    eventA: await event('Fest A', allianceA),
    eventB: await event('Fest B', allianceB),
    eventDeployment,
    eventFederal: await event('Bündnisdialog', null),
    mentorProfileId,
    deploymentA,
  };
}

/** PERMISSION_DENIED entries the user caused for the record. */
export async function deniedEntries(db: DataSource, entityId: string, userId: string): Promise<number> {
  const [{ count }] = await db.query(
    `SELECT count(*)::int AS count FROM audit_entry WHERE action = 'PERMISSION_DENIED' AND entity_id = $1 AND actor_id = $2`,
    [entityId, userId],
  );
  return count as number;
}

export function ids(body: unknown): string[] {
  return ((body as { items: { id: string }[] }).items ?? []).map((item) => item.id).sort();
}
