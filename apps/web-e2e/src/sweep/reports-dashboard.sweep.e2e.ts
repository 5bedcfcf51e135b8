import { expect } from '@playwright/test';
import { dialog, sweep, type SweepState } from './sweep';

/** The "Exportieren" menu of a list page (XLSX / CSV), opened and closed with Escape. */
function exportMenu(buttonName: string): SweepState {
  return {
    name: `Menü „${buttonName}“ offen`,
    open: async (page) => {
      await page.getByRole('button', { name: buttonName }).click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
    },
  };
}

/** Dashboard, map and reports (issue 6) as the Fachberatung sees them, and the export menu of a list. */
sweep('fachberatung', [
  { name: 'Übersicht', url: '/uebersicht', heading: 'Übersicht' },
  { name: 'Karte', url: '/karte', heading: 'Karte' },
  { name: 'Berichte', url: '/berichte', heading: 'Berichte', states: [dialog('Bericht erstellen')] },
  { name: 'Bündnisse › Export', url: '/buendnisse', heading: 'Bündnisse', states: [exportMenu('Bündnisse exportieren')] },
]);

/** The ministry: aggregates and released reports only. */
sweep('ministerium', [
  { name: 'Start (Ministerium)', url: '/', heading: /Willkommen/ },
  { name: 'Übersicht (Ministerium)', url: '/uebersicht', heading: 'Übersicht' },
  { name: 'Karte (Ministerium)', url: '/karte', heading: 'Karte' },
  { name: 'Berichte (Ministerium)', url: '/berichte', heading: 'Berichte' },
]);
