import { test, expect } from '../support/fixtures';
import { expectPageReady, openDialog } from '../support/page-helpers';

/** Today as TT.MM.JJJJ (what a person types into a date field). */
function germanToday(): string {
  return new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Berlin' }).format(new Date());
}

test.describe('coordinator at work', () => {
  test.use({ role: 'koordination' });

  test('edits the own alliance (Wolfsburg), adds a partner and logs an activity', async ({ page, lookup }) => {
    const stamp = Date.now().toString().slice(-6);
    const wolfsburg = await lookup.named('koordination', '/api/alliances', 'Wolfsburg');

    // Edit the profile: a new public phone number shows on the detail page.
    await page.goto(`/buendnisse/${wolfsburg.id}`);
    await expectPageReady(page, 'Wolfsburg');
    await page.getByRole('link', { name: 'Bearbeiten' }).click();
    await expectPageReady(page, 'Bündnis bearbeiten');
    await expect(page.getByLabel('Name des Bündnisses', { exact: true })).toHaveValue(/Wolfsburg/);
    const phone = `05361 28${stamp}`;
    await page.getByLabel('Öffentliche Telefonnummer', { exact: true }).fill(phone);
    await page.getByRole('button', { name: 'Speichern', exact: true }).click();
    await expect(page.getByText('Gespeichert.')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/buendnisse/${wolfsburg.id}$`));
    await expect(page.getByRole('main')).toContainText(phone);

    // Add an existing organisation that is not yet a partner: one of the partners of the coordinator's
    // other alliance (Nörten-Hardenberg); coordinators see only organisations partnering their alliances.
    const partnersOf = async (allianceId: string) => lookup.list('koordination', `/api/alliances/${allianceId}/partners`);
    const own = await lookup.list('koordination', '/api/alliances');
    const other = own.find((a) => a['name'] === 'Lokales Bündnis für Familie Nörten-Hardenberg');
    if (!other) throw new Error('The coordinator has no second alliance (Nörten-Hardenberg) in the demo data');
    const wolfsburgPartners = new Set((await partnersOf(wolfsburg.id)).map((p) => String(p['organisationId'])));
    const otherPartners = await partnersOf(other.id);
    const names = otherPartners.map((p) => String(p['organisationName']));
    const candidate = otherPartners.find(
      (p) => !wolfsburgPartners.has(String(p['organisationId'])) && names.filter((n) => n === p['organisationName']).length === 1,
    );
    if (!candidate) throw new Error('No partner of Nörten-Hardenberg is left to add to Wolfsburg');
    const organisationName = String(candidate['organisationName']);

    await page.getByRole('tab', { name: 'Partner', exact: true }).click();
    await page.getByRole('button', { name: 'Partner hinzufügen', exact: true }).first().click();
    const partnerDialog = openDialog(page);
    await expect(partnerDialog.getByRole('heading', { name: 'Partner hinzufügen' })).toBeVisible();
    await partnerDialog.getByLabel('Organisation suchen', { exact: true }).fill(organisationName.slice(0, 12));
    await page.getByRole('option', { name: new RegExp(`^${organisationName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await partnerDialog.getByRole('combobox', { name: 'Rollen im Bündnis' }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await partnerDialog.getByLabel('Partner seit', { exact: true }).fill(germanToday());
    await partnerDialog.getByRole('button', { name: 'Partner hinzufügen', exact: true }).click();
    await expect(openDialog(page)).toHaveCount(0);
    await expect(page.getByText(`„${organisationName}“ ist jetzt Partner des Bündnisses.`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Partner des Bündnisses' })).toContainText(organisationName);

    // Log an activity.
    const title = `Elternabend Kita Sonnenschein ${stamp}`;
    await page.getByRole('tab', { name: 'Aktivitäten', exact: true }).click();
    await page.getByRole('button', { name: 'Aktivität erfassen', exact: true }).first().click();
    const activityDialog = openDialog(page);
    await activityDialog.getByRole('combobox', { name: 'Art der Aktivität' }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await activityDialog.getByLabel('Datum', { exact: true }).fill(germanToday());
    await activityDialog.getByLabel('Titel', { exact: true }).fill(title);
    await activityDialog.getByLabel('Erreichte Personen', { exact: true }).fill('24');
    await activityDialog.getByRole('button', { name: 'Aktivität erfassen', exact: true }).click();
    await expect(openDialog(page)).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Aktivitäten des Bündnisses' })).toContainText(title);

    // Everything is stored: after a reload (which keeps the tab) the activity, the partner and the phone number are there.
    await page.reload();
    await expectPageReady(page, 'Wolfsburg');
    await expect(page.getByRole('table', { name: 'Aktivitäten des Bündnisses' })).toContainText(title);
    await page.getByRole('tab', { name: 'Partner', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Partner des Bündnisses' })).toContainText(organisationName);
    await page.getByRole('tab', { name: 'Profil', exact: true }).click();
    await expect(page.getByRole('main')).toContainText(phone);
  });
});
