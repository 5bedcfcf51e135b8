import { test, expect } from './support/fixtures';

interface AllianceListItem {
  id: string;
  name: string;
}

interface AlliancePage {
  items: AllianceListItem[];
  total: number;
}

test.describe('scoping of a coordinator', () => {
  test.use({ role: 'koordination' });

  test('a coordinator cannot open a foreign alliance by URL and gets a helpful message', async ({ page, apiAs }) => {
    // The Fachberatung sees all alliances, the coordinator only their own: pick one the coordinator may not see.
    const fachberatung = await apiAs('fachberatung');
    const coordinator = await apiAs('koordination');
    const all = (await (await fachberatung.get('/api/alliances', { params: { pageSize: 100 } })).json()) as AlliancePage;
    const own = (await (await coordinator.get('/api/alliances', { params: { pageSize: 100 } })).json()) as AlliancePage;
    const ownIds = new Set(own.items.map((a) => a.id));
    expect(own.items.map((a) => a.name).join(' ')).toContain('Wolfsburg');
    const foreign = all.items.find((a) => !ownIds.has(a.id));
    if (!foreign) throw new Error('The demo data holds no alliance outside the coordinator\'s own');
    expect((await coordinator.get(`/api/alliances/${foreign.id}`)).status()).toBe(404);

    await page.goto(`/buendnisse/${foreign.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/nicht gefunden|Kein Zugriff/);
    await expect(page.getByRole('main')).toContainText(/existiert nicht|nicht sichtbar|keinen Zugriff/);
    await expect(page.getByRole('main')).not.toContainText(foreign.name);
  });
});
