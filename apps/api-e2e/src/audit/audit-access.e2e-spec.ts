import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import type { Role } from '@bn/shared/contracts';
import { startTestApp, TestApp, uniqueSuffix } from '../support/test-app';
import { AuditEntryBody, createOrganisation, signInAs } from './audit-fixtures';

const UNKNOWN_ID = '7b0e1c5a-8d1e-4a43-9a53-1f0f6a1c2b3d';

describe('Änderungsprotokoll: Zugriff und Unveränderlichkeit', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.close();
  });

  it('is readable by Leitung', async () => {
    const organisation = await createOrganisation(app.http);
    const leitung = await app.signIn('LEITUNG');
    const history = await leitung.get(`/api/audit/entities/Organisation/${organisation.id}`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((entry: AuditEntryBody) => entry.action)).toEqual(['CREATE']);
    expect((await leitung.get('/api/audit?pageSize=1')).status).toBe(200);
  });

  it.each<Role>(['KOORDINATION', 'MENTOR', 'MINISTERIUM', 'ADMINISTRATION'])(
    'refuses %s with 403 and records the denial',
    async (role) => {
      const other = await signInAs(app, role);
      const list = await other.get('/api/audit');
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('FORBIDDEN');
      const history = await other.get(`/api/audit/entities/Organisation/${UNKNOWN_ID}`);
      expect(history.status).toBe(403);

      const denials = await app.http.get(`/api/audit?actorId=${other.user.userId}&action=PERMISSION_DENIED`);
      expect(denials.status).toBe(200);
      expect(denials.body.total).toBe(2);
      expect(denials.body.items[0]).toMatchObject({
        entityType: 'Route',
        actor: other.user.displayName,
        after: { method: 'GET', path: `/api/audit/entities/Organisation/${UNKNOWN_ID}`, role },
      });
    },
  );

  it('records logins and failed logins without the password or its hash', async () => {
    const password = `Audit-Kennwort-${randomBytes(6).toString('hex')}`;
    const hash = await argon2.hash(password, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const email = `audit-login-${uniqueSuffix()}${uniqueSuffix()}@example.org`;
    const [user] = await app.dataSource.query(
      `INSERT INTO user_account (email, display_name, role, password_hash, password_changed_at) VALUES ($1, 'Audit Login', 'KOORDINATION', $2, now()) RETURNING id`,
      [email, hash],
    );
    const clientIp = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    const failed = await app.anonymous.post('/api/auth/login').set('X-Forwarded-For', clientIp).send({ email, password: `${password}x` });
    expect(failed.status).toBe(401);
    const login = await app.anonymous.post('/api/auth/login').set('X-Forwarded-For', clientIp).send({ email, password });
    expect(login.status).toBe(200);

    const history = await app.http.get(`/api/audit?q=${encodeURIComponent('Audit Login')}&entityId=${user.id}`);
    expect(history.status).toBe(200);
    expect(history.body.items.map((entry: AuditEntryBody) => entry.action)).toEqual(['LOGIN', 'LOGIN_FAILED']);
    expect(history.body.items[0]).toMatchObject({ actorId: user.id, ip: clientIp });
    const text = JSON.stringify(history.body);
    expect(text).not.toContain(password);
    expect(text).not.toContain('$argon2');
  });

  it('refuses anonymous readers with 401', async () => {
    const response = await app.anonymous.get('/api/audit');
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('has no route that creates, changes or deletes audit entries', async () => {
    const [entry] = await app.dataSource.query(`SELECT id FROM audit_entry LIMIT 1`);
    const paths = ['/api/audit', `/api/audit/${entry.id}`, `/api/audit/entities/Organisation/${UNKNOWN_ID}`];
    for (const path of paths) {
      for (const method of ['post', 'put', 'patch', 'delete'] as const) {
        const response = await app.http[method](path).send({ action: 'CREATE' });
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
      }
    }
    const detail = await app.http.get(`/api/audit/${entry.id}`);
    expect(detail.status).toBe(404);
  });

  it('is append-only in the database: UPDATE, DELETE and TRUNCATE are rejected by the trigger', async () => {
    const organisation = await createOrganisation(app.http);
    const [entry] = await app.dataSource.query(`SELECT id, actor FROM audit_entry WHERE entity_id = $1`, [organisation.id]);
    const statements = [
      [`UPDATE audit_entry SET actor = 'Jemand anderes' WHERE id = $1`, [entry.id]],
      [`DELETE FROM audit_entry WHERE id = $1`, [entry.id]],
      [`TRUNCATE audit_entry`, []],
    ] as const;
    for (const [sql, parameters] of statements) {
      const runner = app.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      try {
        await expect(runner.query(sql, [...parameters])).rejects.toThrow(/audit entries cannot be changed or deleted/);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    }
    const [after] = await app.dataSource.query(`SELECT actor FROM audit_entry WHERE id = $1`, [entry.id]);
    expect(after.actor).toBe(entry.actor);
  });
});
