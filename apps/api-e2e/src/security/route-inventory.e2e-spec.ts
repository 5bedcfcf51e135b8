import { Controller, Get, INestApplication, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ROLES } from '@bn/shared/contracts';
import { HttpExceptionFilter, loadConfig, requestContextMiddleware } from '@bn/api/core';
import { AppModule } from '@bn/api/app';
import { createUserWithSession, startTestApp, TestApp } from '../support/test-app';
import { describeRoute, listRoutes, RouteInfo } from './route-inventory';

/**
 * Routes anyone may call without a session. Adding a route here is a security decision: it must be
 * reviewed, not just appended.
 */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'GET /api/health/ready',
  'POST /api/auth/login',
  'POST /api/auth/invitations/accept',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/confirm',
  // Calendar apps cannot sign in: the secret token in the address is the credential (hash stored, renewable).
  'GET /api/calendar/:token.ics',
];

describe('Route inventory: every route declares who may call it', () => {
  let app: TestApp;
  let routes: RouteInfo[];

  beforeAll(async () => {
    app = await startTestApp();
    routes = listRoutes(app.app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('sees all routes of the running app', () => {
    expect(routes.length).toBeGreaterThan(60);
    const described = routes.map(describeRoute);
    expect(described).toEqual(expect.arrayContaining(['GET /api/organisations/:id', 'GET /api/audit', 'GET /api/health']));
    expect(new Set(described).size).toBe(described.length);
  });

  it('finds no route without @Roles, @AnyRole or @Public', () => {
    const undeclared = routes.filter((route) => !route.isPublic && !route.roles).map((route) => `${describeRoute(route)} (${route.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('declares only known roles, and at least one', () => {
    const invalid = routes
      .filter((route) => !route.isPublic)
      .filter((route) => !route.roles?.length || route.roles.some((role) => !ROLES.includes(role)))
      .map((route) => `${describeRoute(route)} ${JSON.stringify(route.roles)}`);
    expect(invalid).toEqual([]);
  });

  it('makes only the allow-listed routes public', () => {
    const publicRoutes = routes.filter((route) => route.isPublic).map(describeRoute);
    expect(publicRoutes.filter((route) => !PUBLIC_ROUTES.includes(route))).toEqual([]);
    expect(publicRoutes).toEqual(expect.arrayContaining(['GET /api/health']));
  });

  it('keeps the audit log and personal records away from Ministerium and Administration (§3.2: aggregates only)', () => {
    const recordPrefixes = ['/api/organisations', '/api/persons', '/api/audit', '/api/deployments', '/api/requests'];
    const exposed = routes
      .filter((route) => recordPrefixes.some((prefix) => route.path === prefix || route.path.startsWith(`${prefix}/`)))
      .filter((route) => route.isPublic || route.roles?.some((role) => role === 'MINISTERIUM' || role === 'ADMINISTRATION'))
      .map(describeRoute);
    expect(exposed).toEqual([]);
    const auditRoutes = routes.filter((route) => route.path.startsWith('/api/audit'));
    expect(auditRoutes.map((route) => [describeRoute(route), route.roles])).toEqual([
      ['GET /api/audit', ['FACHBERATUNG', 'LEITUNG']],
      ['GET /api/audit/entities/:entityType/:entityId', ['FACHBERATUNG', 'LEITUNG']],
    ]);
  });
});

/** A controller without any permission declaration, registered only in the test module below. */
@Controller('undeclared-test')
class UndeclaredTestController {
  @Get()
  read(): { ok: boolean } {
    return { ok: true };
  }

  @Post()
  write(): { ok: boolean } {
    return { ok: true };
  }
}

describe('Route inventory: an undeclared route is refused', () => {
  let nest: INestApplication;
  let cookie: string;

  beforeAll(async () => {
    const url = process.env['BN_TEST_DATABASE_URL'];
    if (!url) throw new Error('BN_TEST_DATABASE_URL is not set; run through the api-e2e jest config.');
    const config = loadConfig({ DATABASE_URL: url, LOG_LEVEL: 'error', NODE_ENV: 'test' });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot(config, url)],
      controllers: [UndeclaredTestController],
    })
      .setLogger({ log: () => undefined, warn: () => undefined, error: () => undefined })
      .compile();
    nest = moduleRef.createNestApplication();
    nest.use(requestContextMiddleware);
    nest.setGlobalPrefix('api');
    nest.useGlobalFilters(new HttpExceptionFilter());
    await nest.init();
    cookie = (await createUserWithSession(nest.get(DataSource), 'FACHBERATUNG')).cookie;
  });

  afterAll(async () => {
    await nest.close();
  });

  it('is listed by the inventory as undeclared', () => {
    const route = listRoutes(nest).find((candidate) => candidate.path === '/api/undeclared-test' && candidate.method === 'GET');
    expect(route).toMatchObject({ roles: null, isPublic: false, handler: 'UndeclaredTestController.read' });
  });

  it('answers 403 ROUTE_NOT_DECLARED, even to a signed-in Fachberatung user', async () => {
    for (const send of [
      () => request(nest.getHttpServer()).get('/api/undeclared-test').set('Cookie', cookie),
      () => request(nest.getHttpServer()).post('/api/undeclared-test').set('Cookie', cookie).send({}),
      () => request(nest.getHttpServer()).get('/api/undeclared-test'),
    ]) {
      const response = await send();
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'ROUTE_NOT_DECLARED', message: expect.any(String) });
      expect(response.body).not.toHaveProperty('ok');
    }
  });

  it('still serves declared routes in the same app', async () => {
    const response = await request(nest.getHttpServer()).get('/api/organisations?pageSize=1').set('Cookie', cookie);
    expect(response.status).toBe(200);
  });
});
