import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { DemoRole } from './support/demo-accounts';
import type { DemoLookup } from './support/demo-lookup';
import { expectPageReady, expectSettled, openDialog } from './support/page-helpers';
import { settleAnimations } from './support/axe';
import { SCREENSHOT_DIR } from './support/paths';

/** A main screen of the product, saved as docs/screenshots/<file>.png (README "Browser tests and screenshots"). */
interface Screen {
  file: string;
  role: DemoRole | null;
  url: string | ((lookup: DemoLookup) => Promise<string>);
  heading?: string | RegExp;
  /** Brings the screen into the state to show (a tab, a dialog, search results). */
  prepare?: (page: Page) => Promise<void>;
}

const wolfsburg = async (lookup: DemoLookup) => `/buendnisse/${(await lookup.named('fachberatung', '/api/alliances', 'Wolfsburg')).id}`;
const showTab = (label: string) => async (page: Page) => {
  await page.getByRole('tab', { name: label, exact: true }).click();
  await expectSettled(page);
};

const SCREENS: Screen[] = [
  { file: '01-anmeldung', role: null, url: '/anmelden', heading: 'Anmeldung bei Bündnisnetz' },
  { file: '02-start-fachberatung', role: 'fachberatung', url: '/' },
  { file: '03-start-koordination', role: 'koordination', url: '/' },
  { file: '04-start-mentorin', role: 'mentor', url: '/' },
  {
    file: '05-globale-suche',
    role: 'fachberatung',
    url: '/',
    prepare: async (page) => {
      await page.getByRole('combobox', { name: /^Suche nach/ }).fill('mueller');
      await expect(page.getByRole('option', { name: /Müller/ }).first()).toBeVisible();
    },
  },
  { file: '06-buendnisse-liste', role: 'fachberatung', url: '/buendnisse', heading: 'Bündnisse' },
  { file: '07-buendnis-profil', role: 'fachberatung', url: wolfsburg, heading: 'Wolfsburg' },
  { file: '08-buendnis-partner', role: 'koordination', url: wolfsburg, heading: 'Wolfsburg', prepare: showTab('Partner') },
  { file: '09-buendnis-aktivitaeten', role: 'koordination', url: wolfsburg, heading: 'Wolfsburg', prepare: showTab('Aktivitäten') },
  { file: '10-buendnis-verlauf', role: 'fachberatung', url: wolfsburg, heading: 'Wolfsburg', prepare: showTab('Verlauf') },
  {
    file: '11-buendnis-status-aendern',
    role: 'fachberatung',
    url: wolfsburg,
    heading: 'Wolfsburg',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Status ändern', exact: true }).click();
      await expect(openDialog(page)).toBeVisible();
    },
  },
  { file: '12-buendnis-bearbeiten', role: 'fachberatung', url: async (lookup) => `${await wolfsburg(lookup)}/bearbeiten`, heading: 'Bündnis bearbeiten' },
  { file: '13-organisationen-liste', role: 'fachberatung', url: '/organisationen', heading: 'Organisationen' },
  {
    file: '14-organisation-detail',
    role: 'fachberatung',
    url: async (lookup) => `/organisationen/${(await lookup.named('fachberatung', '/api/organisations', 'Bäckerei Müller')).id}`,
  },
  { file: '15-personen-liste', role: 'fachberatung', url: '/personen', heading: 'Personen' },
  { file: '16-person-detail', role: 'fachberatung', url: async (lookup) => `/personen/${(await lookup.first('fachberatung', '/api/persons')).id}` },
  { file: '17-mentorinnen-galerie', role: 'koordination', url: '/mentorinnen', heading: 'Mentor:innen' },
  { file: '18-mentorin-profil', role: 'fachberatung', url: async (lookup) => `/mentorinnen/${(await lookup.first('fachberatung', '/api/mentors')).id}` },
  { file: '19-veranstaltungen-liste', role: 'fachberatung', url: '/veranstaltungen', heading: 'Veranstaltungen' },
  { file: '20-veranstaltungen-kalender', role: 'fachberatung', url: '/veranstaltungen?ansicht=kalender', heading: 'Veranstaltungen' },
  {
    file: '21-veranstaltung-detail',
    role: 'fachberatung',
    url: async (lookup) => `/veranstaltungen/${(await lookup.first('fachberatung', '/api/events', { q: 'Fachtag' })).id}`,
  },
  { file: '22-anfragen-liste', role: 'fachberatung', url: '/anfragen', heading: 'Anfragen' },
  { file: '23-anfrage-detail', role: 'fachberatung', url: async (lookup) => `/anfragen/${(await lookup.first('fachberatung', '/api/requests')).id}` },
  { file: '24-einsaetze-liste', role: 'mentor', url: '/einsaetze', heading: 'Einsätze' },
  { file: '25-einsatz-detail', role: 'fachberatung', url: async (lookup) => `/einsaetze/${(await lookup.first('fachberatung', '/api/deployments')).id}` },
  { file: '26-verwaltung-benutzer', role: 'administration', url: '/verwaltung/benutzer', heading: 'Benutzer:innen' },
  { file: '27-verwaltung-taxonomien', role: 'administration', url: '/verwaltung/taxonomien', heading: 'Taxonomien' },
  { file: '28-mein-konto', role: 'fachberatung', url: '/konto', heading: 'Mein Konto' },
  { file: '29-start-ministerium', role: 'ministerium', url: '/' },
  { file: '30-barrierefreiheit', role: null, url: '/barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
];

test.describe('screenshots of the main screens', () => {
  test.beforeAll(() => mkdirSync(SCREENSHOT_DIR, { recursive: true }));

  for (const screen of SCREENS) {
    test.describe(screen.file, () => {
      test.use({ role: screen.role });
      test(`screenshot ${screen.file}`, async ({ page, lookup }) => {
        await page.goto(typeof screen.url === 'string' ? screen.url : await screen.url(lookup));
        await expectPageReady(page, screen.heading);
        await screen.prepare?.(page);
        await settleAnimations(page);
        await page.screenshot({ path: join(SCREENSHOT_DIR, `${screen.file}.png`), fullPage: true, animations: 'disabled', caret: 'hide' });
      });
    });
  }
});
