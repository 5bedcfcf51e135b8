import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { insertAlliance } from './engagement.fixtures';

interface PageBody {
  items: { id: string; occurredOn: string }[];
  total: number;
  totalCapped?: boolean;
  nextCursor?: string | null;
}

/** Keyset paging of the activity list: the cursor continues exactly where the offset page would. */
describe('Aktivitäten: Blättern mit Cursor', () => {
  let app: TestApp;
  let allianceId: string;
  const q = `Cursortest${uniqueSuffix()}`;

  beforeAll(async () => {
    app = await startTestApp();
    allianceId = await insertAlliance(app, `Bündnis für Familie Nörten-Hardenberg ${uniqueSuffix()}`);
    // 7 activities, two on the same day (the id breaks the tie)
    const dates = ['2024-01-10', '2024-02-10', '2024-02-10', '2024-03-10', '2024-04-10', '2024-05-10', '2024-06-10'];
    for (const [index, occurredOn] of dates.entries()) {
      const response = await app.http
        .post('/api/activities')
        .send({ allianceId, activityType: 'NETZWERKTREFFEN', occurredOn, title: `${q} ${index}` });
      expect(response.status).toBe(201);
    }
  });

  afterAll(async () => {
    await app.close();
  });

  const get = async (query: string): Promise<PageBody> => {
    const response = await app.http.get(`/api/activities?q=${q}&${query}`);
    expect(response.status).toBe(200);
    return response.body as PageBody;
  };

  it('pages through all rows by cursor in the same order as by offset', async () => {
    const byOffset = [...(await get('page=1&pageSize=3')).items, ...(await get('page=2&pageSize=3')).items, ...(await get('page=3&pageSize=3')).items];
    const first = await get('page=1&pageSize=3');
    expect(first.total).toBe(7);
    expect(first.totalCapped).toBeUndefined();
    const second = await get(`page=2&pageSize=3&after=${first.nextCursor}`);
    const third = await get(`page=3&pageSize=3&after=${second.nextCursor}`);
    expect([...first.items, ...second.items, ...third.items].map((i) => i.id)).toEqual(byOffset.map((i) => i.id));
    expect(third.items).toHaveLength(1);
    expect(third.nextCursor).toBeNull();
    expect(byOffset.map((i) => i.occurredOn)).toEqual([...byOffset.map((i) => i.occurredOn)].sort().reverse());
  });

  it('refuses a forged cursor and a cursor with another sort order with 400', async () => {
    const forged = await app.http.get(`/api/activities?after=${Buffer.from('["x"]').toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect(forged.body.code).toBe('INVALID_CURSOR');
    expect(forged.body.fields.after).toContain('Blätter-Cursor');
    const notBase64 = await app.http.get('/api/activities?after=a%2Fb');
    expect(notBase64.status).toBe(400);
    const first = await get('page=1&pageSize=3');
    const otherSort = await app.http.get(`/api/activities?sort=title&after=${first.nextCursor}`);
    expect(otherSort.status).toBe(400);
    expect(otherSort.body.code).toBe('CURSOR_NEEDS_DATE_SORT');
  });

  it('counts up to 10,000 rows and says when there are more', async () => {
    const tag = `Massentest${uniqueSuffix()}`;
    await app.dataSource.query(
      `INSERT INTO activity (alliance_id, activity_type, occurred_on, title)
       SELECT $1, 'NETZWERKTREFFEN', DATE '2020-01-01' + (n % 1000), $2 || ' ' || n FROM generate_series(1, 10001) n`,
      [allianceId, tag],
    );
    const response = await app.http.get(`/api/activities?q=${tag}&pageSize=5`);
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(10000);
    expect(response.body.totalCapped).toBe(true);
    await app.dataSource.query(`UPDATE activity SET archived_at = now() WHERE title LIKE $1 || ' %' AND title <> $1 || ' 1'`, [tag]);
    const after = await app.http.get(`/api/activities?q=${tag}&pageSize=5`);
    expect(after.body.total).toBe(1);
    expect(after.body.totalCapped).toBeUndefined();
  });
});
