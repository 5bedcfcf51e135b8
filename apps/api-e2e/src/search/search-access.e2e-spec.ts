import { startTestApp, TestApp } from '../support/test-app';
import { AccessWorld, buildAccessWorld, insertMentorProfile } from '../mentoring/mentoring-access.fixtures';

type Session = Awaited<ReturnType<TestApp['signIn']>>;

interface Group {
  type: string;
  total: number;
  items: { id: string; title: string; subtitle: string | null }[];
}

/** The global search obeys the same scope as the lists: per group, in SQL. */
describe('Suche: access by role', () => {
  let app: TestApp;
  let w: AccessWorld;
  let coordinator: Session;
  let mentor: Session;
  let galleryMentor: string;
  let bothAlliances: string;

  beforeAll(async () => {
    app = await startTestApp();
    w = await buildAccessWorld(app);
    coordinator = await app.signIn('KOORDINATION', { allianceIds: [w.allianceA] });
    mentor = await app.signIn('MENTOR', { mentorProfileId: w.m1 });

    const [gallery] = await app.dataSource.query(
      `INSERT INTO person (first_name, last_name, email, data_source) VALUES ('Gina', $1, $2, 'SERVICEBUERO') RETURNING id`,
      [`Galerie ${w.tag}`, `gina-${w.tag}@beispiel.de`],
    );
    galleryMentor = await insertMentorProfile(app, gallery.id);
    await app.dataSource.query(`UPDATE mentor_profile SET gallery_published = true WHERE id = $1`, [galleryMentor]);
    await app.dataSource.query(`INSERT INTO consent (person_id, purpose, granted_on, text_version) VALUES ($1, 'GALERIE', '2020-01-01', 'v1')`, [gallery.id]);

    // a contact with a function in both alliances; the newer one (in B) is what staff see first
    const [both] = await app.dataSource.query(
      `INSERT INTO person (first_name, last_name, data_source) VALUES ('Dora', $1, 'SERVICEBUERO') RETURNING id`,
      [`Doppelt ${w.tag}`],
    );
    bothAlliances = both.id as string;
    await app.dataSource.query(
      `INSERT INTO person_function (person_id, function_type, alliance_id, valid_from) VALUES ($1, 'SPRECHER', $2, '2020-01-01'), ($1, 'SPRECHER', $3, '2024-01-01')`,
      [bothAlliances, w.allianceA, w.allianceB],
    );
  });

  afterAll(async () => {
    await app.close();
  });

  const search = async (http: Session | TestApp['http'], types = ''): Promise<Record<string, Group>> => {
    const response = await http.get(`/api/search?q=${encodeURIComponent(w.tag)}&limit=20${types}`);
    expect(response.status).toBe(200);
    return Object.fromEntries((response.body.groups as Group[]).map((g) => [g.type, g]));
  };
  const idsOf = (group: Group): string[] => group.items.map((i) => i.id).sort();

  it('finds everything for the Fachberatung (sanity check of the data)', async () => {
    const groups = await search(app.http);
    expect(idsOf(groups['alliance'])).toEqual([w.allianceA, w.allianceB].sort());
    expect(idsOf(groups['organisation'])).toEqual([w.partnerA, w.partnerB].sort());
    expect(idsOf(groups['person'])).toEqual(expect.arrayContaining([w.personA, w.personB, w.partnerPersonA, w.partnerPersonB]));
    expect(idsOf(groups['mentor'])).toEqual([w.m1, w.m2, galleryMentor].sort());
    expect(groups['person'].items.find((i) => i.id === bothAlliances)?.subtitle).toBe(`Sprecher:in · ${w.allianceBName}`);
  });

  it('a coordinator finds the own alliance, its partners and contacts and the gallery, never the foreign alliance', async () => {
    const groups = await search(coordinator);
    expect(idsOf(groups['alliance'])).toEqual([w.allianceA]);
    expect(groups['alliance'].total).toBe(1);
    expect(idsOf(groups['organisation'])).toEqual([w.partnerA]);
    expect(idsOf(groups['person'])).toEqual([w.personA, w.partnerPersonA, bothAlliances].sort());
    expect(groups['person'].total).toBe(3);
    expect(idsOf(groups['mentor'])).toEqual([galleryMentor]);
    // the contact in both alliances is named by the own alliance's function only
    expect(groups['person'].items.find((i) => i.id === bothAlliances)?.subtitle).toBe(`Sprecher:in · ${w.allianceAName}`);
    const text = JSON.stringify(groups);
    for (const foreign of [w.allianceB, w.allianceBName, w.personB, w.partnerPersonB, w.partnerB, w.m2]) expect(text).not.toContain(foreign);
  });

  it('a mentor finds the alliances of own deployments only, and nothing else', async () => {
    const groups = await search(mentor);
    expect(idsOf(groups['alliance'])).toEqual([w.allianceA]);
    for (const type of ['organisation', 'person', 'mentor']) expect(groups[type]).toMatchObject({ total: 0, items: [] });
    const persons = await search(mentor, '&types=person');
    expect(Object.keys(persons)).toEqual(['person']);
    expect(persons['person'].items).toEqual([]);
  });

  it('refuses the ministry and the administration', async () => {
    for (const role of ['MINISTERIUM', 'ADMINISTRATION'] as const) {
      const user = await app.signIn(role);
      expect((await user.get(`/api/search?q=${w.tag}`)).status).toBe(403);
    }
  });
});
