import { expect } from '@playwright/test';
import type { DemoLookup } from '../support/demo-lookup';
import { closeDialog, openDialog, openDialogWith } from '../support/page-helpers';
import { confirmation, dialog, invalidSubmit, selectOpen, sweep, tab, type SweepState } from './sweep';

/** The invitation dialog for a coordinator: the alliance picker appears. */
const inviteCoordinator: SweepState = {
  name: 'Dialog „Benutzer:in einladen“ mit Rolle Bündniskoordination',
  open: async (page) => {
    const invite = await openDialogWith(page, page.getByRole('button', { name: 'Benutzer:in einladen' }).first());
    await invite.getByRole('combobox', { name: 'Rolle' }).click();
    await page.getByRole('option', { name: 'Bündniskoordination', exact: true }).click();
    await expect(openDialog(page).getByText('Bündnisse', { exact: true })).toBeVisible();
  },
  close: closeDialog,
};

const coordinatorUser = async (lookup: DemoLookup) => (await lookup.named('administration', '/api/users', 'Koordination')).id;

sweep('administration', [
  { name: 'Verwaltung › Benutzer:innen', url: '/verwaltung/benutzer', heading: 'Benutzer:innen', states: [dialog('Benutzer:in einladen'), inviteCoordinator, selectOpen('Rolle')] },
  {
    name: 'Verwaltung › Benutzerkonto',
    url: async (lookup) => `/verwaltung/benutzer/${await coordinatorUser(lookup)}`,
    states: [confirmation('Deaktivieren'), dialog(/Link zum Zurücksetzen/, 'Dialog „Link zum Zurücksetzen des Passworts“')],
  },
  { name: 'Verwaltung › Einladen', url: '/verwaltung/einladen', heading: 'Benutzer:in einladen', states: [dialog('Einladung erstellen')] },
  { name: 'Verwaltung › Taxonomien', url: '/verwaltung/taxonomien', heading: 'Taxonomien', states: [tab('Fachgebiete'), tab('Zielgruppen')] },
  { name: 'Mein Konto (Administration)', url: '/konto', heading: 'Mein Konto' },
]);

sweep('leitung', [
  { name: 'Verwaltung › Benutzer:innen (Leitung)', url: '/verwaltung/benutzer', heading: 'Benutzer:innen' },
  { name: 'Verwaltung › Taxonomien (Leitung)', url: '/verwaltung/taxonomien', heading: 'Taxonomien' },
]);

sweep('fachberatung', [
  { name: 'Verwaltung › Einladen (Fachberatung)', url: '/verwaltung/einladen', heading: 'Benutzer:in einladen', states: [dialog('Einladung erstellen')] },
  { name: 'Verwaltung › Taxonomien (Fachberatung)', url: '/verwaltung/taxonomien', heading: 'Taxonomien' },
  {
    name: 'Mein Konto (Fachberatung)',
    url: '/konto',
    heading: 'Mein Konto',
    states: [invalidSubmit('Passwort ändern'), dialog('Neue Wiederherstellungscodes erzeugen')],
  },
]);

sweep('koordination', [{ name: 'Mein Konto (Koordination)', url: '/konto', heading: 'Mein Konto' }]);
sweep('mentor', [{ name: 'Mein Konto (Mentor:in)', url: '/konto', heading: 'Mein Konto' }]);
sweep('ministerium', [
  { name: 'Mein Konto (Ministerium)', url: '/konto', heading: 'Mein Konto' },
  { name: 'Erklärung zur Barrierefreiheit (angemeldet)', url: '/barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' },
]);
