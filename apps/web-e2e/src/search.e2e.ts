import { test, expect } from './support/fixtures';

const SEARCH_LABEL = 'Suche nach Bündnissen, Organisationen, Personen und Mentor:innen';

test.describe('global search', () => {
  test.use({ role: 'fachberatung' });

  test('typing "mueller" finds "Müller", grouped by type, and Enter opens the record', async ({ page }) => {
    await page.goto('/');
    const search = page.getByRole('combobox', { name: SEARCH_LABEL });
    await search.fill('mueller');
    const results = page.getByRole('listbox');
    const match = page.getByRole('option', { name: /Müller/ });
    await expect(match.first()).toBeVisible();
    // The option sits in a group whose label names the type and the number of hits, e.g. "Organisationen (3)".
    const group = results.getByRole('group').filter({ has: match }).first();
    await expect(group).toHaveAccessibleName(/^(Bündnisse|Organisationen|Personen|Mentor:innen) \(\d+\)$/);

    // Keyboard: arrow down to the first hit, Enter opens it.
    await search.press('ArrowDown');
    const firstOption = results.getByRole('option').first();
    await expect(search).toHaveAttribute('aria-activedescendant', (await firstOption.getAttribute('id')) ?? 'first option without id');
    const firstTitle = (await firstOption.locator('.title').textContent())?.trim() ?? '';
    await search.press('Enter');
    await expect(page).toHaveURL(/\/(buendnisse|organisationen|personen|mentorinnen)\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(firstTitle);
  });
});
