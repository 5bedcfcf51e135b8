import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

describe('Security hygiene: headers, CSRF, authentication', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  const organisation = () => ({ name: `CSRF-Test ${uniqueSuffix()}`, sector: 'ZIVILGESELLSCHAFT', actorType: 'VEREIN_INITIATIVE' });

  it('sends the security headers', async () => {
    const response = await app.anonymous.get('/api/health');
    expect(response.status).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    const directives = new Map(
      csp
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d{7,}/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toEqual(expect.stringMatching(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/));
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('sends the headers on errors and on authenticated answers as well', async () => {
    for (const response of [await app.anonymous.get('/api/organisations'), await app.http.get('/api/organisations?pageSize=1'), await app.http.get('/api/gibt-es-nicht')]) {
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('rejects cookie-authenticated writes from another site with 403 CSRF_REJECTED and writes nothing', async () => {
    const body = organisation();
    const fromOrigin = await app.http.post('/api/organisations').set('Origin', 'https://evil.example').send(body);
    expect(fromOrigin.status).toBe(403);
    expect(fromOrigin.body.code).toBe('CSRF_REJECTED');
    const fromSite = await app.http.post('/api/organisations').set('Sec-Fetch-Site', 'cross-site').send(body);
    expect(fromSite.status).toBe(403);
    expect(fromSite.body.code).toBe('CSRF_REJECTED');
    const sameSite = await app.http.post('/api/organisations').set('Sec-Fetch-Site', 'same-site').send(body);
    expect(sameSite.status).toBe(403);
    const malformedOrigin = await app.http.post('/api/organisations').set('Origin', 'null').send(body);
    expect(malformedOrigin.status).toBe(403);
    const update = await app.http.put(`/api/organisations/${UNKNOWN_ID}`).set('Origin', 'https://evil.example').send({ ...body, version: 1 });
    expect(update.status).toBe(403);
    expect(update.body.code).toBe('CSRF_REJECTED');
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM organisation WHERE name = $1`, [body.name]);
    expect(count).toBe(0);
  });

  it('accepts same-origin writes and requests without browser headers', async () => {
    const sameOrigin = await app.http
      .post('/api/organisations')
      .set('Host', 'buendnisnetz.example')
      .set('Origin', 'https://buendnisnetz.example')
      .set('Sec-Fetch-Site', 'same-origin')
      .send(organisation());
    expect(sameOrigin.status).toBe(201);
    const userInitiated = await app.http.post('/api/organisations').set('Sec-Fetch-Site', 'none').send(organisation());
    expect(userInitiated.status).toBe(201);
    const noBrowser = await app.http.post('/api/organisations').send(organisation());
    expect(noBrowser.status).toBe(201);
  });

  it('lets cross-site reads through (they change nothing and the answer is not readable cross-origin)', async () => {
    const response = await app.http.get('/api/organisations?pageSize=1').set('Origin', 'https://evil.example').set('Sec-Fetch-Site', 'cross-site');
    expect(response.status).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers requests without a valid session with 401 UNAUTHENTICATED', async () => {
    for (const response of [
      await app.anonymous.get(`/api/organisations/${UNKNOWN_ID}`),
      await app.anonymous.get('/api/organisations'),
      await app.anonymous.post('/api/organisations').send(organisation()),
      await app.anonymous.get(`/api/organisations/${UNKNOWN_ID}`).set('Cookie', 'bn_session=erfunden'),
      await app.anonymous.get(`/api/organisations/${UNKNOWN_ID}`).set('Cookie', '__Host-bn_session=erfunden'),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    }
  });

  it('answers an ended session with 401', async () => {
    const other = await app.signIn('FACHBERATUNG');
    expect((await other.get('/api/organisations?pageSize=1')).status).toBe(200);
    await app.dataSource.query(`UPDATE user_session SET ended_at = now(), ended_reason = 'LOGOUT' WHERE user_id = $1`, [other.user.userId]);
    const response = await other.get('/api/organisations?pageSize=1');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });
});
