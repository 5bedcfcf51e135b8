import { startTestApp, TestApp } from '../support/test-app';
import {
  argon2Parameters,
  clientWith,
  createAccount,
  ErrorBody,
  freshIp,
  login,
  loginRequest,
  sessionCookie,
  setCookieHeader,
  STRONG_PASSWORD,
} from './account-fixtures';

describe('Anmeldung: Passwort, Sitzung, Drosselung', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('logs in, sets an HttpOnly, SameSite=Lax, Secure cookie and answers the user and session times', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const response = await loginRequest(app, account.email.toUpperCase(), account.password, freshIp());
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { id: account.id, email: account.email, role: 'MINISTERIUM', allianceIds: [], mentorProfileId: null, totpEnabled: false },
      secondFactorRequired: false,
      totpEnrolmentRequired: false,
    });
    const idle = Date.parse(response.body.idleExpiresAt as string) - Date.now();
    const absolute = Date.parse(response.body.expiresAt as string) - Date.now();
    expect(idle).toBeGreaterThan(29 * 60_000);
    expect(idle).toBeLessThanOrEqual(30 * 60_000 + 1000);
    expect(absolute).toBeGreaterThan(9.9 * 3600_000);
    const header = setCookieHeader(response);
    expect(header).toMatch(/^bn_session=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/Path=\//);

    const cookie = sessionCookie(response) ?? '';
    const me = await clientWith(app, cookie, freshIp()).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { id: account.id }, secondFactorPending: false, totpEnrolmentRequired: false });
    const [user] = await app.dataSource.query(`SELECT last_login_at FROM user_account WHERE id = $1`, [account.id]);
    expect(user.last_login_at).not.toBeNull();
  });

  it('uses the __Host- prefix over HTTPS (X-Forwarded-Proto from the trusted loopback proxy)', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const response = await loginRequest(app, account.email, account.password, freshIp()).set('X-Forwarded-Proto', 'https');
    expect(response.status).toBe(200);
    const header = setCookieHeader(response);
    expect(header).toMatch(/^__Host-bn_session=/);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).toMatch(/Secure/);
    expect(header).toMatch(/Path=\//);
    expect(header).not.toMatch(/Domain=/);
    const me = await clientWith(app, sessionCookie(response) ?? '', freshIp()).get('/api/auth/me');
    expect(me.status).toBe(200);
  });

  it('answers a wrong password and an unknown e-mail with the same 401 and writes no session', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const sessionsBefore = await app.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [account.id]);
    const wrong = await loginRequest(app, account.email, 'Falsches-Passwort-123', freshIp());
    const unknown = await loginRequest(app, `niemand-${Date.now()}@example.org`, STRONG_PASSWORD, freshIp());
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'E-Mail-Adresse oder Passwort ist falsch.' });
      expect(sessionCookie(response)).toBeNull();
    }
    const sessionsAfter = await app.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [account.id]);
    expect(sessionsAfter[0].n).toBe(sessionsBefore[0].n);
  });

  it('refuses disabled accounts and accounts without a password like wrong credentials', async () => {
    const disabled = await createAccount(app, 'MINISTERIUM');
    await app.dataSource.query(`UPDATE user_account SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    const invited = await createAccount(app, 'MINISTERIUM', { password: null });
    for (const [email, password] of [
      [disabled.email, disabled.password],
      [invited.email, STRONG_PASSWORD],
    ]) {
      const response = await loginRequest(app, email, password, freshIp());
      expect(response.status).toBe(401);
      expect((response.body as ErrorBody).code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('validates the login body', async () => {
    const response = await app.anonymous.post('/api/auth/login').send({ email: 'keine-adresse', password: '' });
    expect(response.status).toBe(400);
    expect(Object.keys((response.body as ErrorBody).fields ?? {}).sort()).toEqual(['email', 'password']);
    const extra = await app.anonymous.post('/api/auth/login').send({ email: 'a@example.org', password: 'x', role: 'LEITUNG' });
    expect(extra.status).toBe(400);
  });

  it('answers the 6th failure within a minute for one e-mail with 429 and Retry-After', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    for (let i = 0; i < 5; i += 1) {
      const response = await loginRequest(app, account.email, `Falsch-${i}-Passwort`, freshIp());
      expect(response.status).toBe(401);
    }
    const sixth = await loginRequest(app, account.email, 'Falsch-6-Passwort', freshIp());
    expect(sixth.status).toBe(429);
    expect((sixth.body as ErrorBody).code).toBe('TOO_MANY_ATTEMPTS');
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // even the right password waits
    const correct = await loginRequest(app, account.email, account.password, freshIp());
    expect(correct.status).toBe(429);
    // once the failures are older than a minute, the account can sign in again
    await app.dataSource.query(`UPDATE login_attempt SET attempted_at = attempted_at - interval '61 seconds' WHERE email = $1`, [account.email]);
    expect((await loginRequest(app, account.email, account.password, freshIp())).status).toBe(200);
  });

  it('throttles one client address after five failures on different accounts, but not other users', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) {
      const response = await loginRequest(app, `unbekannt-${i}-${Date.now()}@example.org`, 'Irgendein-Passwort-1', ip);
      expect(response.status).toBe(401);
    }
    const victim = await createAccount(app, 'MINISTERIUM');
    const blocked = await loginRequest(app, victim.email, victim.password, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // the same user from another address is not affected
    const elsewhere = await loginRequest(app, victim.email, victim.password, freshIp());
    expect(elsewhere.status).toBe(200);
    // ordinary API calls from the throttled address go on
    const session = clientWith(app, sessionCookie(elsewhere) ?? '', ip);
    expect((await session.get('/api/auth/me')).status).toBe(200);
  });

  it('never limits ordinary API use', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) statuses.push((await client.get('/api/auth/me')).status);
    expect(statuses).toEqual(Array(12).fill(200));
  });

  it('writes LOGIN, LOGIN_FAILED and login_attempt rows without any password text', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const wrongPassword = 'Vertippt-Geheimnis-99';
    expect((await loginRequest(app, account.email, wrongPassword, freshIp())).status).toBe(401);
    await login(app, account);
    const entries: { action: string; actor_id: string | null; entity_type: string }[] = await app.dataSource.query(
      `SELECT * FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`,
      [account.id],
    );
    expect(entries.map((e) => e.action)).toEqual(['LOGIN_FAILED', 'LOGIN']);
    expect(entries.every((e) => e.entity_type === 'UserAccount' && e.actor_id === account.id)).toBe(true);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(wrongPassword);
    expect(text).not.toContain(account.password);
    expect(text).not.toMatch(/argon2/);
    const unknownEmail = `fremd-${Date.now()}@example.org`;
    await loginRequest(app, unknownEmail, wrongPassword, freshIp());
    const [unknown] = await app.dataSource.query(`SELECT * FROM audit_entry WHERE action = 'LOGIN_FAILED' AND after->>'email' = $1`, [unknownEmail]);
    expect(unknown).toMatchObject({ entity_id: null, actor_id: null });
    expect(JSON.stringify(unknown)).not.toContain(wrongPassword);
    const attempts = await app.dataSource.query(`SELECT succeeded FROM login_attempt WHERE email = $1 ORDER BY attempted_at`, [account.email]);
    expect(attempts.map((a: { succeeded: boolean }) => a.succeeded)).toEqual([false, true]);
  });

  it('stores argon2id hashes with m=19456, t=2, p=1', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    const newPassword = 'Neues-Sicheres-Passwort-2026';
    expect((await client.post('/api/account/password').send({ currentPassword: account.password, newPassword })).status).toBe(204);
    const [row] = await app.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [account.id]);
    expect(argon2Parameters(row.password_hash)).toEqual({ type: 'argon2id', v: '19', m: '19456', t: '2', p: '1' });
  });
});

describe('Sitzung: Leerlauf, Höchstdauer, Verlängern, Abmelden', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('ends a session after 30 minutes without use', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    await app.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [account.id]);
    const response = await client.get('/api/auth/me');
    expect(response.status).toBe(401);
    expect((response.body as ErrorBody).code).toBe('UNAUTHENTICATED');
  });

  it('ends a session at its absolute end', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    const [session] = await app.dataSource.query(`SELECT expires_at - created_at AS lifetime FROM user_session WHERE user_id = $1`, [account.id]);
    expect(session.lifetime).toMatchObject({ hours: 10 });
    await app.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [account.id]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('extends the idle time on request and reports the session times after a pause', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    await app.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '20 minutes' WHERE user_id = $1`, [account.id]);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(Date.parse(me.body.idleExpiresAt as string)).toBeGreaterThan(Date.now() + 29 * 60_000);
    await app.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '10 minutes' WHERE user_id = $1`, [account.id]);
    const extended = await client.post('/api/auth/extend');
    expect(extended.status).toBe(200);
    expect(Date.parse(extended.body.idleExpiresAt as string)).toBeGreaterThan(Date.now() + 29 * 60_000);
    expect(Date.parse(extended.body.expiresAt as string)).toBeGreaterThan(Date.now() + 9 * 3600_000);
    const [row] = await app.dataSource.query(`SELECT now() - last_seen_at < interval '1 minute' AS fresh FROM user_session WHERE user_id = $1`, [account.id]);
    expect(row.fresh).toBe(true);
  });

  it('logs out: the cookie is cleared and no longer works', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(setCookieHeader(response)).toMatch(/bn_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const [session] = await app.dataSource.query(`SELECT ended_at, ended_reason FROM user_session WHERE user_id = $1`, [account.id]);
    expect(session.ended_at).not.toBeNull();
    expect(session.ended_reason).toBe('LOGOUT');
    const actions = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [account.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['LOGIN', 'LOGOUT']);
  });

  it('needs a session for /auth/me, /auth/extend and /auth/logout', async () => {
    for (const [method, path] of [
      ['get', '/api/auth/me'],
      ['post', '/api/auth/extend'],
      ['post', '/api/auth/logout'],
    ] as const) {
      const response = await app.anonymous[method](path);
      expect(response.status).toBe(401);
    }
  });
});
