import { test, expect } from '../support/fixtures';
import { expectAccessible } from '../support/axe';
import { totpCode } from '../support/demo-accounts';
import { expectPageReady, openDialog } from '../support/page-helpers';

test.describe('onboarding of a new Fachberatung account', () => {
  test.use({ role: 'administration' });

  test('administration invites, the invitee sets a password, signs in and sets up the second factor', async ({ page, browser, baseURL }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString().slice(-6);
    const email = `neue.fachberatung.${stamp}@beispiel.example`;
    const password = `Bündnisarbeit-Start-${stamp}`;

    // The administration invites and gets the one-time link to pass on.
    await page.goto('/verwaltung/benutzer');
    await expectPageReady(page, 'Benutzer:innen');
    await page.getByRole('button', { name: 'Benutzer:in einladen' }).first().click();
    const invite = openDialog(page);
    await invite.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
    await invite.getByLabel('Name', { exact: true }).fill(`Nele Neu ${stamp}`);
    await invite.getByRole('combobox', { name: 'Rolle' }).click();
    await page.getByRole('option', { name: 'Fachberatung', exact: true }).click();
    await invite.getByRole('button', { name: 'Einladen', exact: true }).click();
    const link = invite.getByTestId('one-time-link');
    await expect(link).toBeVisible();
    await expectAccessible(page, { page: 'Verwaltung › Benutzer:innen', state: 'Dialog „Einladung erstellt“ mit Link', role: 'administration' });
    const url = new URL((await link.getAttribute('href')) ?? '', baseURL);

    // The invitee opens the link in a browser of their own, signed out (an empty storage state: contexts
    // made in a test would otherwise start from the test's signed-in state).
    const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    try {
      const invitee = await context.newPage();
      await invitee.goto(url.pathname + url.search);
      await expect(invitee.getByRole('heading', { level: 1, name: 'Einladung annehmen' })).toBeVisible();
      await expectAccessible(invitee, { page: 'Einladung annehmen', role: 'eingeladen' });
      await invitee.getByLabel('Passwort', { exact: true }).fill(password);
      await invitee.getByLabel('Passwort wiederholen', { exact: true }).fill(password);
      await invitee.getByRole('button', { name: 'Passwort festlegen' }).click();
      await expect(invitee.getByRole('status')).toContainText('Ihr Benutzerkonto ist aktiviert.');
      await invitee.getByRole('link', { name: 'Zur Anmeldung' }).click();
      await expect(invitee).toHaveURL(/\/anmelden$/);
      await expect(invitee.getByRole('heading', { level: 1, name: 'Anmeldung bei Bündnisnetz' })).toBeVisible();

      // First sign-in of a TOTP role: only the set-up of the second factor is reachable.
      await invitee.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
      await invitee.getByLabel('Passwort', { exact: true }).fill(password);
      await invitee.getByRole('button', { name: 'Anmelden' }).click();
      await expect(invitee.getByRole('heading', { level: 1, name: 'Zwei-Faktor-Anmeldung einrichten' })).toBeVisible();
      const secret = (await invitee.getByTestId('totp-secret').textContent())?.replace(/\s/g, '') ?? '';
      expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
      await expectAccessible(invitee, { page: 'Zwei-Faktor-Anmeldung einrichten', role: 'eingeladen' });
      await invitee.getByLabel('Sicherheitscode', { exact: true }).fill(totpCode(secret));
      await invitee.getByRole('button', { name: 'Bestätigen' }).click();
      await expect(invitee.getByText('Die Zwei-Faktor-Anmeldung ist eingerichtet.')).toBeVisible();
      await expectAccessible(invitee, { page: 'Zwei-Faktor-Anmeldung einrichten', state: 'Wiederherstellungscodes', role: 'eingeladen' });
      await invitee.getByRole('button', { name: 'Ich habe die Codes gespeichert' }).click();

      // Signed in as Fachberatung: the start page with the role's navigation.
      await expect(invitee.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Bündnisse' })).toBeVisible();
      await expect(invitee.getByRole('heading', { level: 1 })).toContainText('Nele Neu');
    } finally {
      await context.close();
    }
  });
});
