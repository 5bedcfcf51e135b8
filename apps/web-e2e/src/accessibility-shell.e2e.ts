import { test, expect } from './support/fixtures';
import { expectAccessible } from './support/axe';
import { DEMO_ROLES } from './support/demo-accounts';

/** Axe on the pages every role shares: sign-in, start page, the shell's search and menus, 403 and 404. */
test.describe('accessibility: sign-in', () => {
  test('sign-in page, its validation messages and the TOTP step', async ({ page }) => {
    await page.goto('/anmelden');
    await expect(page.getByRole('heading', { level: 1, name: 'Anmeldung bei Bündnisnetz' })).toBeVisible();
    await expectAccessible(page, { page: 'Anmeldung', role: 'abgemeldet' });

    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByText('Dieses Feld ist ein Pflichtfeld.').first()).toBeVisible();
    await expectAccessible(page, { page: 'Anmeldung', state: 'Pflichtfelder leer abgeschickt', role: 'abgemeldet' });

    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill('fachberatung@demo.buendnisnetz.example');
    await page.getByLabel('Passwort', { exact: true }).fill('Demo-Bündnisnetz-2026!');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByLabel('Sicherheitscode', { exact: true })).toBeVisible();
    await expectAccessible(page, { page: 'Anmeldung', state: 'Schritt Sicherheitscode', role: 'fachberatung' });
  });
});

test.describe('accessibility: public pages', () => {
  test('forgotten password, setting a password from a link, accessibility statement', async ({ page }) => {
    await page.goto('/anmelden/passwort-vergessen');
    await expect(page.getByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeVisible();
    await expectAccessible(page, { page: 'Passwort vergessen', role: 'abgemeldet' });
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(page.locator('mat-error').first()).toBeVisible();
    await expectAccessible(page, { page: 'Passwort vergessen', state: 'Pflichtfeld leer abgeschickt', role: 'abgemeldet' });
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill('niemand@example.org');
    await page.getByRole('button', { name: 'Link anfordern' }).click();
    await expect(page.getByRole('status')).toContainText('Wenn es zu dieser E-Mail-Adresse ein aktives Benutzerkonto gibt');
    await expectAccessible(page, { page: 'Passwort vergessen', state: 'Link angefordert', role: 'abgemeldet' });

    await page.goto('/anmelden/einladung/ungueltiger-token-0000000000000000000000');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, { page: 'Einladung annehmen (Link ungültig)', role: 'abgemeldet' });

    await page.goto('/barrierefreiheit');
    await expect(page.getByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' })).toBeVisible();
    await expectAccessible(page, { page: 'Erklärung zur Barrierefreiheit', role: 'abgemeldet' });
  });
});

for (const role of DEMO_ROLES) {
  test.describe(`accessibility: shell of ${role}`, () => {
    test.use({ role });

    test(`start page, search results, account menu, 403 and 404 (${role})`, async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page, { page: 'Start', role });

      if (role !== 'ministerium' && role !== 'administration') {
        await page.getByRole('combobox', { name: /^Suche nach/ }).fill('wolfsburg');
        await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
        await expectAccessible(page, { page: 'Start', state: 'Suchergebnisse offen', role });
        await page.keyboard.press('Escape');
      }

      await page.getByRole('button', { name: 'Benutzerkonto' }).click();
      await expect(page.getByRole('menuitem', { name: 'Abmelden' })).toBeVisible();
      await expectAccessible(page, { page: 'Start', state: 'Kontomenü offen', role });
      await page.keyboard.press('Escape');

      await page.goto('/gibt-es-nicht');
      await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
      await expectAccessible(page, { page: 'Seite nicht gefunden (404)', role });

      await page.goto('/kein-zugriff');
      await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
      await expectAccessible(page, { page: 'Kein Zugriff (403)', role });
    });
  });
}
