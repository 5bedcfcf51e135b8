import { startTestApp, TestApp } from '../support/test-app';
import { createAccount, ErrorBody, freshIp, login, loginRequest, OTHER_STRONG_PASSWORD } from './account-fixtures';

describe('Eigenes Konto: Sitzungen und Passwort', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists the own live sessions and ends one of them', async () => {
    const account = await createAccount(app, 'MENTOR');
    const first = await login(app, account);
    const second = await login(app, account);
    const list = await first.get('/api/account/sessions').set('User-Agent', 'Testbrowser');
    expect(list.status).toBe(200);
    const sessions = list.body as { id: string; current: boolean; ip: string | null; createdAt: string; lastSeenAt: string; userAgent: string | null }[];
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    const current = sessions.find((s) => s.current);
    expect(current?.ip).toBe(first.ip);
    const other = sessions.find((s) => !s.current);
    expect(other?.ip).toBe(second.ip);

    expect((await first.delete(`/api/account/sessions/${other?.id}`)).status).toBe(204);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    expect((await first.get('/api/account/sessions')).body).toHaveLength(1);
    expect((await first.delete(`/api/account/sessions/${other?.id}`)).status).toBe(404);
  });

  it('answers 404 for another user’s session and 400 for a malformed id', async () => {
    const mine = await createAccount(app, 'MINISTERIUM');
    const theirs = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, mine);
    await login(app, theirs);
    const [foreign] = await app.dataSource.query(`SELECT id FROM user_session WHERE user_id = $1`, [theirs.id]);
    const response = await client.delete(`/api/account/sessions/${foreign.id}`);
    expect(response.status).toBe(404);
    expect((response.body as ErrorBody).code).toBe('SESSION_NOT_FOUND');
    const [still] = await app.dataSource.query(`SELECT ended_at FROM user_session WHERE id = $1`, [foreign.id]);
    expect(still.ended_at).toBeNull();
    expect((await client.delete('/api/account/sessions/keine-id')).status).toBe(400);
  });

  it('changes the password, ends the other sessions and keeps the current one', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const current = await login(app, account);
    const other = await login(app, account);
    const response = await current.post('/api/account/password').send({ currentPassword: account.password, newPassword: OTHER_STRONG_PASSWORD });
    expect(response.status).toBe(204);
    expect((await other.get('/api/auth/me')).status).toBe(401);
    expect((await current.get('/api/auth/me')).status).toBe(200);
    expect((await loginRequest(app, account.email, account.password, freshIp())).status).toBe(401);
    await login(app, { email: account.email, password: OTHER_STRONG_PASSWORD });

    const [audit] = await app.dataSource.query(`SELECT * FROM audit_entry WHERE entity_id = $1 AND action = 'ACCOUNT'`, [account.id]);
    expect(audit.after).toMatchObject({ event: 'PASSWORT_GEAENDERT' });
    const text = JSON.stringify(audit);
    expect(text).not.toContain(account.password);
    expect(text).not.toContain(OTHER_STRONG_PASSWORD);
  });

  it('refuses a wrong current password and a weak new one with German field messages', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    const wrong = await client.post('/api/account/password').send({ currentPassword: 'Nicht-das-Passwort-1', newPassword: OTHER_STRONG_PASSWORD });
    expect(wrong.status).toBe(400);
    expect((wrong.body as ErrorBody).fields).toEqual({ currentPassword: 'Das aktuelle Passwort ist falsch.' });

    const localPart = account.email.split('@')[0];
    const cases: [string, RegExp][] = [
      ['kurz-1234', /mindestens 12 Zeichen/],
      ['x'.repeat(257), /höchstens 256 Zeichen/],
      ['Password1234', /zu verbreitet/],
      ['QWERTZUIOP123', /zu verbreitet/],
      [account.email, /E-Mail-Adresse/],
      [`Mein-${localPart}-2026`, /vor dem @/],
    ];
    for (const [newPassword, message] of cases) {
      const response = await client.post('/api/account/password').send({ currentPassword: account.password, newPassword });
      expect({ newPassword, status: response.status }).toEqual({ newPassword, status: 400 });
      expect((response.body as ErrorBody).fields?.['newPassword']).toMatch(message);
    }
    const [row] = await app.dataSource.query(`SELECT password_changed_at FROM user_account WHERE id = $1`, [account.id]);
    expect(row.password_changed_at).toBeNull();
  });

  it('needs a session and validates the body', async () => {
    expect((await app.anonymous.get('/api/account/sessions')).status).toBe(401);
    const account = await createAccount(app, 'MINISTERIUM');
    const client = await login(app, account);
    const response = await client.post('/api/account/password').send({ currentPassword: 5 });
    expect(response.status).toBe(400);
    expect(Object.keys((response.body as ErrorBody).fields ?? {}).sort()).toEqual(['currentPassword', 'newPassword']);
  });
});
