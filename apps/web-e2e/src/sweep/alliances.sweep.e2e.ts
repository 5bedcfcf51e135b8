import { expect } from '@playwright/test';
import type { DemoLookup } from '../support/demo-lookup';
import { openDialog } from '../support/page-helpers';
import { calendarOpen, confirmation, dialog, invalidSubmit, rowMenu, selectOpen, sweep, tab, type SweepState } from './sweep';

/** The path of the Wolfsburg alliance (the coordinator's own). */
const wolfsburg = async (lookup: DemoLookup) => `/buendnisse/${(await lookup.named('fachberatung', '/api/alliances', 'Wolfsburg')).id}`;

/** The partner dialog switched to "Neue Organisation anlegen" (more fields), then closed. */
const newPartnerOrganisation: SweepState = {
  name: 'Dialog „Partner hinzufügen“ mit neuer Organisation',
  open: async (page) => {
    await page.getByRole('button', { name: 'Partner hinzufügen', exact: true }).first().click();
    await openDialog(page).getByRole('radio', { name: 'Neue Organisation anlegen' }).check();
    await expect(openDialog(page).getByLabel('Name der Organisation', { exact: true })).toBeVisible();
  },
  close: async (page) => {
    await openDialog(page).getByRole('button', { name: 'Abbrechen' }).click();
    await expect(openDialog(page)).toHaveCount(0);
  },
};

/** The detail page's tabs with their dialogs, for a role that may write the alliance's relations. */
function relationTabs(): SweepState[] {
  return [
    tab('Partner'),
    dialog('Partner hinzufügen'),
    newPartnerOrganisation,
    rowMenu(),
    tab('Kontakte'),
    dialog('Kontakt hinzufügen'),
    tab('Aktivitäten'),
    dialog('Aktivität erfassen'),
    rowMenu(),
    tab('Projekte'),
    dialog('Projekt anlegen'),
    tab('Veranstaltungen'),
    tab('Einsätze'),
    tab('Gemeinsame Erklärung'),
    dialog('Erklärung hinzufügen'),
    tab('Verlauf'),
  ];
}

sweep('fachberatung', [
  {
    name: 'Bündnisse › Liste',
    url: '/buendnisse',
    heading: 'Bündnisse',
    states: [selectOpen('Land'), selectOpen('Status')],
  },
  {
    name: 'Bündnisse › Liste gefiltert ohne Treffer',
    url: '/buendnisse?q=gibtesnichtxyz',
    heading: 'Bündnisse',
  },
  {
    name: 'Bündnisse › Neues Bündnis',
    url: '/buendnisse/neu',
    heading: 'Neues Bündnis',
    states: [calendarOpen(), invalidSubmit()],
  },
  {
    name: 'Bündnisse › Detail (Fachberatung)',
    url: wolfsburg,
    heading: 'Wolfsburg',
    states: [dialog('Status ändern'), confirmation('Archivieren'), ...relationTabs()],
  },
  {
    name: 'Bündnisse › Bearbeiten',
    url: async (lookup) => `${await wolfsburg(lookup)}/bearbeiten`,
    heading: 'Bündnis bearbeiten',
    states: [invalidSubmit('Speichern', ['Name des Bündnisses'])],
  },
  {
    name: 'Bündnisse › Detail eines unbekannten Bündnisses',
    url: '/buendnisse/00000000-0000-4000-8000-000000000000',
    heading: 'Bündnis nicht gefunden',
  },
]);

sweep('koordination', [
  { name: 'Bündnisse › Liste (Koordination)', url: '/buendnisse', heading: 'Bündnisse' },
  {
    name: 'Bündnisse › Detail (Koordination)',
    url: wolfsburg,
    heading: 'Wolfsburg',
    states: [dialog('Statusänderung beantragen'), ...relationTabs()],
  },
  {
    name: 'Bündnisse › Bearbeiten (Koordination)',
    url: async (lookup) => `${await wolfsburg(lookup)}/bearbeiten`,
    heading: 'Bündnis bearbeiten',
  },
]);

sweep('mentor', [
  { name: 'Bündnisse › Liste (Mentor:in)', url: '/buendnisse', heading: 'Bündnisse' },
  {
    name: 'Bündnisse › Detail (Mentor:in)',
    url: async (lookup) => `/buendnisse/${(await lookup.first('mentor', '/api/alliances')).id}`,
    states: [tab('Partner'), tab('Kontakte'), tab('Aktivitäten'), tab('Einsätze')],
  },
]);

sweep('leitung', [
  { name: 'Bündnisse › Liste (Leitung)', url: '/buendnisse', heading: 'Bündnisse' },
  {
    name: 'Bündnisse › Detail (Leitung)',
    url: wolfsburg,
    heading: 'Wolfsburg',
    states: [dialog('Status ändern'), tab('Partner'), tab('Verlauf')],
  },
]);
