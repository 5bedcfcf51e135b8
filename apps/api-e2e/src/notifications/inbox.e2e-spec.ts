import { SessionHttp, startTestApp, TestApp, TestUser } from '../support/test-app';

type Signed = SessionHttp & { user: TestUser };

describe('Inbox API: every user sees and marks only their own notifications', () => {
  let app: TestApp;
  let anna: Signed;
  let bernd: Signed;
  let annaIds: string[];
  let berndId: string;

  const insert = async (userId: string, title: string, minutesAgo: number): Promise<string> => {
    const [row] = await app.dataSource.query(
      `INSERT INTO notification (recipient_id, kind, title, body, link_path, created_at)
       VALUES ($1, 'REPORT_SUBMITTED', $2, 'Ein Bericht liegt zur Prüfung vor.', '/einsaetze/1', now() - make_interval(mins => $3)) RETURNING id`,
      [userId, title, minutesAgo],
    );
    return row.id as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    anna = await app.signIn('FACHBERATUNG');
    bernd = await app.signIn('KOORDINATION');
    annaIds = [await insert(anna.user.userId, 'Älteste', 30), await insert(anna.user.userId, 'Mittlere', 20), await insert(anna.user.userId, 'Neueste', 10)];
    berndId = await insert(bernd.user.userId, 'Berndʼs', 5);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists the own notifications, newest first, paged', async () => {
    const all = await anna.get('/api/inbox');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((item: { title: string }) => item.title)).toEqual(['Neueste', 'Mittlere', 'Älteste']);
    expect(all.body.items[0]).toEqual({
      id: annaIds[2],
      kind: 'REPORT_SUBMITTED',
      title: 'Neueste',
      body: 'Ein Bericht liegt zur Prüfung vor.',
      link: '/einsaetze/1',
      createdAt: expect.any(String),
      readAt: null,
    });
    const second = await anna.get('/api/inbox?page=2&pageSize=2');
    expect(second.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.body.items.map((item: { title: string }) => item.title)).toEqual(['Älteste']);
  });

  it('marks one as read, counts and filters unread ones', async () => {
    expect((await anna.get('/api/inbox/unread-count')).body).toEqual({ unread: 3 });
    const read = await anna.post(`/api/inbox/${annaIds[1]}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    const again = await anna.post(`/api/inbox/${annaIds[1]}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await anna.get('/api/inbox/unread-count')).body).toEqual({ unread: 2 });
    const unread = await anna.get('/api/inbox?unread=true');
    expect(unread.body.total).toBe(2);
    expect(unread.body.items.map((item: { id: string }) => item.id)).toEqual([annaIds[2], annaIds[0]]);
  });

  it('answers another user’s notification like a missing one (404) and leaves it unread', async () => {
    const foreign = await bernd.post(`/api/inbox/${annaIds[0]}/read`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('NOTIFICATION_NOT_FOUND');
    const [row] = await app.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [annaIds[0]]);
    expect(row.read_at).toBeNull();
    const [audit] = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'Notification' AND entity_id = $1`, [annaIds[0]]);
    expect(audit).toEqual({ action: 'PERMISSION_DENIED' });
    const list = await bernd.get('/api/inbox');
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([berndId]);
    expect((await bernd.post('/api/inbox/7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d/read')).status).toBe(404);
  });

  it('marks all own notifications as read, and no one else’s', async () => {
    const all = await anna.post('/api/inbox/read-all');
    expect(all.status).toBe(200);
    expect(all.body).toEqual({ marked: 2 });
    expect((await anna.get('/api/inbox/unread-count')).body).toEqual({ unread: 0 });
    expect((await bernd.get('/api/inbox/unread-count')).body).toEqual({ unread: 1 });
  });

  it('is open to every role, and to nobody without a session', async () => {
    const ministry = await app.signIn('MINISTERIUM');
    expect((await ministry.get('/api/inbox')).body).toMatchObject({ items: [], total: 0 });
    expect((await app.anonymous.get('/api/inbox')).status).toBe(401);
  });

  it.each([
    ['/api/inbox?pageSize=1000', 'pageSize'],
    ['/api/inbox?page=0', 'page'],
    ['/api/inbox?unread=vielleicht', 'unread'],
    ['/api/inbox?sort=title', 'sort'],
  ])('rejects %s with 400 and a German field message', async (path, field) => {
    const response = await anna.get(path);
    expect(response.status).toBe(400);
    expect(response.body.fields?.[field]).toEqual(expect.any(String));
  });

  it('rejects a malformed id with 400', async () => {
    const response = await anna.post('/api/inbox/keine-id/read');
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_ID');
  });
});
