import { test, expect } from '../support/fixtures';
import { expectPageReady, openDialog } from '../support/page-helpers';

test.describe('Fachberatung at work', () => {
  test.use({ role: 'fachberatung' });

  test('creates an alliance and changes its status', async ({ page }) => {
    const name = `Lokales Bündnis für Familie Goslar ${Date.now().toString().slice(-6)}`;
    await page.goto('/buendnisse');
    await expectPageReady(page, 'Bündnisse');
    await page.getByRole('link', { name: 'Neues Bündnis' }).click();
    await expectPageReady(page, 'Neues Bündnis');

    await page.getByLabel('Name des Bündnisses', { exact: true }).fill(name);
    await page.getByRole('combobox', { name: 'Gemeinde', exact: true }).fill('Goslar');
    await page.getByRole('option', { name: /^Goslar/ }).first().click();
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();

    await expect(page.getByText('Gespeichert.')).toBeVisible();
    await expect(page).toHaveURL(/\/buendnisse\/[0-9a-f-]{36}$/);
    await expectPageReady(page, name);
    const statusLine = page.locator('.status-line');
    const before = (await statusLine.textContent())?.trim() ?? '';

    await page.getByRole('button', { name: 'Status ändern', exact: true }).click();
    const dialog = openDialog(page);
    await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible();
    await dialog.getByRole('combobox', { name: 'Neuer Status' }).click();
    const option = page.getByRole('listbox').getByRole('option').first();
    const newStatus = (await option.textContent())?.trim() ?? '';
    await option.click();
    await dialog.getByLabel('Begründung', { exact: true }).fill('Gründungsversammlung hat stattgefunden; Kooperationsvereinbarung unterzeichnet.');
    await dialog.getByRole('button', { name: 'Status ändern', exact: true }).click();
    await expect(openDialog(page)).toHaveCount(0);

    await expect(statusLine).toContainText(newStatus);
    expect(newStatus).not.toBe('');
    expect(before).not.toContain(newStatus);
    await page.reload();
    await expectPageReady(page, name);
    await expect(page.locator('.status-line')).toContainText(newStatus);
  });

  test('the second of two editors of the same record gets the conflict dialog and can reload', async ({ pageAs, lookup }) => {
    const alliance = await lookup.named('fachberatung', '/api/alliances', 'Sendenhorst');
    const first = await pageAs('fachberatung');
    const second = await pageAs('fachberatung');
    for (const editor of [first, second]) {
      await editor.goto(`/buendnisse/${alliance.id}/bearbeiten`);
      await expectPageReady(editor, 'Bündnis bearbeiten');
      await expect(editor.getByLabel('Name des Bündnisses', { exact: true })).toHaveValue(/Sendenhorst/);
    }
    const stamp = Date.now().toString().slice(-6);

    await first.getByLabel('Kurzname', { exact: true }).fill(`LBF Sendenhorst ${stamp}`);
    await first.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(first.getByText('Gespeichert.')).toBeVisible();

    await second.getByLabel('Kurzname', { exact: true }).fill(`Bündnis Sendenhorst ${stamp}`);
    await second.getByRole('button', { name: 'Speichern', exact: true }).click();
    const conflict = openDialog(second);
    await expect(conflict.getByRole('heading', { name: 'Datensatz wurde inzwischen geändert' })).toBeVisible();
    await conflict.getByRole('button', { name: 'Aktuellen Stand laden' }).click();
    await expect(openDialog(second)).toHaveCount(0);
    await expect(second.getByLabel('Kurzname', { exact: true })).toHaveValue(`LBF Sendenhorst ${stamp}`);
  });
});
