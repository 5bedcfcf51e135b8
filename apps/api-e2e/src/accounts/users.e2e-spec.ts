import { Logger } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@bn/api/core';
import { createApp } from '@bn/api/app';
import { createUserWithSession, startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { describeCreateValidation } from '../support/validation-cases';
import { createAccount, createAlliance, createMentorProfile, ErrorBody, freshIp, login, loginRequest } from './account-fixtures';

interface UserBody {
  id: string;
  email: string;
  displayName: string;
  role: string;
  allianceIds: string[];
  mentorProfileId: string | null;
  disabledAt: string | null;
  invitationPending: boolean;
  version: number;
}

describe('Benutzerverwaltung', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('ADMINISTRATION');
  });

  afterAll(async () => {
    await app.close();
  });

  describeCreateValidation(() => app, {
    path: '/api/users/invitations',
    table: 'user_account',
    validBody: () => ({ email: `gueltig-${uniqueSuffix()}${uniqueSuffix()}@example.org`, displayName: 'Gültige Einladung', role: 'MINISTERIUM' }),
    required: ['email', 'displayName', 'role'],
    wrongTypes: { email: 42, displayName: 7, role: 'CHEF', allianceIds: 'keine-liste', mentorProfileId: 'keine-uuid' },
    maxLengths: { displayName: 200, email: 200 },
  });

  it('lists users with filters, search, sorting and pagination', async () => {
    const tag = uniqueSuffix();
    const a = await createAccount(app, 'MINISTERIUM');
    const b = await createAccount(app, 'MINISTERIUM');
    await app.dataSource.query(`UPDATE user_account SET display_name = $2 WHERE id = $1`, [a.id, `Anton Listentest ${tag}`]);
    await app.dataSource.query(`UPDATE user_account SET display_name = $2, disabled_at = now() WHERE id = $1`, [b.id, `Berta Listentest ${tag}`]);

    const all = await app.http.get(`/api/users?q=listentest%20${tag}&sort=displayName`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect((all.body.items as UserBody[]).map((u) => u.id)).toEqual([a.id, b.id]);
    const desc = await app.http.get(`/api/users?q=${tag}&sort=displayName&direction=desc`);
    expect((desc.body.items as UserBody[]).map((u) => u.id)).toEqual([b.id, a.id]);
    const active = await app.http.get(`/api/users?q=${tag}&disabled=false`);
    expect((active.body.items as UserBody[]).map((u) => u.id)).toEqual([a.id]);
    const disabled = await app.http.get(`/api/users?q=${tag}&disabled=true&role=MINISTERIUM`);
    expect((disabled.body.items as UserBody[]).map((u) => u.id)).toEqual([b.id]);
    expect((await app.http.get(`/api/users?q=${tag}&role=LEITUNG`)).body.total).toBe(0);
    const byEmail = await app.http.get(`/api/users?q=${encodeURIComponent(a.email)}`);
    expect((byEmail.body.items as UserBody[]).map((u) => u.id)).toEqual([a.id]);
    const paged = await app.http.get(`/api/users?q=${tag}&pageSize=1&page=2&sort=displayName`);
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect((paged.body.items as UserBody[])[0].id).toBe(b.id);

    for (const query of ['pageSize=101', 'page=0', 'sort=passwordHash', 'role=CHEF', 'disabled=vielleicht']) {
      expect({ query, status: (await app.http.get(`/api/users?${query}`)).status }).toEqual({ query, status: 400 });
    }
    const item = (all.body.items as Record<string, unknown>[])[0];
    expect(Object.keys(item)).not.toEqual(expect.arrayContaining(['passwordHash']));
    expect(JSON.stringify(all.body)).not.toMatch(/argon2|totp_secret|passwordHash|totpSecret/);
  });

  it('shows a user with alliances, mentor profile and live sessions; 404 and 400 for bad ids', async () => {
    const allianceId = await createAlliance(app);
    const coordinator = await createAccount(app, 'KOORDINATION', { allianceIds: [allianceId] });
    await login(app, coordinator);
    const detail = await app.http.get(`/api/users/${coordinator.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: coordinator.id,
      role: 'KOORDINATION',
      allianceIds: [allianceId],
      alliances: [{ id: allianceId, code: expect.stringMatching(/^ACC-/) }],
      mentorProfileName: null,
      activeSessionCount: 1,
      invitationPending: false,
      totpEnabled: false,
    });
    const mentor = await createAccount(app, 'MENTOR');
    expect((await app.http.get(`/api/users/${mentor.id}`)).body.mentorProfileName).toMatch(/^Mona Kontenmentorin-/);
    const missing = await app.http.get('/api/users/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect((missing.body as ErrorBody).code).toBe('USER_NOT_FOUND');
    expect((await app.http.get('/api/users/keine-id')).status).toBe(400);
  });

  it('updates a user with version check (409 keeps the first change) and audits the changes', async () => {
    const allianceId = await createAlliance(app);
    const otherAllianceId = await createAlliance(app);
    const account = await createAccount(app, 'KOORDINATION', { allianceIds: [allianceId] });
    const body = { displayName: 'Neu Benannt', role: 'KOORDINATION', allianceIds: [allianceId, otherAllianceId], version: 1 };
    const first = await app.http.put(`/api/users/${account.id}`).send(body);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ displayName: 'Neu Benannt', version: 2 });
    expect([...(first.body as UserBody).allianceIds].sort()).toEqual([allianceId, otherAllianceId].sort());
    const second = await app.http.put(`/api/users/${account.id}`).send({ ...body, displayName: 'Zu Spät' });
    expect(second.status).toBe(409);
    expect((second.body as ErrorBody).code).toBe('VERSION_CONFLICT');
    expect((await app.http.get(`/api/users/${account.id}`)).body).toMatchObject({ displayName: 'Neu Benannt', version: 2 });

    const [audit] = await app.dataSource.query(`SELECT changes FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATE'`, [account.id]);
    expect(audit.changes).toMatchObject({ displayName: { after: 'Neu Benannt' }, allianceIds: { before: [allianceId] } });
    expect((await app.http.put('/api/users/00000000-0000-4000-8000-000000000000').send(body)).status).toBe(404);
    expect((await app.http.put(`/api/users/${account.id}`).send({ ...body, version: 2, role: 'KOORDINATION', allianceIds: [] })).body).toMatchObject({
      code: 'ALLIANCES_REQUIRED',
    });
  });

  it('ends the sessions of a user whose role changes', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const session = await login(app, account);
    const mentorProfileId = await createMentorProfile(app);
    const response = await app.http.put(`/api/users/${account.id}`).send({ displayName: 'Jetzt Mentorin', role: 'MENTOR', mentorProfileId, version: 1 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: 'MENTOR', mentorProfileId });
    expect((await session.get('/api/auth/me')).status).toBe(401);
    const renamed = await app.http.put(`/api/users/${account.id}`).send({ displayName: 'Nur Umbenannt', role: 'MENTOR', mentorProfileId, version: 2 });
    expect(renamed.status).toBe(200);
    expect((await app.http.put(`/api/users/${app.user.userId}`).send({ displayName: 'Ich', role: 'LEITUNG', version: 1 })).body).toMatchObject({
      code: 'CANNOT_CHANGE_OWN_ROLE',
    });
  });

  it('disables a user (ending all sessions) and enables them again', async () => {
    const account = await createAccount(app, 'MINISTERIUM');
    const first = await login(app, account);
    const second = await login(app, account);
    const disabled = await app.http.post(`/api/users/${account.id}/disable`).send({ version: 1 });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ version: 2, disabledAt: expect.any(String) });
    expect((await first.get('/api/auth/me')).status).toBe(401);
    expect((await second.get('/api/auth/me')).status).toBe(401);
    const open = await app.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1 AND ended_at IS NULL`, [account.id]);
    expect(open[0].n).toBe(0);
    expect((await loginRequest(app, account.email, account.password, freshIp())).status).toBe(401);
    expect((await app.http.post(`/api/users/${account.id}/disable`).send({ version: 1 })).status).toBe(409);

    const enabled = await app.http.post(`/api/users/${account.id}/enable`).send({ version: 2 });
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ version: 3, disabledAt: null });
    await login(app, account);
    const actions = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_id = $1 AND action = 'STATUS_CHANGE'`, [account.id]);
    expect(actions).toHaveLength(2);

    const self = await app.http.post(`/api/users/${app.user.userId}/disable`).send({ version: 1 });
    expect(self.status).toBe(409);
    expect((self.body as ErrorBody).code).toBe('CANNOT_DISABLE_SELF');
  });

  it('looks up alliances and Mentorprofile for the pickers with id, code and name only (least privilege)', async () => {
    const allianceId = await createAlliance(app);
    const allianceName = `Bündnis Nachschlagetest Über ${uniqueSuffix()}`;
    await app.dataSource.query(`UPDATE alliance SET name = $2 WHERE id = $1`, [allianceId, allianceName]);
    const [{ code }] = await app.dataSource.query(`SELECT code FROM alliance WHERE id = $1`, [allianceId]);
    const archivedId = await createAlliance(app);
    await app.dataSource.query(`UPDATE alliance SET name = 'Bündnis Nachschlagetest Archiv', archived_at = now() WHERE id = $1`, [archivedId]);
    const profileId = await createMentorProfile(app);
    const lastName = `Nachschlage-Müller-${uniqueSuffix()}`;
    await app.dataSource.query(`UPDATE person SET first_name = 'Jürgen', last_name = $2 FROM mentor_profile mp WHERE mp.person_id = person.id AND mp.id = $1`, [
      profileId,
      lastName,
    ]);

    // The administration may not read alliances or mentors themselves …
    expect((await app.http.get('/api/alliances?q=Nachschlagetest')).status).toBe(403);
    expect((await app.http.get('/api/mentors?q=Nachschlage')).status).toBe(403);
    // … but finds what an account can be linked to: only id, code and name, archived ones left out.
    const alliances = await app.http.get(`/api/users/link-options/alliances?q=${encodeURIComponent('nachschlagetest uber')}`);
    expect(alliances.status).toBe(200);
    expect(alliances.body).toEqual([{ id: allianceId, code, name: allianceName }]);
    const byCode = await app.http.get(`/api/users/link-options/alliances?q=${encodeURIComponent(String(code).toLowerCase())}`);
    expect((byCode.body as { id: string }[]).map((a) => a.id)).toEqual([allianceId]);
    const profiles = await app.http.get(`/api/users/link-options/mentor-profiles?q=${encodeURIComponent(`jurgen ${lastName.replace('ü', 'ue')}`)}`);
    expect(profiles.status).toBe(200);
    expect(profiles.body).toEqual([{ id: profileId, code: null, name: `Jürgen ${lastName}` }]);

    const tooShort = await app.http.get('/api/users/link-options/alliances?q=a');
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(tooShort.body)).toContain('Bitte mindestens 2 Zeichen eingeben.');
    expect((await app.http.get('/api/users/link-options/mentor-profiles')).status).toBe(400);

    for (const role of ['LEITUNG', 'FACHBERATUNG'] as const) {
      const inviter = await app.signIn(role);
      expect({ role, status: (await inviter.get('/api/users/link-options/alliances?q=Nachschlagetest')).status }).toEqual({ role, status: 200 });
    }
    for (const role of ['KOORDINATION', 'MINISTERIUM'] as const) {
      const other = await app.signIn(role);
      expect({ role, status: (await other.get('/api/users/link-options/alliances?q=Nachschlagetest')).status }).toEqual({ role, status: 403 });
      expect({ role, status: (await other.get('/api/users/link-options/mentor-profiles?q=Nachschlage')).status }).toEqual({ role, status: 403 });
    }
    expect((await app.anonymous.get('/api/users/link-options/alliances?q=Nachschlagetest')).status).toBe(401);
  });

  it('is closed to roles outside the user administration', async () => {
    const target = await createAccount(app, 'MINISTERIUM');
    for (const role of ['FACHBERATUNG', 'KOORDINATION', 'MINISTERIUM'] as const) {
      const other = await app.signIn(role);
      expect({ role, status: (await other.get('/api/users')).status }).toEqual({ role, status: 403 });
      expect({ role, status: (await other.put(`/api/users/${target.id}`).send({ displayName: 'X', role: 'MINISTERIUM', version: 1 })).status }).toEqual({
        role,
        status: 403,
      });
      expect({ role, status: (await other.post(`/api/users/${target.id}/password-reset`)).status }).toEqual({ role, status: 403 });
    }
    const leitung = await app.signIn('LEITUNG');
    expect((await leitung.get(`/api/users/${target.id}`)).status).toBe(200);
    expect((await app.anonymous.get('/api/users')).status).toBe(401);
  });
});

describe('Einladungslinks im Server-Log', () => {
  it('writes the link to the log in development only', async () => {
    const url = process.env['BN_TEST_DATABASE_URL'] ?? '';
    const spy = jest.spyOn(Logger.prototype, 'log');
    for (const nodeEnv of ['development', 'test']) {
      const nest = await createApp(loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'error', NODE_ENV: nodeEnv }), url);
      await nest.init();
      try {
        spy.mockClear();
        const admin = await createUserWithSession(nest.get(DataSource), 'ADMINISTRATION');
        const email = `log-${uniqueSuffix()}@example.org`;
        const response = await request(nest.getHttpServer())
          .post('/api/users/invitations')
          .set('Cookie', admin.cookie)
          .send({ email, displayName: 'Log Test', role: 'MINISTERIUM' });
        expect(response.status).toBe(201);
        const messages = spy.mock.calls.map((call) => String(call[0])).filter((message) => message.includes(email));
        // Without SMTP_HOST the unsent invitation mail is logged too, with recipient and subject only.
        expect(messages).toContain(`E-Mail nicht versandt (kein SMTP_HOST konfiguriert): an ${email}, Betreff „Einladung zu Bündnisnetz“`);
        const token = (response.body.invitation.link as string).split('/').pop() ?? '';
        const logged = messages.filter((message) => message.includes(token));
        if (nodeEnv === 'development') {
          expect(logged).toHaveLength(1);
          expect(logged[0]).toContain(response.body.invitation.link as string);
        } else {
          expect(logged).toHaveLength(0);
        }
      } finally {
        await nest.close();
      }
    }
    spy.mockRestore();
  });
});
