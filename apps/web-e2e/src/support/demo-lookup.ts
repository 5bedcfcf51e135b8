import { expect, request } from '@playwright/test';
import { type DemoRole } from './demo-accounts';
import { signInApi } from './sign-in';

export interface ListedRecord {
  id: string;
  [field: string]: unknown;
}

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Finds demo records through the API (to build URLs such as /buendnisse/<id>), signed in as the given
 * role so that scoping applies; answers are cached per worker.
 */
export class DemoLookup {
  private readonly cache = new Map<string, ListedRecord[]>();

  constructor(private readonly baseURL: string) {}

  /** The items of a list endpoint, e.g. list('fachberatung', '/api/alliances', { q: 'Wolfsburg' }). */
  async list(role: DemoRole, path: string, params: Record<string, string | number> = {}): Promise<ListedRecord[]> {
    const key = `${role} ${path} ${JSON.stringify(params)}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const client = await request.newContext({ baseURL: this.baseURL });
    try {
      await signInApi(client, role);
      const response = await client.get(path, { params: { pageSize: 100, ...params } });
      expect(response.status(), `GET ${path} as ${role}`).toBe(200);
      const body = (await response.json()) as Page<ListedRecord> | ListedRecord[];
      const items = Array.isArray(body) ? body : body.items;
      this.cache.set(key, items);
      return items;
    } finally {
      await client.dispose();
    }
  }

  /** The first record of a list; fails when the demo data holds none. */
  async first(role: DemoRole, path: string, params: Record<string, string | number> = {}): Promise<ListedRecord> {
    const items = await this.list(role, path, params);
    if (!items[0]) throw new Error(`No record for GET ${path} ${JSON.stringify(params)} as ${role}`);
    return items[0];
  }

  /** The first record whose field `name` (or `title`) contains the text. */
  async named(role: DemoRole, path: string, text: string, params: Record<string, string | number> = {}): Promise<ListedRecord> {
    const items = await this.list(role, path, { q: text, ...params });
    const match = items.find((item) => String(item['name'] ?? item['title'] ?? item['displayName'] ?? '').includes(text));
    if (!match) throw new Error(`No record named "${text}" for GET ${path} as ${role}`);
    return match;
  }
}
