import { TestApp, uniqueSuffix } from '../support/test-app';
import { createDeployment, createRequest, insertAlliance } from './mentoring-fixtures';

/**
 * A small world for the access tests of the mentoring domain, written with SQL and the Fachberatung's
 * API: alliance A (the coordinator's own) and B (foreign), each with a coordinator contact, a partner
 * organisation and a contact person there; mentors M1 (the signed-in mentor) and M2; a request per
 * alliance; M1 deployed on A's request (DURCHGEFUEHRT), M2 on B; B's request offered to M1 and M2 as a
 * tandem (both ANGEFRAGT, request MENTOR_ANGEFRAGT).
 * Every name carries the tag, so a search for it meets exactly these rows.
 */
export interface AccessWorld {
  tag: string;
  allianceA: string;
  allianceB: string;
  allianceAName: string;
  allianceBName: string;
  /** Persons: coordinator of A, contact at A's partner organisation, coordinator of B, contact at B's partner. */
  personA: string;
  partnerPersonA: string;
  personB: string;
  partnerPersonB: string;
  partnerA: string;
  partnerB: string;
  m1: string;
  m2: string;
  m1Email: string;
  requestA: string;
  requestB: string;
  /** Offers on requestB: M1's and M2's, both ANGEFRAGT. */
  offerM1: string;
  offerM2: string;
  deploymentA: string;
  deploymentB: string;
}

async function one(app: TestApp, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await app.dataSource.query(sql, params)) as { id: string }[];
  return row.id;
}

async function person(app: TestApp, firstName: string, lastName: string, email: string | null = null): Promise<string> {
  return one(app, `INSERT INTO person (first_name, last_name, email, phone, data_source) VALUES ($1, $2, $3, $4, 'SERVICEBUERO') RETURNING id`, [
    firstName,
    lastName,
    email,
    email ? '+49 5503 1234' : null,
  ]);
}

/** An organisation that is a current partner of the alliance, with a contact person working there. */
async function partner(app: TestApp, allianceId: string, name: string, contactLastName: string): Promise<{ organisation: string; person: string }> {
  const organisation = await one(app, `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'WIRTSCHAFT', 'UNTERNEHMEN') RETURNING id`, [name]);
  await app.dataSource.query(`INSERT INTO partnership (alliance_id, organisation_id, roles) VALUES ($1, $2, '{MITGLIED}')`, [allianceId, organisation]);
  const contact = await person(app, 'Paula', contactLastName);
  await app.dataSource.query(`INSERT INTO person_function (person_id, function_type, organisation_id) VALUES ($1, 'PARTNERVERTRETUNG', $2)`, [
    contact,
    organisation,
  ]);
  return { organisation, person: contact };
}

export async function insertMentorProfile(app: TestApp, personId: string): Promise<string> {
  return one(app, `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{VOR_ORT,ONLINE}', 3) RETURNING id`, [
    personId,
  ]);
}

/** A proposal through the API (the matcher's or the Fachberatung's suggestion). */
async function propose(app: TestApp, requestId: string, mentorId: string): Promise<string> {
  const response = await app.http.post(`/api/requests/${requestId}/proposals`).send({ mentorId, rank: 1, score: 50 });
  if (response.status !== 201) throw new Error(`proposal failed: ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

/** Moves the request to MATCHING and offers it to the given proposals (one round, a tandem for two). */
async function offer(app: TestApp, requestId: string, proposalIds: string[]): Promise<void> {
  const matching = await app.http.post(`/api/requests/${requestId}/transitions`).send({ to: 'MATCHING', version: 1 });
  if (matching.status !== 200) throw new Error(`transition failed: ${JSON.stringify(matching.body)}`);
  const sent = await app.http.post(`/api/requests/${requestId}/offers`).send({ proposalIds, version: matching.body.version });
  if (sent.status !== 200) throw new Error(`offer failed: ${JSON.stringify(sent.body)}`);
}

export async function buildAccessWorld(app: TestApp): Promise<AccessWorld> {
  const tag = `zugriff${uniqueSuffix()}`;
  const allianceAName = `Bündnis ${tag} Nörten-Hardenberg`;
  const allianceBName = `Bündnis ${tag} Haldensleben`;
  const allianceA = await insertAlliance(app, { name: allianceAName, status: 'AKTIV' });
  const allianceB = await insertAlliance(app, { name: allianceBName, status: 'AKTIV', landCode: '15', kreisAgs: '15083', gemeindeAgs: '15083270' });
  const personA = await person(app, 'Anna', `Koordinatorin ${tag}`);
  const personB = await person(app, 'Bernd', `Koordinator ${tag}`);
  for (const [personId, allianceId] of [
    [personA, allianceA],
    [personB, allianceB],
  ]) {
    await app.dataSource.query(`INSERT INTO person_function (person_id, function_type, alliance_id) VALUES ($1, 'KOORDINATION', $2)`, [
      personId,
      allianceId,
    ]);
  }
  const partnerOfA = await partner(app, allianceA, `Autohaus ${tag}`, `Partnerin ${tag} A`);
  const partnerOfB = await partner(app, allianceB, `Brauerei ${tag}`, `Partnerin ${tag} B`);

  const m1Email = `m1-${tag}@beispiel.de`;
  const m1 = await insertMentorProfile(app, await person(app, 'Mara', `Mentorin ${tag}`, m1Email));
  const m2 = await insertMentorProfile(app, await person(app, 'Moritz', `Mentor ${tag}`, `m2-${tag}@beispiel.de`));

  const requestA = (await createRequest(app, allianceA, { requesterId: personA, description: `Gründung ${tag}` })).id;
  const requestB = (await createRequest(app, allianceB, { requesterId: personB, description: `Neustart ${tag}`, occasion: 'REAKTIVIERUNG' })).id;
  const offerM1 = await propose(app, requestB, m1);
  const offerM2 = await propose(app, requestB, m2);
  await offer(app, requestB, [offerM1, offerM2]);
  // carried out, so that its mentor can submit the report
  const deploymentA = (await createDeployment(app, allianceA, m1, { requestId: requestA, status: 'DURCHGEFUEHRT' })).id;
  const deploymentB = (await createDeployment(app, allianceB, m2)).id;

  return {
    tag,
    allianceA,
    allianceB,
    allianceAName,
    allianceBName,
    personA,
    partnerPersonA: partnerOfA.person,
    personB,
    partnerPersonB: partnerOfB.person,
    partnerA: partnerOfA.organisation,
    partnerB: partnerOfB.organisation,
    m1,
    m2,
    m1Email,
    requestA,
    requestB,
    offerM1,
    offerM2,
    deploymentA,
    deploymentB,
  };
}

/** Number of PERMISSION_DENIED audit entries of this user for this record. */
export async function deniedEntries(app: TestApp, userId: string, entityType: string, entityId: string): Promise<number> {
  const [{ count }] = (await app.dataSource.query(
    `SELECT count(*)::int AS count FROM audit_entry WHERE action = 'PERMISSION_DENIED' AND actor_id = $1 AND entity_type = $2 AND entity_id = $3`,
    [userId, entityType, entityId],
  )) as { count: number }[];
  return count;
}
