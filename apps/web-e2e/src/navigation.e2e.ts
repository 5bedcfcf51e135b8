import { test, expect } from './support/fixtures';
import { DEMO_ROLES, type DemoRole } from './support/demo-accounts';
import { signIn } from './support/sign-in';

/** What the side navigation offers each role (PRODUCT.md roles; the API enforces the same). */
const EXPECTED_NAVIGATION: Record<DemoRole, string[]> = {
  fachberatung: ['Start', 'Übersicht', 'Karte', 'Berichte', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen', 'Einladen', 'Taxonomien'],
  leitung: ['Start', 'Übersicht', 'Karte', 'Berichte', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen', 'Benutzer:innen', 'Taxonomien'],
  koordination: ['Start', 'Übersicht', 'Karte', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen'],
  mentor: ['Start', 'Übersicht', 'Karte', 'Bündnisse', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benachrichtigungen'],
  ministerium: ['Start', 'Übersicht', 'Karte', 'Berichte', 'Benachrichtigungen'],
  administration: ['Start', 'Benachrichtigungen', 'Benutzer:innen', 'Taxonomien'],
};


test.describe('sign-in and navigation per role', () => {
  for (const role of DEMO_ROLES) {
    test(`${role} signs in and sees exactly the areas of the role`, async ({ page }) => {
      await signIn(page, role);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const navigation = page.getByRole('navigation', { name: 'Hauptnavigation' });
      const links = navigation.getByRole('link');
      await expect(links).toHaveCount(EXPECTED_NAVIGATION[role].length);
      for (const [index, label] of EXPECTED_NAVIGATION[role].entries()) {
        await expect(links.nth(index)).toHaveAccessibleName(label);
      }
    });
  }
});

/** An area each role may not use, opened by URL: the "Kein Zugriff" page, not a blank screen. */
const FORBIDDEN_AREA: Partial<Record<DemoRole, string>> = {
  fachberatung: '/verwaltung/benutzer',
  koordination: '/verwaltung/benutzer',
  mentor: '/organisationen',
  ministerium: '/buendnisse',
  administration: '/personen',
};

test.describe('areas outside the role', () => {
  for (const [role, area] of Object.entries(FORBIDDEN_AREA) as [DemoRole, string][]) {
    test.describe(role, () => {
      test.use({ role });
      test(`${role} opening ${area} by URL gets "Kein Zugriff"`, async ({ page }) => {
        await page.goto(area);
        await expect(page.getByRole('heading', { level: 1, name: 'Kein Zugriff' })).toBeVisible();
        await expect(page.getByText('Dieser Bereich steht Ihrer Rolle nicht zur Verfügung.')).toBeVisible();
        await expect(page.getByRole('link', { name: 'Zur Startseite' })).toBeVisible();
      });
    });
  }
});
