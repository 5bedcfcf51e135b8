import type { Role } from '@bn/shared/contracts';
import { startTestApp, TestApp } from '../support/test-app';
import { AccessContext, AccessFixture, buildAccessFixture } from '../engagement/access.fixture';
import { describeEngagementAccess } from '../engagement/engagement-access.cases';
import { describeEventAccess } from '../events/event-access.cases';
import { describePersonAccess } from '../persons/person-access.cases';

/**
 * Row-level access to activities, projects, events and persons: a coordinator of alliance A sees and
 * changes only what hangs off A (B's records answer 404 and leave a PERMISSION_DENIED audit entry), a
 * mentor reads the events of own deployments and federal events, Ministerium and Administration get
 * no individual records at all.
 */
describe('Zugriff auf Aktivitäten, Projekte, Veranstaltungen und Personen', () => {
  let context: AccessContext;

  beforeAll(async () => {
    const app: TestApp = await startTestApp();
    const fixture: AccessFixture = await buildAccessFixture(app.dataSource);
    context = {
      app,
      fixture,
      coordinator: await app.signIn('KOORDINATION', { allianceIds: [fixture.allianceA] }),
      mentor: await app.signIn('MENTOR', { mentorProfileId: fixture.mentorProfileId }),
      leitung: await app.signIn('LEITUNG'),
    };
  });

  afterAll(async () => {
    await context.app.close();
  });

  describeEngagementAccess(() => context);
  describeEventAccess(() => context);
  describePersonAccess(() => context);

  describe.each<Role>(['MINISTERIUM', 'ADMINISTRATION'])('%s', (role) => {
    it('gets 403 on every activity, project, event and person route', async () => {
      const { app, fixture } = context;
      const other = await app.signIn(role);
      const routes: [string, string][] = [
        ['get', '/api/activities'],
        ['get', `/api/activities/${fixture.activityA}`],
        ['post', '/api/activities'],
        ['put', `/api/activities/${fixture.activityA}`],
        ['post', `/api/activities/${fixture.activityA}/archive`],
        ['get', '/api/projects'],
        ['get', `/api/projects/${fixture.projectA}`],
        ['post', '/api/projects'],
        ['put', `/api/projects/${fixture.projectA}`],
        ['post', `/api/projects/${fixture.projectA}/archive`],
        ['get', '/api/events'],
        ['get', `/api/events/${fixture.eventFederal}`],
        ['post', '/api/events'],
        ['put', `/api/events/${fixture.eventFederal}`],
        ['post', `/api/events/${fixture.eventFederal}/archive`],
        ['post', `/api/events/${fixture.eventA}/participants`],
        ['post', `/api/events/${fixture.eventA}/speakers`],
        ['get', '/api/persons'],
        ['get', `/api/persons/${fixture.personA}`],
        ['post', '/api/persons'],
        ['put', `/api/persons/${fixture.personA}`],
        ['post', `/api/persons/${fixture.personA}/archive`],
        ['post', `/api/persons/${fixture.personA}/privacy-notice`],
        ['post', `/api/persons/${fixture.personA}/functions`],
        ['post', `/api/persons/${fixture.personA}/consents`],
      ];
      for (const [method, path] of routes) {
        const response = await (method === 'get' ? other.get(path) : method === 'put' ? other.put(path).send({}) : other.post(path).send({}));
        expect({ method, path, status: response.status }).toEqual({ method, path, status: 403 });
      }
    });
  });
});
