import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';

/**
 * Leak property (QUALITY.md R1): random data across several alliances; for random sets of "own"
 * alliances, no list or search response of a coordinator or a mentor contains a record that hangs
 * off another alliance.
 */
const ALLIANCE_COUNT = 4;

interface Fixture {
  tag: string;
  allianceIds: string[];
  /** record id → the alliance it belongs to */
  owner: Map<string, string>;
  /** mentor profile id → the alliance of its deployment */
  mentorOf: Map<string, string>;
}

async function insert(ds: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = await ds.query(sql, params);
  return row.id as string;
}

async function buildFixture(ds: DataSource, random: () => number): Promise<Fixture> {
  const tag = `leak${uniqueSuffix()}`;
  const owner = new Map<string, string>();
  const mentorOf = new Map<string, string>();
  const allianceIds: string[] = [];
  for (let i = 0; i < ALLIANCE_COUNT; i++) {
    const alliance = await insert(
      ds,
      `INSERT INTO alliance (code, name, status, land_code, kreis_ags, gemeinde_ags, territorial_level)
       VALUES ($1, $2, 'AKTIV', '03', '03155', '03155010', 'GEMEINDE') RETURNING id`,
      [`L-${tag}-${i}`.slice(0, 20), `Bündnis ${tag} ${i}`],
    );
    allianceIds.push(alliance);
    owner.set(alliance, alliance);
    const records = Math.max(1, Math.round(random() * 3));
    for (let r = 0; r < records; r++) {
      const organisation = await insert(ds, `INSERT INTO organisation (name, sector, actor_type) VALUES ($1, 'ZIVILGESELLSCHAFT', 'VEREIN_INITIATIVE') RETURNING id`, [`Verein ${tag} ${i}-${r}`]);
      owner.set(organisation, alliance);
      owner.set(await insert(ds, `INSERT INTO partnership (alliance_id, organisation_id, roles) VALUES ($1, $2, '{MITGLIED}') RETURNING id`, [alliance, organisation]), alliance);
      const person = await insert(ds, `INSERT INTO person (first_name, last_name, data_source) VALUES ($1, $2, 'SERVICEBUERO') RETURNING id`, [`Person${r}`, `${tag} ${i}`]);
      owner.set(person, alliance);
      await ds.query(`INSERT INTO person_function (person_id, function_type, alliance_id) VALUES ($1, 'KOORDINATION', $2)`, [person, alliance]);
      owner.set(await insert(ds, `INSERT INTO activity (alliance_id, activity_type, occurred_on, title) VALUES ($1, 'NETZWERKTREFFEN', '2026-01-15', $2) RETURNING id`, [alliance, `Treffen ${tag} ${i}-${r}`]), alliance);
      owner.set(await insert(ds, `INSERT INTO project (alliance_id, name) VALUES ($1, $2) RETURNING id`, [alliance, `Projekt ${tag} ${i}-${r}`]), alliance);
      owner.set(
        await insert(ds, `INSERT INTO event (event_type, organiser, alliance_id, title, starts_on, format) VALUES ('NETZWERKTREFFEN', 'BUENDNIS', $1, $2, '2026-02-01', 'ONLINE') RETURNING id`, [alliance, `Treffen ${tag} ${i}-${r}`]),
        alliance,
      );
      owner.set(
        await insert(ds, `INSERT INTO mentoring_request (alliance_id, channel, received_on, occasion, desired_mode, status) VALUES ($1, 'TELEFON', '2026-03-01', 'WEITERENTWICKLUNG', 'EGAL', 'EINGEGANGEN') RETURNING id`, [alliance]),
        alliance,
      );
    }
    const mentorPerson = await insert(ds, `INSERT INTO person (first_name, last_name, data_source) VALUES ('Mentorin', $1, 'SERVICEBUERO') RETURNING id`, [`${tag} M${i}`]);
    const mentor = await insert(ds, `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter) VALUES ($1, 'AKTIV', '{ONLINE}', 3) RETURNING id`, [mentorPerson]);
    const deployment = await insert(ds, `INSERT INTO deployment (alliance_id, deployment_type, mode, status) VALUES ($1, 'ERSTBERATUNG', 'ONLINE', 'ZUGEWIESEN') RETURNING id`, [alliance]);
    await ds.query(`INSERT INTO deployment_mentor (deployment_id, mentor_id, is_lead) VALUES ($1, $2, true)`, [deployment, mentor]);
    owner.set(deployment, alliance);
    mentorOf.set(mentor, alliance);
  }
  return { tag, allianceIds, owner, mentorOf };
}

/** Every list (and the search) a coordinator or mentor may call, filtered to this test's rows where possible. */
function listPaths(tag: string): string[] {
  const q = encodeURIComponent(tag);
  return [
    `/api/alliances?pageSize=100&q=${q}`,
    `/api/organisations?pageSize=100&q=${q}`,
    `/api/persons?pageSize=100&q=${q}`,
    `/api/activities?pageSize=100&q=${q}`,
    `/api/projects?pageSize=100&q=${q}`,
    `/api/events?pageSize=100&q=${q}`,
    `/api/requests?pageSize=100`,
    `/api/deployments?pageSize=100`,
    `/api/search?q=${q}&limit=20`,
  ];
}

interface Listed {
  id: string;
}

function idsIn(body: unknown): string[] {
  const value = body as { items?: Listed[]; groups?: { items: Listed[] }[] };
  if (Array.isArray(value.items)) return value.items.map((i) => i.id);
  if (Array.isArray(value.groups)) return value.groups.flatMap((g) => g.items.map((i) => i.id));
  return [];
}

describe('no foreign alliance data in any list or search response (property)', () => {
  let app: TestApp;
  let fixture: Fixture;

  beforeAll(async () => {
    app = await startTestApp();
    const rng = fc.sample(fc.double({ min: 0, max: 1, noNaN: true }), { numRuns: 200, seed: 4711 });
    let index = 0;
    fixture = await buildFixture(app.dataSource, () => rng[index++ % rng.length]);
  }, 120000);

  afterAll(async () => {
    await app.close();
  });

  /** Returns the foreign records found; also asserts the lists showed some own records (not vacuous). */
  const leaks = async (http: Awaited<ReturnType<TestApp['signIn']>>, visible: Set<string>): Promise<string[]> => {
    const found: string[] = [];
    let ownSeen = 0;
    for (const path of listPaths(fixture.tag)) {
      const response = await http.get(path);
      if (response.status === 403) continue; // the role may not use this list at all: nothing leaks
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      for (const id of idsIn(response.body)) {
        const alliance = fixture.owner.get(id);
        if (alliance && !visible.has(alliance)) found.push(`${path} → ${id} (Bündnis ${alliance})`);
        if (alliance && visible.has(alliance)) ownSeen++;
      }
    }
    expect(ownSeen).toBeGreaterThan(0);
    return found;
  };

  it('holds for coordinators of random sets of alliances', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(fixture.allianceIds, { minLength: 1 }), async (own) => {
        const coordinator = await app.signIn('KOORDINATION', { allianceIds: own });
        expect(await leaks(coordinator, new Set(own))).toEqual([]);
      }),
      { numRuns: 12, seed: 20261121 },
    );
  }, 300000);

  it('holds for mentors (they see only the alliances of their own deployments)', async () => {
    const mentorSessions = new Map<string, Awaited<ReturnType<TestApp['signIn']>>>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixture.mentorOf.keys()), async (mentorProfileId) => {
        // one account per mentor profile: reuse its session when the same mentor is drawn again
        const mentor = mentorSessions.get(mentorProfileId) ?? (await app.signIn('MENTOR', { mentorProfileId }));
        mentorSessions.set(mentorProfileId, mentor);
        expect(await leaks(mentor, new Set([fixture.mentorOf.get(mentorProfileId) as string]))).toEqual([]);
      }),
      { numRuns: ALLIANCE_COUNT, seed: 42 },
    );
  }, 300000);
});
