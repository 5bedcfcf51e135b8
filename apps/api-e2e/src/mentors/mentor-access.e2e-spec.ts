import { countRows, startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { insertConsent, insertPersonWithContact } from './mentor-fixtures';

type Session = Awaited<ReturnType<TestApp['signIn']>>;

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

interface GalleryItem {
  id: string;
  firstName: string;
  lastName: string;
}

/**
 * Mentor profiles by role: a mentor reads and keeps (availability, absences, gallery text) only the
 * own profile; coordinators see the public gallery only.
 */
describe('Mentor:innen: access by role', () => {
  let app: TestApp;
  let tag: string;
  let own: string;
  let other: string;
  let ownPerson: string;
  let mentor: Session;

  const insertProfile = async (personId: string, columns: Record<string, unknown> = {}): Promise<string> => {
    const values = { status: 'AKTIV', gallery_published: false, gallery_text: null, home_gemeinde_ags: null, ...columns };
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO mentor_profile (person_id, status, modes, capacity_per_quarter, gallery_published, gallery_text, home_gemeinde_ags)
       VALUES ($1, $2, '{ONLINE}', 2, $3, $4, $5) RETURNING id`,
      [personId, values.status, values.gallery_published, values.gallery_text, values.home_gemeinde_ags],
    );
    return id as string;
  };

  const availability = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    modes: ['TELEFONISCH', 'ONLINE'],
    capacityPerQuarter: 4,
    radiusKm: 80,
    regionLandCodes: ['03', '15'],
    galleryText: 'Begleitet Gründungen im ländlichen Raum.',
    galleryPublished: false,
    version: 1,
    ...overrides,
  });

  beforeAll(async () => {
    app = await startTestApp();
    tag = `galerie${uniqueSuffix()}`;
    ownPerson = await insertPersonWithContact(app.dataSource, 'Mara', `Eigen ${tag}`, `eigen-${tag}@beispiel.de`);
    own = await insertProfile(ownPerson, { home_gemeinde_ags: '03155010' });
    other = await insertProfile(await insertPersonWithContact(app.dataSource, 'Otto', `Fremd ${tag}`, `fremd-${tag}@beispiel.de`));
    mentor = await app.signIn('MENTOR', { mentorProfileId: own });
  });

  afterAll(async () => {
    await app.close();
  });

  const denied = async (userId: string, entityId: string): Promise<number> => {
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_entry WHERE action = 'PERMISSION_DENIED' AND actor_id = $1 AND entity_type = 'MentorProfile' AND entity_id = $2`,
      [userId, entityId],
    );
    return count as number;
  };

  it('a mentor reads the own profile only: the list holds it alone, another profile answers 404 (audited)', async () => {
    const list = await mentor.get('/api/mentors?pageSize=100&includeArchived=true');
    expect(list.status).toBe(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([own]);
    expect(list.body.total).toBe(1);
    const detail = await mentor.get(`/api/mentors/${own}`);
    expect(detail.status).toBe(200);
    expect(detail.body.person).toMatchObject({ email: `eigen-${tag}@beispiel.de` });
    const foreign = await mentor.get(`/api/mentors/${other}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('MENTOR_NOT_FOUND');
    expect(await denied(mentor.user.userId, other)).toBe(1);
    expect((await mentor.get(`/api/mentors/${UNKNOWN_ID}`)).status).toBe(404);
  });

  it('a mentor updates the availability of the own profile, and nothing else of it', async () => {
    const response = await mentor.put(`/api/mentors/${own}/availability`).send(availability());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ modes: ['TELEFONISCH', 'ONLINE'], capacityPerQuarter: 4, radiusKm: 80, status: 'AKTIV', version: 2 });
    const detail = await mentor.get(`/api/mentors/${own}`);
    expect(detail.body.regions.map((r: { landCode: string }) => r.landCode)).toEqual(['03', '15']);
    const [entry] = await app.dataSource.query(
      `SELECT changes FROM audit_entry WHERE entity_type = 'MentorProfile' AND entity_id = $1 AND action = 'UPDATE' ORDER BY occurred_at DESC LIMIT 1`,
      [own],
    );
    expect(entry.changes).toMatchObject({ capacityPerQuarter: { before: 2, after: 4 } });

    // the full profile (status, specialties, …) stays with the Fachberatung
    expect((await mentor.put(`/api/mentors/${own}`).send({})).status).toBe(403);
    expect((await mentor.post('/api/mentors').send({})).status).toBe(403);
    expect((await mentor.post(`/api/mentors/${own}/archive`).send({ version: 2 })).status).toBe(403);
  });

  it('refuses another mentor’s profile with 404, and keeps the rules (version, radius, gallery consent)', async () => {
    const foreign = await mentor.put(`/api/mentors/${other}/availability`).send(availability());
    expect(foreign.status).toBe(404);
    expect(await denied(mentor.user.userId, other)).toBe(2);
    expect((await app.dataSource.query(`SELECT version FROM mentor_profile WHERE id = $1`, [other]))[0].version).toBe(1);

    const stale = await mentor.put(`/api/mentors/${own}/availability`).send(availability({ version: 1 }));
    expect(stale.status).toBe(409);
    const noConsent = await mentor.put(`/api/mentors/${own}/availability`).send(availability({ galleryPublished: true, version: 2 }));
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.code).toBe('GALLERY_CONSENT_MISSING');
    const noHome = await app.http.put(`/api/mentors/${other}/availability`).send(availability());
    expect(noHome.status).toBe(400);
    expect(Object.keys(noHome.body.fields)).toEqual(['radiusKm']);

    await insertConsent(app.dataSource, ownPerson);
    const published = await mentor.put(`/api/mentors/${own}/availability`).send(availability({ galleryPublished: true, version: 2 }));
    expect(published.status).toBe(200);
    expect(published.body.galleryPublished).toBe(true);
  });

  it('a mentor keeps the own absences only', async () => {
    const absence = { fromDate: '2031-07-01', untilDate: '2031-07-21', note: 'Urlaub' };
    const created = await mentor.post(`/api/mentors/${own}/absences`).send(absence);
    expect(created.status).toBe(201);
    const before = await countRows(app.dataSource, 'mentor_absence');
    expect((await mentor.post(`/api/mentors/${other}/absences`).send(absence)).status).toBe(404);
    expect(await countRows(app.dataSource, 'mentor_absence')).toBe(before);
    const [foreignAbsence] = await app.dataSource.query(
      `INSERT INTO mentor_absence (mentor_id, from_date, until_date) VALUES ($1, '2031-08-01', '2031-08-02') RETURNING id`,
      [other],
    );
    expect((await mentor.delete(`/api/mentors/${other}/absences/${foreignAbsence.id}`)).status).toBe(404);
    expect((await mentor.delete(`/api/mentors/${own}/absences/${created.body.id}`)).status).toBe(204);
  });

  describe('the public gallery', () => {
    let coordinator: Session;
    let shown: string;

    beforeAll(async () => {
      coordinator = await app.signIn('KOORDINATION', { allianceIds: [] });
      const person = (name: string): Promise<string> => insertPersonWithContact(app.dataSource, 'Gina', `${name} ${tag}`, `${name}-${tag}@beispiel.de`);
      const text = 'Moderiert Zukunftswerkstätten.';
      const consented = await person('Sichtbar');
      shown = await insertProfile(consented, { gallery_published: true, gallery_text: text, home_gemeinde_ags: '15083270' });
      await insertConsent(app.dataSource, consented);
      await app.dataSource.query(`INSERT INTO mentor_specialty (mentor_id, fachgebiet_code, level) VALUES ($1, 'FG07', 'EXPERTISE')`, [shown]);
      // published without consent, consent withdrawn, paused, unpublished: none of them is shown
      await insertProfile(await person('Ohneeinwilligung'), { gallery_published: true });
      const withdrawn = await person('Widerrufen');
      await insertProfile(withdrawn, { gallery_published: true });
      await insertConsent(app.dataSource, withdrawn, { withdrawnOn: '2021-01-01' });
      const paused = await person('Pausiert');
      await insertProfile(paused, { gallery_published: true, status: 'PAUSIERT' });
      await insertConsent(app.dataSource, paused);
      const hidden = await person('Unveroeffentlicht');
      await insertProfile(hidden);
      await insertConsent(app.dataSource, hidden);
    });

    it('shows consented, published, active mentors only, without contact data', async () => {
      const response = await coordinator.get(`/api/mentors/gallery?q=${tag}&pageSize=100`);
      expect(response.status).toBe(200);
      const items = response.body.items as GalleryItem[];
      // the own mentor of this file published above, too
      expect(items.map((i) => i.lastName).sort()).toEqual([`Eigen ${tag}`, `Sichtbar ${tag}`]);
      expect(response.body.total).toBe(2);
      expect(items.find((i) => i.id === shown)).toEqual({
        id: shown,
        title: null,
        firstName: 'Gina',
        lastName: `Sichtbar ${tag}`,
        specialties: [{ code: 'FG07', name: expect.any(String), level: 'EXPERTISE' }],
        homeLandCode: '15',
        regionLandCodes: [],
        modes: ['ONLINE'],
        galleryText: 'Moderiert Zukunftswerkstätten.',
      });
      expect(JSON.stringify(response.body)).not.toContain('@beispiel.de');
    });

    it('filters by Fachgebiet, Land and mode, and pages', async () => {
      const byField = await coordinator.get(`/api/mentors/gallery?q=${tag}&fachgebietCode=FG07`);
      expect(byField.body.items.map((i: GalleryItem) => i.id)).toEqual([shown]);
      const byLand = await coordinator.get(`/api/mentors/gallery?q=${tag}&landCode=03`);
      expect(byLand.body.items.map((i: GalleryItem) => i.id)).toEqual([own]);
      expect((await coordinator.get(`/api/mentors/gallery?q=${tag}&mode=VOR_ORT`)).body.total).toBe(0);
      expect((await coordinator.get('/api/mentors/gallery?pageSize=101')).status).toBe(400);
      expect((await coordinator.get('/api/mentors/gallery?landCode=17')).status).toBe(400);
    });
  });
});

describe('PUT /mentors/:id/availability validation', () => {
  let app: TestApp;
  let id: string;

  beforeAll(async () => {
    app = await startTestApp();
    const personId = await insertPersonWithContact(app.dataSource, 'Vera', `Validierung ${uniqueSuffix()}`, `v-${uniqueSuffix()}@beispiel.de`);
    const [row] = await app.dataSource.query(`INSERT INTO mentor_profile (person_id, status) VALUES ($1, 'AKTIV') RETURNING id`, [personId]);
    id = row.id as string;
  });

  afterAll(async () => {
    await app.close();
  });

  const valid = (): Record<string, unknown> => ({ modes: ['ONLINE'], capacityPerQuarter: 2, regionLandCodes: ['03'], version: 1 });
  const without = (field: string): Record<string, unknown> => {
    const body = valid();
    delete body[field];
    return body;
  };

  it.each([
    ['modes', without('modes')],
    ['capacityPerQuarter', without('capacityPerQuarter')],
    ['regionLandCodes', without('regionLandCodes')],
    ['version', without('version')],
    ['modes', { ...valid(), modes: 'ONLINE' }],
    ['capacityPerQuarter', { ...valid(), capacityPerQuarter: 51 }],
    ['radiusKm', { ...valid(), radiusKm: 0 }],
    ['regionLandCodes', { ...valid(), regionLandCodes: ['17'] }],
    ['galleryPublished', { ...valid(), galleryPublished: 'ja' }],
    ['galleryText', { ...valid(), galleryText: 'x'.repeat(2001) }],
    ['status', { ...valid(), status: 'AUSGESCHIEDEN' }],
  ])('rejects an invalid %s with a German field message and changes nothing', async (field, body) => {
    const response = await app.http.put(`/api/mentors/${id}/availability`).send(body);
    expect(response.status).toBe(400);
    expect(response.body.fields[field]).toEqual(expect.any(String));
    expect((await app.dataSource.query(`SELECT version FROM mentor_profile WHERE id = $1`, [id]))[0].version).toBe(1);
  });

  it('answers 404 for an unknown and 400 for a malformed id', async () => {
    expect((await app.http.put(`/api/mentors/${UNKNOWN_ID}/availability`).send(valid())).status).toBe(404);
    expect((await app.http.put('/api/mentors/kein-id/availability').send(valid())).status).toBe(400);
  });

  it('accepts the valid body', async () => {
    const response = await app.http.put(`/api/mentors/${id}/availability`).send(valid());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ modes: ['ONLINE'], radiusKm: null, galleryText: null, galleryPublished: false, version: 2 });
  });
});
