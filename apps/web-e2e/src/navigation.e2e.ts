import { test, expect } from './support/fixtures';
import { DEMO_ROLES, type DemoRole } from './support/demo-accounts';
import { signIn } from './support/sign-in';

/** What the side navigation offers each role (PRODUCT.md roles; the API enforces the same). */
const EXPECTED_NAVIGATION: Record<DemoRole, string[]> = {
  fachberatung: ['Start', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Einladen', 'Taxonomien'],
  leitung: ['Start', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze', 'Benutzer:innen', 'Taxonomien'],
  koordination: ['Start', 'Bündnisse', 'Organisationen', 'Personen', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze'],
  mentor: ['Start', 'Bündnisse', 'Mentor:innen', 'Veranstaltungen', 'Anfragen', 'Einsätze'],
  ministerium: ['Start'],
  administration: ['Start', 'Benutzer:innen', 'Taxonomien'],
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
