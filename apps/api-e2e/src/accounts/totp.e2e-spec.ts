import { startTestApp, TestApp } from '../support/test-app';
import {
  createAccount,
  ErrorBody,
  login,
  loginWithTotp,
  newSecret,
  totpCode,
  wrongTotpCode,
} from './account-fixtures';

describe('Zwei-Faktor-Anmeldung (TOTP)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('keeps a session pending until the TOTP code is entered', async () => {
    const secret = newSecret();
    const account = await createAccount(app, 'FACHBERATUNG', { totpSecret: secret });
    const client = await login(app, account);
    expect(client.body).toMatchObject({ secondFactorRequired: true, totpEnrolmentRequired: false, user: { totpEnabled: true } });

    const blocked = await client.get('/api/organisations');
    expect(blocked.status).toBe(401);
    expect((blocked.body as ErrorBody).code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await client.get('/api/account/sessions')).status).toBe(401);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ secondFactorPending: true });

    const wrong = await client.post('/api/auth/totp').send({ code: wrongTotpCode(secret) });
    expect(wrong.status).toBe(401);
    expect((wrong.body as ErrorBody).code).toBe('INVALID_TOTP');
    const failures = await app.dataSource.query(`SELECT count(*)::int AS n FROM login_attempt WHERE email = $1 AND NOT succeeded`, [account.email]);
    expect(failures[0].n).toBe(1);

    const right = await client.post('/api/auth/totp').send({ code: totpCode(secret) });
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ secondFactorPending: false, user: { id: account.id } });
    expect((await client.get('/api/organisations')).status).toBe(200);
    expect((await client.post('/api/auth/totp').send({ code: totpCode(secret) })).status).toBe(409);

    const actions = await app.dataSource.query(`SELECT action, after FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [account.id]);
    expect(actions.map((a: { action: string }) => a.action)).toEqual(['LOGIN', 'LOGIN_FAILED', 'LOGIN']);
    expect(JSON.stringify(actions)).not.toContain(secret);
  });

  it('accepts the neighbouring 30-second steps (clock drift) and validates the code format', async () => {
    const secret = newSecret();
    const account = await createAccount(app, 'LEITUNG', { totpSecret: secret });
    const client = await login(app, account);
    const malformed = await client.post('/api/auth/totp').send({ code: '12ab56' });
    expect(malformed.status).toBe(400);
    expect((malformed.body as ErrorBody).fields?.['code']).toBe('Muss ein sechsstelliger Code sein.');
    const empty = await client.post('/api/auth/totp').send({});
    expect(empty.status).toBe(400);
    expect((await client.post('/api/auth/totp').send({ code: totpCode(secret, -1) })).status).toBe(200);
  });

  it('accepts a recovery code once', async () => {
    const secret = newSecret();
    const account = await createAccount(app, 'ADMINISTRATION', { totpSecret: secret, recoveryCodes: ['abcde-fghjk', 'mnpqr-stuvw'] });
    const first = await login(app, account);
    expect((await first.post('/api/auth/totp').send({ recoveryCode: 'ABCDE-FGHJK' })).status).toBe(200);
    expect((await first.get('/api/users')).status).toBe(200);
    const second = await login(app, account);
    const reused = await second.post('/api/auth/totp').send({ recoveryCode: 'abcde-fghjk' });
    expect(reused.status).toBe(401);
    expect((reused.body as ErrorBody).code).toBe('INVALID_TOTP');
    expect((await second.post('/api/auth/totp').send({ recoveryCode: 'mnpqrstuvw' })).status).toBe(200);
  });

  it('throttles TOTP guessing like password guessing', async () => {
    const secret = newSecret();
    const account = await createAccount(app, 'FACHBERATUNG', { totpSecret: secret });
    const client = await login(app, account);
    for (let i = 0; i < 5; i += 1) {
      expect((await client.post('/api/auth/totp').send({ code: wrongTotpCode(secret) })).status).toBe(401);
    }
    const blocked = await client.post('/api/auth/totp').send({ code: totpCode(secret) });
    expect(blocked.status).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
  });

  it('lets a TOTP role without TOTP reach only the enrolment, then completes the session on enabling', async () => {
    const account = await createAccount(app, 'FACHBERATUNG');
    const client = await login(app, account);
    expect(client.body).toMatchObject({ secondFactorRequired: false, totpEnrolmentRequired: true });
    expect((await client.get('/api/organisations')).body).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
    expect((await client.get('/api/auth/me')).body).toMatchObject({ secondFactorPending: true, totpEnrolmentRequired: true });
    expect((await client.post('/api/auth/totp').send({ code: '123456' })).body).toMatchObject({ code: 'TOTP_NOT_ENABLED' });

    expect((await client.post('/api/account/totp/enable').send({ code: '123456' })).body).toMatchObject({ code: 'TOTP_SETUP_MISSING' });
    const setup = await client.post('/api/account/totp/setup');
    expect(setup.status).toBe(200);
    const secret = setup.body.secret as string;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(setup.body.otpauthUrl as string);
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('issuer')).toBe('Bündnisnetz');
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('digits')).toBe('6');
    expect(url.searchParams.get('period')).toBe('30');
    expect(setup.body.otpauthUrl).toContain(encodeURIComponent(account.email));

    const wrong = await client.post('/api/account/totp/enable').send({ code: wrongTotpCode(secret) });
    expect(wrong.status).toBe(400);
    expect((wrong.body as ErrorBody).fields?.['code']).toEqual(expect.any(String));

    const enabled = await client.post('/api/account/totp/enable').send({ code: totpCode(secret) });
    expect(enabled.status).toBe(200);
    const codes = enabled.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await client.get('/api/organisations')).status).toBe(200);

    const stored = await app.dataSource.query(`SELECT code_hash FROM recovery_code WHERE user_id = $1`, [account.id]);
    expect(stored).toHaveLength(10);
    expect(JSON.stringify(stored)).not.toContain(codes[0]);
    expect((await client.post('/api/account/totp/disable').send({ code: totpCode(secret) })).body).toMatchObject({ code: 'TOTP_REQUIRED' });
    expect((await client.post('/api/account/totp/setup')).body).toMatchObject({ code: 'TOTP_ALREADY_ENABLED' });

    // the next login asks for the code, and a recovery code from the set works
    const next = await login(app, account);
    expect(next.body).toMatchObject({ secondFactorRequired: true, totpEnrolmentRequired: false });
    expect((await next.post('/api/auth/totp').send({ recoveryCode: codes[3] })).status).toBe(200);
  });

  it('does not let a pending session replace an existing TOTP secret', async () => {
    const secret = newSecret();
    const account = await createAccount(app, 'KOORDINATION', { totpSecret: secret });
    const client = await login(app, account);
    const setup = await client.post('/api/account/totp/setup');
    expect(setup.status).toBe(401);
    expect((setup.body as ErrorBody).code).toBe('SECOND_FACTOR_REQUIRED');
    expect((await client.post('/api/account/totp/enable').send({ code: totpCode(secret) })).status).toBe(401);
    const [row] = await app.dataSource.query(`SELECT totp_secret FROM user_account WHERE id = $1`, [account.id]);
    expect(row.totp_secret).toBe(secret);
  });

  it('lets optional roles switch TOTP on and off and renew recovery codes', async () => {
    const account = await createAccount(app, 'KOORDINATION');
    const client = await login(app, account);
    expect(client.body).toMatchObject({ secondFactorRequired: false, totpEnrolmentRequired: false });
    expect((await client.post('/api/account/totp/disable').send({ code: '123456' })).body).toMatchObject({ code: 'TOTP_NOT_ENABLED' });
    const secret = (await client.post('/api/account/totp/setup')).body.secret as string;
    const first = (await client.post('/api/account/totp/enable').send({ code: totpCode(secret) })).body.recoveryCodes as string[];

    const renewed = await client.post('/api/account/recovery-codes').send({ code: totpCode(secret) });
    expect(renewed.status).toBe(200);
    const second = renewed.body.recoveryCodes as string[];
    expect(second).toHaveLength(10);
    expect(second).not.toContain(first[0]);
    expect((await client.post('/api/account/recovery-codes').send({ code: wrongTotpCode(secret) })).status).toBe(400);

    const withTotp = await loginWithTotp(app, { ...account, totpSecret: secret });
    const oldCode = await (await login(app, account)).post('/api/auth/totp').send({ recoveryCode: first[0] });
    expect(oldCode.status).toBe(401);

    expect((await withTotp.post('/api/account/totp/disable').send({ code: totpCode(secret) })).status).toBe(204);
    const [row] = await app.dataSource.query(`SELECT totp_secret, totp_enabled_at FROM user_account WHERE id = $1`, [account.id]);
    expect(row).toEqual({ totp_secret: null, totp_enabled_at: null });
    expect((await login(app, account)).body).toMatchObject({ secondFactorRequired: false });
    const audit = await app.dataSource.query(`SELECT after FROM audit_entry WHERE entity_id = $1 AND action = 'ACCOUNT'`, [account.id]);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(first[1]);
  });
});
