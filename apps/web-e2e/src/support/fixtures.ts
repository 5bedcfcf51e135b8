import { test as base, expect, request, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { type DemoRole } from './demo-accounts';
import { DemoLookup } from './demo-lookup';
import { BASE_URL_VARIABLE } from './paths';
import { signIn, signInApi } from './sign-in';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Collects what went wrong inside the page: uncaught exceptions and the errors Angular's ErrorHandler
 * logs ("ERROR …"). A test whose page threw fails, even when the screen looked fine.
 */
function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('ERROR')) errors.push(message.text());
  });
  return errors;
}

/** Sessions idle out after 30 minutes; a cached sign-in older than this is renewed. */
const MAX_SESSION_AGE_MS = 20 * 60_000;

/**
 * One sign-in per role and worker through the real sign-in page; later tests of that role start
 * from the saved cookies. Tests that sign out or end sessions use `signIn()` on a fresh context.
 */
class RoleSessions {
  private readonly cache = new Map<DemoRole, { state: StorageState; signedInAt: number }>();

  constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
  ) {}

  async storageStateFor(role: DemoRole): Promise<StorageState> {
    const cached = this.cache.get(role);
    if (cached && Date.now() - cached.signedInAt < MAX_SESSION_AGE_MS) return cached.state;
    const context = await this.browser.newContext({ baseURL: this.baseURL, storageState: { cookies: [], origins: [] } });
    try {
      await signIn(await context.newPage(), role);
      const state = await context.storageState();
      this.cache.set(role, { state, signedInAt: Date.now() });
      return state;
    } finally {
      await context.close();
    }
  }
}

interface TestFixtures {
  /** The role whose saved session the test's `page` uses; null: signed out. */
  role: DemoRole | null;
  /** Another signed-in page (own browser context) for a role, e.g. a second editor. */
  pageAs: (role: DemoRole) => Promise<Page>;
  /** A signed-in API client for a role, to look up or arrange data. */
  apiAs: (role: DemoRole) => Promise<APIRequestContext>;
}

interface WorkerFixtures {
  sessions: RoleSessions;
  /** Finds demo records through the API (ids for URLs), cached per worker. */
  lookup: DemoLookup;
}

function workerBaseUrl(): string {
  const baseURL = process.env[BASE_URL_VARIABLE];
  if (!baseURL) throw new Error(`${BASE_URL_VARIABLE} is not set: the global setup did not run`);
  return baseURL;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  role: [null, { option: true }],
  sessions: [
    async ({ browser }, use) => {
      await use(new RoleSessions(browser, workerBaseUrl()));
    },
    { scope: 'worker' },
  ],
  lookup: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument
    async ({}, use) => {
      await use(new DemoLookup(workerBaseUrl()));
    },
    { scope: 'worker' },
  ],
  storageState: async ({ role, sessions, storageState }, use) => {
    await use(role ? await sessions.storageStateFor(role) : storageState);
  },
  page: async ({ page }, use) => {
    const errors = watchForErrors(page);
    await use(page);
    expect(errors, 'errors thrown in the page').toEqual([]);
  },
  pageAs: async ({ browser, sessions, baseURL, contextOptions, viewport, locale }, use) => {
    const contexts: BrowserContext[] = [];
    const errorLists: string[][] = [];
    await use(async (role) => {
      const context = await browser.newContext({ ...contextOptions, baseURL, viewport, locale, storageState: await sessions.storageStateFor(role) });
      contexts.push(context);
      const page = await context.newPage();
      errorLists.push(watchForErrors(page));
      return page;
    });
    for (const context of contexts) await context.close();
    expect(errorLists.flat(), 'errors thrown in the pages').toEqual([]);
  },
  apiAs: async ({ baseURL }, use) => {
    const clients: APIRequestContext[] = [];
    await use(async (role) => {
      const client = await request.newContext({ baseURL });
      clients.push(client);
      await signInApi(client, role);
      return client;
    });
    for (const client of clients) await client.dispose();
  },
});

export { expect } from '@playwright/test';
