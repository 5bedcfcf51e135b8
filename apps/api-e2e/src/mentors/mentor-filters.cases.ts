import { TestApp, uniqueSuffix } from '../support/test-app';
import { dbDate, handlungsfeldId, insertPerson } from './mentor-fixtures';

interface MentorItem {
  id: string;
  lastName: string;
  status: string;
  homeLandCode: string | null;
  specialties: { code: string; name: string; level: string }[];
  regionLandCodes: string[];
  isAbsent: boolean;
  modes: string[];
}

/**
 * Filters and sorting of GET /mentors over four mentors of one tag:
 * Anders (FG01 EXPERTISE, serves NI, on site, HF03, qualified 2011),
 * Berger (FG01 GRUNDKENNTNIS, serves ST, home in NI with radius, online, paused, qualified 2012),
 * Conrad (FG04 ERFAHREN, phone/online, absent today),
 * Dietrich (FG01 ERFAHREN + FG04 EXPERTISE, serves HE, in qualification, absent only later).
 */
export function describeMentorFilters(getApp: () => TestApp): void {
  describe('GET /api/mentors filters and sorting', () => {
    const tag = uniqueSuffix();
    let app: TestApp;

    beforeAll(async () => {
      app = getApp();
      const hf03 = await handlungsfeldId(app.dataSource, 'HF03');
      const create = async (lastName: string, overrides: Record<string, unknown>): Promise<string> => {
        const personId = await insertPerson(app.dataSource, 'Test', `${lastName} ${tag}`);
        const response = await app.http.post('/api/mentors').send({
          personId,
          status: 'AKTIV',
          modes: ['VOR_ORT'],
          capacityPerQuarter: 2,
          specialties: [],
          handlungsfeldIds: [],
          regionLandCodes: [],
          conflictAllianceIds: [],
          ...overrides,
        });
        expect(response.status).toBe(201);
        return response.body.id as string;
      };
      await create('Anders', {
        specialties: [{ fachgebietCode: 'FG01', level: 'EXPERTISE' }],
        regionLandCodes: ['03'],
        handlungsfeldIds: [hf03],
        qualifiedSince: '2011-06-01',
      });
      await create('Berger', {
        status: 'PAUSIERT',
        specialties: [{ fachgebietCode: 'FG01', level: 'GRUNDKENNTNIS' }],
        regionLandCodes: ['15'],
        homeGemeindeAgs: '03155010',
        radiusKm: 50,
        modes: ['ONLINE'],
        qualifiedSince: '2012-06-01',
      });
      const conrad = await create('Conrad', {
        specialties: [{ fachgebietCode: 'FG04', level: 'ERFAHREN' }],
        modes: ['TELEFONISCH', 'ONLINE'],
      });
      const dietrich = await create('Dietrich', {
        status: 'IN_QUALIFIZIERUNG',
        specialties: [
          { fachgebietCode: 'FG01', level: 'ERFAHREN' },
          { fachgebietCode: 'FG04', level: 'EXPERTISE' },
        ],
        regionLandCodes: ['06'],
      });
      const absence = async (mentorId: string, from: number, until: number): Promise<void> => {
        const response = await app.http
          .post(`/api/mentors/${mentorId}/absences`)
          .send({ fromDate: await dbDate(app.dataSource, from), untilDate: await dbDate(app.dataSource, until) });
        expect(response.status).toBe(201);
      };
      await absence(conrad, -2, 3);
      await absence(dietrich, 10, 20);
      await absence(dietrich, -30, -1);
    });

    const list = async (query: string): Promise<MentorItem[]> => {
      const response = await app.http.get(`/api/mentors?q=${tag}&${query}`);
      expect(response.status).toBe(200);
      return response.body.items as MentorItem[];
    };
    const names = async (query: string): Promise<string[]> => (await list(query)).map((m) => m.lastName.replace(` ${tag}`, ''));

    it('sorts by last name by default, and by status or qualification date on request', async () => {
      expect(await names('')).toEqual(['Anders', 'Berger', 'Conrad', 'Dietrich']);
      expect(await names('direction=desc')).toEqual(['Dietrich', 'Conrad', 'Berger', 'Anders']);
      expect((await list('sort=status')).map((m) => m.status)).toEqual(['AKTIV', 'AKTIV', 'IN_QUALIFIZIERUNG', 'PAUSIERT']);
      expect((await names('sort=qualifiedSince')).slice(0, 2)).toEqual(['Anders', 'Berger']);
    });

    it('filters by specialty with a minimum level (GRUNDKENNTNIS < ERFAHREN < EXPERTISE)', async () => {
      expect(await names('fachgebietCode=FG01')).toEqual(['Anders', 'Berger', 'Dietrich']);
      expect(await names('fachgebietCode=FG01&level=GRUNDKENNTNIS')).toEqual(['Anders', 'Berger', 'Dietrich']);
      expect(await names('fachgebietCode=FG01&level=ERFAHREN')).toEqual(['Anders', 'Dietrich']);
      expect(await names('fachgebietCode=FG01&level=EXPERTISE')).toEqual(['Anders']);
      expect(await names('fachgebietCode=FG04&level=EXPERTISE')).toEqual(['Dietrich']);
      expect(await names('level=EXPERTISE')).toEqual(['Anders', 'Dietrich']);
      expect(await names('fachgebietCode=FG12')).toEqual([]);
    });

    it('filters by Land served, mode, status, topic and availability today', async () => {
      expect(await names('landCode=03')).toEqual(['Anders', 'Berger']);
      expect(await names('landCode=15')).toEqual(['Berger']);
      expect(await names('landCode=06')).toEqual(['Dietrich']);
      expect(await names('mode=ONLINE')).toEqual(['Berger', 'Conrad']);
      expect(await names('status=AKTIV')).toEqual(['Anders', 'Conrad']);
      const hf03 = await handlungsfeldId(app.dataSource, 'HF03');
      expect(await names(`handlungsfeldId=${hf03}`)).toEqual(['Anders']);
      expect(await names('available=true')).toEqual(['Anders', 'Berger', 'Dietrich']);
      expect(await names('available=false')).toEqual(['Conrad']);
    });

    it('returns the list row with specialties, regions, home Land and the absence flag', async () => {
      const items = await list('');
      const [anders, berger, conrad, dietrich] = items;
      expect(anders).toMatchObject({ regionLandCodes: ['03'], isAbsent: false, homeLandCode: null, modes: ['VOR_ORT'] });
      expect(anders.specialties).toEqual([{ code: 'FG01', name: expect.any(String), level: 'EXPERTISE' }]);
      expect(berger).toMatchObject({ homeLandCode: '03', regionLandCodes: ['15'] });
      expect(conrad.isAbsent).toBe(true);
      expect(dietrich.isAbsent).toBe(false);
      expect(dietrich.specialties.map((s) => s.code)).toEqual(['FG01', 'FG04']);
    });

    it('paginates and validates the query', async () => {
      const page = await app.http.get(`/api/mentors?q=${tag}&pageSize=3&page=2`);
      expect(page.body).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(page.body.items).toHaveLength(1);
      expect((await app.http.get('/api/mentors?pageSize=101')).status).toBe(400);
      expect((await app.http.get('/api/mentors?page=0')).status).toBe(400);
      expect((await app.http.get('/api/mentors?sort=email')).status).toBe(400);
      expect((await app.http.get('/api/mentors?level=MEISTER')).body.fields.level).toEqual(expect.any(String));
      expect((await app.http.get('/api/mentors?fachgebietCode=01')).body.fields.fachgebietCode).toEqual(expect.any(String));
      expect((await app.http.get('/api/mentors?available=vielleicht')).body.fields.available).toEqual(expect.any(String));
      expect((await app.http.get('/api/mentors?mode=BRIEFTAUBE')).body.fields.mode).toEqual(expect.any(String));
    });
  });
}
