import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import {
  argon2Parameters,
  createAccount,
  createAlliance,
  createMentorProfile,
  ErrorBody,
  freshIp,
  login,
  loginRequest,
  OTHER_STRONG_PASSWORD,
  STRONG_PASSWORD,
} from './account-fixtures';

interface InvitationBody {
  user: { id: string; email: string; role: string; allianceIds: string[]; invitationPending: boolean; version: number };
  invitation: { link: string; expiresAt: string };
}

const tokenOf = (link: string): string => link.split('/').pop() ?? '';

describe('Einladung und Passwort zurücksetzen', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('FACHBERATUNG');
  });

  afterAll(async () => {
    await app.close();
  });

  it('invites a coordinator as Fachberatung; the invitee sets a password once and can log in', async () => {
    const allianceId = await createAlliance(app);
    const email = `Eingeladen-${uniqueSuffix()}@Example.org`;
    const response = await app.http
      .post('/api/users/invitations')
      .send({ email, displayName: 'Ina Eingeladen', role: 'KOORDINATION', allianceIds: [allianceId] });
    expect(response.status).toBe(201);
    const body = response.body as InvitationBody;
    expect(body.user).toMatchObject({ email: email.toLowerCase(), role: 'KOORDINATION', allianceIds: [allianceId], invitationPending: true, version: 1 });
    expect(body.invitation.link).toMatch(/^\/einladung\/[A-Za-z0-9_-]{40,}$/);
    const validity = Date.parse(body.invitation.expiresAt) - Date.now();
    expect(validity).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(validity).toBeLessThanOrEqual(7 * 24 * 3600_000 + 5000);
    const token = tokenOf(body.invitation.link);
    const [stored] = await app.dataSource.query(`SELECT token_hash, purpose FROM one_time_token WHERE user_id = $1`, [body.user.id]);
    expect(stored.purpose).toBe('EINLADUNG');
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    // not yet usable
    expect((await loginRequest(app, email, STRONG_PASSWORD, freshIp())).status).toBe(401);

    const weak = await app.anonymous.post('/api/auth/invitations/accept').send({ token, password: 'passwort' });
    expect(weak.status).toBe(400);
    expect((weak.body as ErrorBody).fields?.['password']).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.');
    const common = await app.anonymous.post('/api/auth/invitations/accept').send({ token, password: 'iloveyou1234' });
    expect((common.body as ErrorBody).fields?.['password']).toMatch(/zu verbreitet/);

    const accepted = await app.anonymous.post('/api/auth/invitations/accept').send({ token, password: STRONG_PASSWORD });
    expect(accepted.status).toBe(204);
    const client = await login(app, { email, password: STRONG_PASSWORD });
    expect(client.body).toMatchObject({ user: { role: 'KOORDINATION', allianceIds: [allianceId] }, secondFactorRequired: false });
    const [hash] = await app.dataSource.query(`SELECT password_hash FROM user_account WHERE id = $1`, [body.user.id]);
    expect(argon2Parameters(hash.password_hash)).toEqual({ type: 'argon2id', v: '19', m: '19456', t: '2', p: '1' });

    const reused = await app.anonymous.post('/api/auth/invitations/accept').send({ token, password: OTHER_STRONG_PASSWORD });
    expect(reused.status).toBe(400);
    expect((reused.body as ErrorBody).code).toBe('INVALID_TOKEN');
    expect((reused.body as ErrorBody).message).toMatch(/Link ist ungültig/);

    const audit = await app.dataSource.query(`SELECT action, actor, after FROM audit_entry WHERE entity_id = $1 ORDER BY occurred_at`, [body.user.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'LOGIN_FAILED', 'ACCOUNT', 'LOGIN']);
    expect(audit[0].actor).toBe(app.user.displayName);
    const text = JSON.stringify(audit);
    expect(text).not.toContain(token);
    expect(text).not.toContain(STRONG_PASSWORD);
  });

  it('answers unknown and expired tokens with 400 INVALID_TOKEN', async () => {
    const unknown = await app.anonymous.post('/api/auth/invitations/accept').send({ token: 'gibt-es-nicht', password: STRONG_PASSWORD });
    expect(unknown.status).toBe(400);
    expect((unknown.body as ErrorBody).code).toBe('INVALID_TOKEN');

    const mentorProfileId = await createMentorProfile(app);
    const invited = await app.http
      .post('/api/users/invitations')
      .send({ email: `mentorin-${uniqueSuffix()}@example.org`, displayName: 'Mia Mentorin', role: 'MENTOR', mentorProfileId });
    expect(invited.status).toBe(201);
    const body = invited.body as InvitationBody;
    await app.dataSource.query(`UPDATE one_time_token SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [body.user.id]);
    const expired = await app.anonymous.post('/api/auth/invitations/accept').send({ token: tokenOf(body.invitation.link), password: STRONG_PASSWORD });
    expect(expired.status).toBe(400);
    expect((expired.body as ErrorBody).code).toBe('INVALID_TOKEN');
  });

  it('lets the Fachberatung invite only coordinators and mentors', async () => {
    for (const role of ['LEITUNG', 'ADMINISTRATION', 'FACHBERATUNG', 'MINISTERIUM']) {
      const email = `verboten-${uniqueSuffix()}@example.org`;
      const response = await app.http.post('/api/users/invitations').send({ email, displayName: 'Nicht Erlaubt', role });
      expect({ role, status: response.status }).toEqual({ role, status: 403 });
      expect(await app.dataSource.query(`SELECT 1 FROM user_account WHERE email = $1`, [email])).toHaveLength(0);
    }
    const admin = await app.signIn('ADMINISTRATION');
    const byAdmin = await admin.post('/api/users/invitations').send({ email: `leitung-${uniqueSuffix()}@example.org`, displayName: 'Lea Leitung', role: 'LEITUNG' });
    expect(byAdmin.status).toBe(201);
    const coordinator = await app.signIn('KOORDINATION');
    expect((await coordinator.post('/api/users/invitations').send({ email: `x-${uniqueSuffix()}@example.org`, displayName: 'X', role: 'MENTOR' })).status).toBe(403);
  });

  it('checks roles, alliances, mentor profiles and duplicate e-mails', async () => {
    const email = () => `pruefung-${uniqueSuffix()}@example.org`;
    const post = (body: Record<string, unknown>) => app.http.post('/api/users/invitations').send({ email: email(), displayName: 'Prüfung', ...body });
    expect((await post({ role: 'KOORDINATION' })).body).toMatchObject({ code: 'ALLIANCES_REQUIRED', fields: { allianceIds: expect.any(String) } });
    expect((await post({ role: 'KOORDINATION', allianceIds: [] })).body).toMatchObject({ code: 'ALLIANCES_REQUIRED' });
    expect((await post({ role: 'KOORDINATION', allianceIds: ['00000000-0000-4000-8000-000000000000'] })).body).toMatchObject({
      code: 'ALLIANCE_NOT_FOUND',
      fields: { allianceIds: expect.any(String) },
    });
    expect((await post({ role: 'MENTOR' })).body).toMatchObject({ code: 'MENTOR_PROFILE_REQUIRED' });
    expect((await post({ role: 'MENTOR', mentorProfileId: '00000000-0000-4000-8000-000000000000' })).body).toMatchObject({ code: 'MENTOR_PROFILE_NOT_FOUND' });
    const mentorProfileId = await createMentorProfile(app);
    expect((await post({ role: 'MENTOR', mentorProfileId })).status).toBe(201);
    const linked = await post({ role: 'MENTOR', mentorProfileId });
    expect(linked.status).toBe(409);
    expect((linked.body as ErrorBody).code).toBe('MENTOR_PROFILE_LINKED');
    expect((await post({ role: 'MENTOR', mentorProfileId: await createMentorProfile(app), allianceIds: [await createAlliance(app)] })).body).toMatchObject({
      code: 'ALLIANCES_ONLY_FOR_COORDINATION',
    });

    const existing = await createAccount(app, 'MINISTERIUM');
    const duplicate = await app.http
      .post('/api/users/invitations')
      .send({ email: existing.email.toUpperCase(), displayName: 'Doppelt', role: 'MENTOR', mentorProfileId: await createMentorProfile(app) });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ code: 'EMAIL_TAKEN', fields: { email: expect.any(String) } });
  });

  it('resets a forgotten password: always 202, a link only for existing accounts, all sessions end', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const session = await login(app, account);
    const tokensBefore = await app.dataSource.query(`SELECT count(*)::int AS n FROM one_time_token`);
    const unknown = await app.anonymous.post('/api/auth/password-reset/request').send({ email: `niemand-${uniqueSuffix()}@example.org` });
    expect(unknown.status).toBe(202);
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM one_time_token`))[0].n).toBe(tokensBefore[0].n);

    const known = await app.anonymous.post('/api/auth/password-reset/request').send({ email: account.email });
    expect(known.status).toBe(202);
    expect(known.body).toEqual({});
    const [row] = await app.dataSource.query(`SELECT purpose, extract(epoch FROM expires_at - created_at)::int AS validity FROM one_time_token WHERE user_id = $1`, [account.id]);
    expect(row.purpose).toBe('PASSWORT_RESET');
    expect(row.validity).toBe(24 * 3600);

    // the link reaches the user by e-mail later; here the administration creates one to follow it
    const admin = await app.signIn('ADMINISTRATION');
    const link = await admin.post(`/api/users/${account.id}/password-reset`);
    expect(link.status).toBe(201);
    expect(link.body.link).toMatch(/^\/passwort-zuruecksetzen\/[A-Za-z0-9_-]{40,}$/);
    const token = tokenOf(link.body.link as string);
    const [earlier] = await app.dataSource.query(`SELECT count(*)::int AS n FROM one_time_token WHERE user_id = $1 AND used_at IS NULL`, [account.id]);
    expect(earlier.n).toBe(1);

    const weak = await app.anonymous.post('/api/auth/password-reset/confirm').send({ token, password: 'zu-kurz' });
    expect((weak.body as ErrorBody).fields?.['password']).toMatch(/mindestens 12 Zeichen/);
    const wrongPurpose = await app.anonymous.post('/api/auth/invitations/accept').send({ token, password: OTHER_STRONG_PASSWORD });
    expect((wrongPurpose.body as ErrorBody).code).toBe('INVALID_TOKEN');
    const confirmed = await app.anonymous.post('/api/auth/password-reset/confirm').send({ token, password: OTHER_STRONG_PASSWORD });
    expect(confirmed.status).toBe(204);
    expect((await session.get('/api/auth/me')).status).toBe(401);
    expect((await loginRequest(app, account.email, account.password, freshIp())).status).toBe(401);
    await login(app, { email: account.email, password: OTHER_STRONG_PASSWORD });
    expect((await app.anonymous.post('/api/auth/password-reset/confirm').send({ token, password: STRONG_PASSWORD })).status).toBe(400);

    const audit = JSON.stringify(await app.dataSource.query(`SELECT * FROM audit_entry WHERE entity_id = $1`, [account.id]));
    expect(audit).not.toContain(token);
    expect(audit).not.toContain(OTHER_STRONG_PASSWORD);
  });

  it('validates the public bodies', async () => {
    const missing = await app.anonymous.post('/api/auth/invitations/accept').send({});
    expect(Object.keys((missing.body as ErrorBody).fields ?? {}).sort()).toEqual(['password', 'token']);
    const badEmail = await app.anonymous.post('/api/auth/password-reset/request').send({ email: 'keine' });
    expect(badEmail.status).toBe(400);
    expect((badEmail.body as ErrorBody).fields?.['email']).toEqual(expect.any(String));
  });
});
