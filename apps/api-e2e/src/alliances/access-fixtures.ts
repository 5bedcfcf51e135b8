import { SessionHttp, TestApp, TestUser } from '../support/test-app';
import { AllianceBody, createAlliance, createOrganisation, insertPerson } from './alliance-fixtures';

/** Requests as one signed-in user, with that user's account. */
export type Session = SessionHttp & { user: TestUser };

export interface Partnership {
  id: string;
  organisationId: string;
  version: number;
}

/** Makes an organisation a partner of an alliance through the staff API. */
export async function addPartner(app: TestApp, allianceId: string, organisationId: string, extra: Record<string, unknown> = {}): Promise<Partnership> {
  const response = await app.http.post(`/api/alliances/${allianceId}/partners`).send({ organisationId, ...extra });
  expect(response.status).toBe(201);
  return response.body as Partnership;
}

/** A mentor profile (persons and deployments belong to other domains: inserted directly). */
export async function insertMentorProfile(app: TestApp, lastName: string): Promise<string> {
  const personId = await insertPerson(app, 'Mira', lastName);
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO mentor_profile (person_id, status, modes) VALUES ($1, 'AKTIV', '{ONLINE}') RETURNING id`,
    [personId],
  );
  return rows[0].id;
}

/** A deployment of the mentor with the alliance; a mentor's "assigned" alliances come from these. */
export async function insertDeployment(app: TestApp, allianceId: string, mentorId: string, status = 'ZUGEWIESEN'): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO deployment (alliance_id, deployment_type, mode, status) VALUES ($1, 'ERSTBERATUNG', 'ONLINE', $2) RETURNING id`,
    [allianceId, status],
  );
  await app.dataSource.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [rows[0].id, mentorId]);
  return rows[0].id;
}

/** Audit entries of one user recording a refused access to one record. */
export async function deniedEntries(app: TestApp, user: TestUser, entityId: string): Promise<{ entity_type: string }[]> {
  return app.dataSource.query(
    `SELECT entity_type FROM audit_entry WHERE action = 'PERMISSION_DENIED' AND entity_id = $1 AND actor_id = $2`,
    [entityId, user.userId],
  );
}

export interface AccessWorld {
  tag: string;
  /** Own alliances of the coordinator (A in Lower Saxony, A2 a Landkreis in Saxony-Anhalt). */
  a: AllianceBody;
  a2: AllianceBody;
  /** A foreign alliance in the same Gemeinde as A. */
  b: AllianceBody;
  orgA: { id: string; name: string };
  orgA2: { id: string; name: string };
  orgB: { id: string; name: string };
  /** Partner of both A and B. */
  orgShared: { id: string; name: string };
}

/**
 * Three alliances with partners, created through the staff API: A and A2 belong to the coordinator, B does
 * not; every name carries the tag, so `q=<tag>` isolates this file's rows from the rest of the database.
 */
export async function createAccessWorld(app: TestApp, tag: string): Promise<AccessWorld> {
  const a = await createAlliance(app, { name: `Zugriff Alpha ${tag}`, internalNotes: 'Vertraulich: Konflikt in der Lenkungsgruppe' });
  const a2 = await createAlliance(app, {
    name: `Zugriff Gamma ${tag}`,
    territorialLevel: 'LANDKREIS',
    kreisAgs: '15083',
    gemeindeAgs: undefined,
    status: 'AKTIV',
  });
  const b = await createAlliance(app, { name: `Zugriff Beta ${tag}`, internalNotes: 'Notiz zu Beta' });
  const orgA = await createOrganisation(app, { name: `Zugriff Familienzentrum ${tag}` });
  const orgA2 = await createOrganisation(app, { name: `Zugriff Kreisverwaltung ${tag}`, sector: 'VERWALTUNG', actorType: 'LANDKREIS' });
  const orgB = await createOrganisation(app, { name: `Zugriff Fremdfirma ${tag}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN' });
  const orgShared = await createOrganisation(app, { name: `Zugriff Sparkasse ${tag}`, sector: 'WIRTSCHAFT', actorType: 'UNTERNEHMEN' });
  await addPartner(app, a.id, orgA.id);
  await addPartner(app, a.id, orgShared.id);
  await addPartner(app, a2.id, orgA2.id);
  await addPartner(app, b.id, orgB.id);
  await addPartner(app, b.id, orgShared.id);
  return { tag, a, a2, b, orgA, orgA2, orgB, orgShared };
}
