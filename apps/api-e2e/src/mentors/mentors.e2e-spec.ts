import { domainStatements } from '../support/statement-count';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import {
  handlungsfeldId,
  insertAlliance,
  insertConsent,
  insertOrganisation,
  insertPerson,
  insertPersonWithContact,
} from './mentor-fixtures';
import { describeMentorFilters } from './mentor-filters.cases';
import { describeMentorLoadAndAbsences } from './mentor-absences.cases';

interface MentorBody {
  id: string;
  personId: string;
  version: number;
  galleryPublished: boolean;
}

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

describe('Mentor:innen API', () => {
  let app: TestApp;
  let hf06: string;
  let validationPersonId: string;

  beforeAll(async () => {
    app = await startTestApp();
    hf06 = await handlungsfeldId(app.dataSource, 'HF06');
    validationPersonId = await insertPerson(app.dataSource, 'Vera', `Validierung ${uniqueSuffix()}`);
  });

  afterAll(async () => {
    await app.close();
  });

  const body = (personId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    personId,
    status: 'AKTIV',
    modes: ['TELEFONISCH', 'VOR_ORT'],
    capacityPerQuarter: 3,
    specialties: [{ fachgebietCode: 'FG01', level: 'EXPERTISE' }],
    handlungsfeldIds: [],
    regionLandCodes: ['03'],
    conflictAllianceIds: [],
    ...overrides,
  });

  const updateBody = (overrides: Record<string, unknown>): Record<string, unknown> => {
    const rest = body('', overrides);
    delete rest['personId'];
    return rest;
  };

  const createMentor = async (overrides: Record<string, unknown> = {}): Promise<MentorBody> => {
    const personId = await insertPerson(app.dataSource, 'Mia', `Mentorin ${uniqueSuffix()}`);
    const response = await app.http.post('/api/mentors').send(body(personId, overrides));
    expect(response.status).toBe(201);
    return response.body as MentorBody;
  };

  it('creates, reads, updates and archives a Mentorprofil with its collections', async () => {
    const tag = uniqueSuffix();
    const personId = await insertPersonWithContact(app.dataSource, 'Hanna', `Handwerk ${tag}`, `hanna.${tag}@hwk-beispiel.de`);
    const homeAlliance = await insertAlliance(app.dataSource, {
      name: `Bündnis Wetzlar ${tag}`,
      landCode: '06',
      kreisAgs: '06532',
      gemeindeAgs: '06532023',
    });
    const homeOrganisation = await insertOrganisation(app.dataSource, `Handwerkskammer Wiesbaden ${tag}`);
    const conflicts = [await insertAlliance(app.dataSource), await insertAlliance(app.dataSource), await insertAlliance(app.dataSource)];

    const created = await app.http.post('/api/mentors').send(
      body(personId, {
        homeAllianceId: homeAlliance,
        homeOrganisationId: homeOrganisation,
        qualifiedSince: '2011-06-15',
        cohort: 'Start Juni 2011',
        homeGemeindeAgs: '06532023',
        radiusKm: 80,
        capacityPerQuarter: 2,
        galleryText: 'Berät zur Ansprache von Handwerksbetrieben.',
        agreementSignedOn: '2011-06-15',
        agreementVersion: 'MV-2011',
        specialties: [
          { fachgebietCode: 'FG04', level: 'EXPERTISE' },
          { fachgebietCode: 'FG01', level: 'ERFAHREN' },
        ],
        handlungsfeldIds: [hf06],
        regionLandCodes: ['07', '06'],
        conflictAllianceIds: conflicts,
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ personId, status: 'AKTIV', radiusKm: 80, galleryPublished: false, version: 1, archivedAt: null });
    const id = (created.body as MentorBody).id;

    const detail = await app.http.get(`/api/mentors/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      person: {
        id: personId,
        firstName: 'Hanna',
        lastName: `Handwerk ${tag}`,
        email: `hanna.${tag}@hwk-beispiel.de`,
        phone: '+49 611 000000',
      },
      homeAllianceName: `Bündnis Wetzlar ${tag}`,
      homeOrganisationName: `Handwerkskammer Wiesbaden ${tag}`,
      homeGemeinde: { ags: '06532023', name: 'Wetzlar', landCode: '06' },
      cohort: 'Start Juni 2011',
      qualifiedSince: '2011-06-15',
      modes: ['TELEFONISCH', 'VOR_ORT'],
      topics: [{ handlungsfeldId: hf06, code: 'HF06' }],
      regions: [
        { landCode: '06', name: 'Hessen' },
        { landCode: '07', name: 'Rheinland-Pfalz' },
      ],
      absences: [],
      hasGalleryConsent: false,
      currentLoad: 0,
    });
    expect(detail.body.specialties.map((s: { code: string; level: string }) => [s.code, s.level])).toEqual([
      ['FG01', 'ERFAHREN'],
      ['FG04', 'EXPERTISE'],
    ]);
    expect(detail.body.specialties[0].name).toEqual(expect.any(String));
    expect(typeof detail.body.homeGemeinde.latitude).toBe('number');
    expect(detail.body.conflicts).toHaveLength(3);
    expect(detail.body.conflicts[0].allianceName).toEqual(expect.any(String));

    // A note on a conflict that stays is kept when the collections are replaced.
    await app.dataSource.query(`UPDATE mentor_conflict SET note = 'Partnervertretung HWK' WHERE mentor_id = $1 AND alliance_id = $2`, [
      id,
      conflicts[0],
    ]);
    const updated = await app.http.put(`/api/mentors/${id}`).send(
      updateBody({
        status: 'PAUSIERT',
        homeGemeindeAgs: '06532023',
        radiusKm: 50,
        capacityPerQuarter: 1,
        specialties: [{ fachgebietCode: 'FG07', level: 'GRUNDKENNTNIS' }],
        handlungsfeldIds: [],
        regionLandCodes: ['06'],
        conflictAllianceIds: [conflicts[0]],
        version: 1,
      }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ status: 'PAUSIERT', radiusKm: 50, homeAllianceId: null, version: 2 });
    const after = await app.http.get(`/api/mentors/${id}`);
    expect(after.body).toMatchObject({
      specialties: [{ code: 'FG07', level: 'GRUNDKENNTNIS' }],
      topics: [],
      regions: [{ landCode: '06' }],
      conflicts: [{ allianceId: conflicts[0], note: 'Partnervertretung HWK' }],
    });

    expect((await app.http.post(`/api/mentors/${id}/archive`).send({ version: 2 })).status).toBe(204);
    const q = encodeURIComponent(`handwerk ${tag}`);
    expect((await app.http.get(`/api/mentors?q=${q}`)).body.total).toBe(0);
    expect((await app.http.get(`/api/mentors?q=${q}&includeArchived=true`)).body.total).toBe(1);
    expect((await app.http.get(`/api/mentors/${id}`)).body.archivedAt).toEqual(expect.any(String));

    const audit = await app.dataSource.query(
      `SELECT entity_type, action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at, entity_type`,
      [id],
    );
    expect(audit.map((row: { entity_type: string; action: string }) => `${row.entity_type}:${row.action}`)).toEqual([
      'MentorProfile:CREATE',
      'MentorProfile:UPDATE',
      'MentorProfileCollections:UPDATE',
      'MentorProfile:ARCHIVE',
    ]);
  });

  it('allows one Mentorprofil per existing person', async () => {
    const mentor = await createMentor();
    const again = await app.http.post('/api/mentors').send(body(mentor.personId));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('MENTOR_EXISTS');
    const unknown = await app.http.post('/api/mentors').send(body(UNKNOWN_ID));
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields.personId).toEqual(expect.any(String));
  });

  it('checks the references and the radius rule with field messages', async () => {
    const personId = await insertPerson(app.dataSource, 'Rita', `Regel ${uniqueSuffix()}`);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ radiusKm: 40 }, 'radiusKm', 'MENTOR_RADIUS_NEEDS_HOME'],
      [{ homeGemeindeAgs: '99999999' }, 'homeGemeindeAgs', 'GEMEINDE_NOT_FOUND'],
      [{ homeAllianceId: UNKNOWN_ID }, 'homeAllianceId', 'ALLIANCE_NOT_FOUND'],
      [{ homeOrganisationId: UNKNOWN_ID }, 'homeOrganisationId', 'ORGANISATION_NOT_FOUND'],
      [{ specialties: [{ fachgebietCode: 'FG99', level: 'ERFAHREN' }] }, 'specialties', 'FACHGEBIET_NOT_FOUND'],
      [
        {
          specialties: [
            { fachgebietCode: 'FG01', level: 'ERFAHREN' },
            { fachgebietCode: 'FG01', level: 'EXPERTISE' },
          ],
        },
        'specialties',
        'MENTOR_SPECIALTY_DUPLICATE',
      ],
      [{ handlungsfeldIds: [UNKNOWN_ID] }, 'handlungsfeldIds', 'HANDLUNGSFELD_NOT_FOUND'],
      [{ conflictAllianceIds: [UNKNOWN_ID] }, 'conflictAllianceIds', 'ALLIANCE_NOT_FOUND'],
    ];
    for (const [overrides, field, code] of cases) {
      const response = await app.http.post('/api/mentors').send(body(personId, overrides));
      expect({ field, status: response.status, code: response.body.code }).toEqual({ field, status: 400, code });
      expect(response.body.fields[field]).toEqual(expect.any(String));
    }
    const nested = await app.http
      .post('/api/mentors')
      .send(body(personId, { specialties: [{ fachgebietCode: 'FG01', level: 'MEISTER' }] }));
    expect(nested.status).toBe(400);
    expect(nested.body.fields['specialties.0.level']).toEqual(expect.any(String));
    const notAList = await app.http.post('/api/mentors').send(body(personId, { specialties: { fachgebietCode: 'FG01' } }));
    expect(notAList.status).toBe(400);
    expect(notAList.body.fields.specialties).toEqual(expect.any(String));
    expect((await app.http.post('/api/mentors').send(body(personId, { homeGemeindeAgs: '03155010', radiusKm: 40 }))).status).toBe(201);
  });

  it('publishes the gallery profile only with an active GALERIE consent', async () => {
    const personId = await insertPerson(app.dataSource, 'Gabi', `Galerie ${uniqueSuffix()}`);
    const published = { galleryText: 'Seit 2011 dabei.', galleryPublished: true };
    const without = await app.http.post('/api/mentors').send(body(personId, published));
    expect(without.status).toBe(400);
    expect(without.body.code).toBe('GALLERY_CONSENT_MISSING');
    expect(without.body.fields.galleryPublished).toMatch(/Einwilligung/);

    await insertConsent(app.dataSource, personId, { purpose: 'NEWSLETTER' });
    await insertConsent(app.dataSource, personId, { grantedOn: '2020-01-01', withdrawnOn: '2021-01-01' });
    expect((await app.http.post('/api/mentors').send(body(personId, published))).body.code).toBe('GALLERY_CONSENT_MISSING');

    await insertConsent(app.dataSource, personId, { grantedOn: '2022-05-01' });
    const withConsent = await app.http.post('/api/mentors').send(body(personId, published));
    expect(withConsent.status).toBe(201);
    expect(withConsent.body.galleryPublished).toBe(true);
    const detail = await app.http.get(`/api/mentors/${withConsent.body.id}`);
    expect(detail.body).toMatchObject({ hasGalleryConsent: true, galleryPublished: true });

    const retired = await app.http
      .put(`/api/mentors/${withConsent.body.id}`)
      .send(updateBody({ ...published, status: 'AUSGESCHIEDEN', version: 1 }));
    expect(retired.status).toBe(400);
    expect(retired.body.fields.galleryPublished).toEqual(expect.any(String));

    const other = await createMentor();
    const publishLater = await app.http.put(`/api/mentors/${other.id}`).send(updateBody({ ...published, version: 1 }));
    expect(publishLater.status).toBe(400);
    expect(publishLater.body.code).toBe('GALLERY_CONSENT_MISSING');
  });

  it('refuses a stale version with 409 and keeps the first change', async () => {
    const mentor = await createMentor();
    const first = await app.http.put(`/api/mentors/${mentor.id}`).send(updateBody({ capacityPerQuarter: 4, version: 1 }));
    expect(first.status).toBe(200);
    const second = await app.http.put(`/api/mentors/${mentor.id}`).send(updateBody({ capacityPerQuarter: 5, version: 1 }));
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/mentors/${mentor.id}`)).body.capacityPerQuarter).toBe(4);
    expect((await app.http.post(`/api/mentors/${mentor.id}/archive`).send({ version: 1 })).status).toBe(409);
  });

  it('answers unknown ids with 404 and malformed ids with 400', async () => {
    const unknown = await app.http.get(`/api/mentors/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('MENTOR_NOT_FOUND');
    expect((await app.http.put(`/api/mentors/${UNKNOWN_ID}`).send(updateBody({ version: 1 }))).status).toBe(404);
    expect((await app.http.post(`/api/mentors/${UNKNOWN_ID}/archive`).send({ version: 1 })).status).toBe(404);
    const malformed = await app.http.get('/api/mentors/keine-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('INVALID_ID');
  });

  it('lists with the same, small number of SQL statements for 10 and 100 rows', async () => {
    const tag = uniqueSuffix();
    for (let i = 0; i < 12; i++) {
      const personId = await insertPerson(app.dataSource, 'Zora', `Zählmentorin${tag} ${i}`);
      const response = await app.http.post('/api/mentors').send(
        body(personId, {
          specialties: [
            { fachgebietCode: 'FG01', level: 'ERFAHREN' },
            { fachgebietCode: 'FG07', level: 'EXPERTISE' },
          ],
          regionLandCodes: ['03', '15'],
        }),
      );
      expect(response.status).toBe(201);
    }
    const spy = jest.spyOn(PostgresQueryRunner.prototype, 'query');
    try {
      const count = async (pageSize: number): Promise<number> => {
        spy.mockClear();
        const response = await app.http.get(
          `/api/mentors?pageSize=${pageSize}&q=${encodeURIComponent(`zaehlmentorin${tag}`)}&fachgebietCode=FG01`,
        );
        expect(response.status).toBe(200);
        expect(response.body.items).toHaveLength(Math.min(pageSize, 12));
        expect(response.body.items[0].specialties).toHaveLength(2);
        return domainStatements(spy);
      };
      const small = await count(10);
      const large = await count(100);
      expect(small).toBe(large);
      expect(large).toBeGreaterThanOrEqual(2); // the spy sees the statements at all
      expect(large).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
  });

  describeMentorFilters(() => app);
  describeMentorLoadAndAbsences(() => app);

  describeCreateValidation(() => app, {
    path: '/api/mentors',
    table: 'mentor_profile',
    validBody: () => body(validationPersonId, { cohort: 'Kohorte 2024', galleryText: 'Text', agreementVersion: 'V1' }),
    required: [
      'personId',
      'status',
      'modes',
      'capacityPerQuarter',
      'specialties',
      'handlungsfeldIds',
      'regionLandCodes',
      'conflictAllianceIds',
    ],
    wrongTypes: {
      personId: 'keine-uuid',
      status: 'RUHEND',
      modes: ['FLIEGEND'],
      capacityPerQuarter: 51,
      radiusKm: 0,
      homeGemeindeAgs: 'Wetzlar',
      qualifiedSince: '2011-13-01',
      specialties: 'FG01',
      handlungsfeldIds: ['HF03'],
      regionLandCodes: ['17'],
      conflictAllianceIds: 'alle',
      galleryPublished: 'ja',
    },
    maxLengths: { cohort: 80, galleryText: 2000, agreementVersion: 40 },
  });
});
