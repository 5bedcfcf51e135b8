import type { Role } from '@bn/shared/contracts';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';

/**
 * Permission matrix (QUALITY.md R1): role × resource × action × own/foreign. "Own" records hang off
 * alliance A (the coordinator's alliance; the mentor's deployment is there), "foreign" ones off B.
 * A foreign record answers 404 (its existence is not revealed); a role without access answers 403.
 */
type Signed = Awaited<ReturnType<TestApp['signIn']>>;
type Action = 'list' | 'own' | 'foreign';
type Expectation = Record<Role, number>;

const ROLES: Role[] = ['FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR', 'MINISTERIUM', 'ADMINISTRATION'];

/** Shorthand: statuses for FB, LEITUNG, KOORDINATION, MENTOR, MINISTERIUM, ADMINISTRATION. */
function s(fb: number, leitung: number, koordination: number, mentor: number, ministerium: number, administration: number): Expectation {
  return { FACHBERATUNG: fb, LEITUNG: leitung, KOORDINATION: koordination, MENTOR: mentor, MINISTERIUM: ministerium, ADMINISTRATION: administration };
}

interface Ids {
  alliance: [string, string];
  organisation: [string, string];
  person: [string, string];
  activity: [string, string];
  project: [string, string];
  event: [string, string];
  request: [string, string];
  deployment: [string, string];
  mentor: [string, string];
}

interface Resource {
  name: string;
  path: string;
  key?: keyof Ids;
  matrix: Partial<Record<Action, Expectation>>;
}

const RESOURCES: Resource[] = [
  { name: 'Bündnisse', path: '/api/alliances', key: 'alliance', matrix: { list: s(200, 200, 200, 200, 403, 403), own: s(200, 200, 200, 200, 403, 403), foreign: s(200, 200, 404, 404, 403, 403) } },
  { name: 'Organisationen', path: '/api/organisations', key: 'organisation', matrix: { list: s(200, 200, 200, 403, 403, 403), own: s(200, 200, 200, 403, 403, 403), foreign: s(200, 200, 404, 403, 403, 403) } },
  { name: 'Personen', path: '/api/persons', key: 'person', matrix: { list: s(200, 200, 200, 403, 403, 403), own: s(200, 200, 200, 403, 403, 403), foreign: s(200, 200, 404, 403, 403, 403) } },
  { name: 'Aktivitäten', path: '/api/activities', key: 'activity', matrix: { list: s(200, 200, 200, 403, 403, 403), own: s(200, 200, 200, 403, 403, 403), foreign: s(200, 200, 404, 403, 403, 403) } },
  { name: 'Projekte', path: '/api/projects', key: 'project', matrix: { list: s(200, 200, 200, 403, 403, 403), own: s(200, 200, 200, 403, 403, 403), foreign: s(200, 200, 404, 403, 403, 403) } },
  { name: 'Veranstaltungen', path: '/api/events', key: 'event', matrix: { list: s(200, 200, 200, 200, 403, 403), own: s(200, 200, 200, 200, 403, 403), foreign: s(200, 200, 404, 404, 403, 403) } },
  { name: 'Anfragen', path: '/api/requests', key: 'request', matrix: { list: s(200, 200, 200, 200, 403, 403), own: s(200, 200, 200, 200, 403, 403), foreign: s(200, 200, 404, 404, 403, 403) } },
  { name: 'Einsätze', path: '/api/deployments', key: 'deployment', matrix: { list: s(200, 200, 200, 200, 403, 403), own: s(200, 200, 200, 200, 403, 403), foreign: s(200, 200, 404, 404, 403, 403) } },
  { name: 'Mentor:innen', path: '/api/mentors', key: 'mentor', matrix: { list: s(200, 200, 403, 200, 403, 403), own: s(200, 200, 403, 200, 403, 403), foreign: s(200, 200, 403, 404, 403, 403) } },
  { name: 'Galerie', path: '/api/mentors/gallery', matrix: { list: s(200, 200, 200, 200, 403, 403) } },
  { name: 'Audit-Log', path: '/api/audit', matrix: { list: s(200, 200, 403, 403, 403, 403) } },
  { name: 'Benutzer:innen', path: '/api/users', matrix: { list: s(403, 200, 403, 403, 403, 200) } },
  { name: 'Suche', path: '/api/search?q=Matrix', matrix: { list: s(200, 200, 200, 200, 403, 403) } },
  { name: 'Referenzdaten', path: '/api/reference/laender', matrix: { list: s(200, 200, 200, 200, 200, 200) } },
];

describe('permission matrix: role × resource × action × own/foreign', () => {
  let app: TestApp;
  let ids: Ids;
  const sessions = new Map<Role, Signed>();

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.dataSource;
    const one = async (sql: string, params: unknown[]): Promise<string> => ((await ds.query(sql, params)) as { id: string }[])[0].id;
    const tag = uniqueSuffix();
    const pair = async (make: (side: number, alliance: string) => Promise<string>, alliances: [string, string]): Promise<[string, string]> => [
      await make(0, alliances[0]),
      await make(1, alliances[1]),
    ];
    const alliance = (await Promise.all(
      [0, 1].map((side) =>
        one(
          `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level) VALUES ($1, $2, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE') RETURNING id`,
          [`PM-${tag}-${side}`, `Matrix-Bündnis ${tag} ${side}`],
        ),
      ),
    )) as [string, string];
    const organisation = await pair(async (side, a) => {
      const id = await one(`INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE') RETURNING id`, [`Matrix-Verein ${tag} ${side}`]);
      await ds.query(`INSERT INTO partnership (alliance_id, organisation_id, roles) VALUES ($1, $2, '{MITGLIED}')`, [a, id]);
      return id;
    }, alliance);
    const person = await pair(async (side, a) => {
      const id = await one(`INSERT INTO person (first_name, last_name, data_source) VALUES ('Matrix', $1, 'SERVICEBUERO') RETURNING id`, [`Person ${tag} ${side}`]);
      await ds.query(`INSERT INTO person_function (person_id, function_type, alliance_id) VALUES ($1, 'KOORDINATION', $2)`, [id, a]);
      return id;
    }, alliance);
    const activity = await pair((side, a) => one(`INSERT INTO activity (alliance_id, activity_type, occurred_on, title) VALUES ($1, 'NETZWERKTREFFEN', '2026-01-15', $2) RETURNING id`, [a, `Matrix ${side}`]), alliance);
    const project = await pair((side, a) => one(`INSERT INTO project (alliance_id, name) VALUES ($1, $2) RETURNING id`, [a, `Matrix-Projekt ${side}`]), alliance);
    const event = await pair((side, a) => one(`INSERT INTO event (event_type, organiser, alliance_id, title, starts_on, format) VALUES ('NETZWERKTREFFEN', 'BUENDNIS', $1, $2, '2026-02-01', 'ONLINE') RETURNING id`, [a, `Matrix-Treffen ${side}`]), alliance);
    const request = await pair((_side, a) => one(`INSERT INTO mentoring_request (alliance_id, channel, received_on, occasion, desired_mode, status) VALUES ($1, 'TELEFON', '2026-03-01', 'WEITERENTWICKLUNG', 'EGAL', 'ZUGEWIESEN') RETURNING id`, [a]), alliance);
    const mentor = await pair(async (side) => {
      const p = await one(`INSERT INTO person (first_name, last_name, data_source) VALUES ('Mentorin', $1, 'SERVICEBUERO') RETURNING id`, [`Matrix ${tag} ${side}`]);
      return one(`INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{ONLINE}', 3) RETURNING id`, [p]);
    }, alliance);
    const deployment = await pair(async (side, a) => {
      const id = await one(`INSERT INTO deployment (request_id, alliance_id, deployment_type, mode, status, event_id) VALUES ($1, $2, 'ERSTBERATUNG', 'ONLINE', 'ZUGEWIESEN', $3) RETURNING id`, [request[side], a, event[side]]);
      await ds.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [id, mentor[side]]);
      return id;
    }, alliance);
    ids = { alliance, organisation, person, activity, project, event, request, deployment, mentor };
    for (const role of ROLES) {
      sessions.set(role, await app.signIn(role, { allianceIds: role === 'KOORDINATION' ? [alliance[0]] : [], mentorProfileId: role === 'MENTOR' ? mentor[0] : null }));
    }
  }, 120000);

  afterAll(async () => {
    await app.close();
  });

  const cases: [string, Action, Role, Resource][] = RESOURCES.flatMap((resource) =>
    (Object.keys(resource.matrix) as Action[]).flatMap((action) => ROLES.map((role): [string, Action, Role, Resource] => [resource.name, action, role, resource])),
  );

  it.each(cases)('%s · %s · %s', async (_name, action, role, resource) => {
    const expected = (resource.matrix[action] as Expectation)[role];
    const http = sessions.get(role) as Signed;
    const path = action === 'list' ? resource.path : `${resource.path}/${ids[resource.key as keyof Ids][action === 'own' ? 0 : 1]}`;
    const response = await http.get(path);
    expect({ path, status: response.status }).toEqual({ path, status: expected });
  });

  it.each(ROLES)('writes: %s creating an activity for the own and the foreign alliance', async (role) => {
    const http = sessions.get(role) as Signed;
    const create = (allianceId: string) => http.post('/api/activities').send({ allianceId, activityType: 'PRESSE', occurredOn: '2026-04-01', title: 'Matrix-Schreibtest' });
    const own = await create(ids.alliance[0]);
    const foreign = await create(ids.alliance[1]);
    const expectedOwn = s(201, 403, 201, 403, 403, 403)[role];
    const expectedForeign = s(201, 403, 400, 403, 403, 403)[role];
    expect({ own: own.status, foreign: foreign.status }).toEqual({ own: expectedOwn, foreign: expectedForeign });
  });

  it('records a coordinator asking for a foreign alliance in the audit log', async () => {
    const coordinator = sessions.get('KOORDINATION') as Signed;
    expect((await coordinator.get(`/api/alliances/${ids.alliance[1]}`)).status).toBe(404);
    const rows = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE actor_id = $1 AND entity_id = $2 AND action = 'PERMISSION_DENIED'`,
      [coordinator.user.userId, ids.alliance[1]],
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});
