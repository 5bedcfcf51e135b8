import { stat } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { expectPageReady, openDialog } from './support/page-helpers';

/** Clicks a download button and waits for the browser's download; returns it once it is complete. */
async function downloadWith(page: Page, button: Locator): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(await download.failure()).toBeNull();
  return download;
}

async function expectNonEmpty(download: Download): Promise<void> {
  const path = await download.path();
  expect((await stat(path)).size).toBeGreaterThan(0);
}

/** The row of the run with this Stichtag (unique per test run). */
function runRow(page: Page, referenceDate: string): Locator {
  return page.getByRole('row').filter({ hasText: referenceDate });
}

test.describe('Ministry reports', () => {
  test.use({ role: 'fachberatung' });

  test('Fachberatung generates a Bündnis-Monitor, Leitung releases it, the ministry downloads it', async ({ page, pageAs, apiAs }) => {
    test.setTimeout(180_000);
    // A Stichtag of its own (day and month from the clock) finds this run's row among earlier ones.
    const now = new Date();
    const day = String((now.getTime() % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(now.getTime() / 28) % 12) + 1).padStart(2, '0');
    const referenceDate = `${day}.${month}.2025`;
    const isoReferenceDate = `2025-${month}-${day}`;

    await page.goto('/berichte');
    await expectPageReady(page, 'Berichte');
    await page.getByRole('button', { name: 'Bericht erstellen', exact: true }).first().click();
    const dialog = openDialog(page);
    await expect(dialog.getByRole('heading', { name: 'Bericht erstellen' })).toBeVisible();
    await dialog.getByRole('radio', { name: 'Bündnis-Monitor' }).check();
    await dialog.getByLabel('Zeitraum von', { exact: true }).fill('01.01.2025');
    await dialog.getByLabel('Zeitraum bis', { exact: true }).fill('31.12.2025');
    await dialog.getByLabel('Stichtag', { exact: true }).fill(referenceDate);
    const created = page.waitForResponse((response) => response.url().endsWith('/api/reports/runs') && response.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Bericht erstellen', exact: true }).click();
    expect((await created).status()).toBe(202);
    const runId = ((await (await created).json()) as { id: string }).id;
    await expect(openDialog(page)).toHaveCount(0);

    // The row shows the job: a determinate progress bar while it runs, "100 %" and "Fertig" when done.
    const row = runRow(page, referenceDate);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('progressbar').or(row.getByText('Fertig'))).toBeVisible();
    const bar = row.getByRole('progressbar');
    if (await bar.count()) {
      const value = Number(await bar.getAttribute('aria-valuenow'));
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
    }
    await expect(row).toContainText('100 %', { timeout: 120_000 });
    await expect(row).toContainText('Fertig');
    await expect(row.getByRole('progressbar')).toHaveCount(0);
    await expect(row).toContainText('Entwurf');

    const xlsx = await downloadWith(page, row.getByRole('button', { name: /als Excel-Datei \(XLSX\) herunterladen/ }));
    expect(xlsx.suggestedFilename()).toMatch(new RegExp(`^Buendnis-Monitor_${isoReferenceDate}_[0-9a-f]{8}\\.xlsx$`));
    await expectNonEmpty(xlsx);
    const pdf = await downloadWith(page, row.getByRole('button', { name: /als PDF herunterladen/ }));
    expect(pdf.suggestedFilename()).toMatch(new RegExp(`^Buendnis-Monitor_${isoReferenceDate}_[0-9a-f]{8}\\.pdf$`));
    await expectNonEmpty(pdf);

    // A draft is not the ministry's yet.
    const ministryApi = await apiAs('ministerium');
    expect((await ministryApi.get(`/api/reports/runs/${runId}`)).status()).toBe(404);

    const leitung = await pageAs('leitung');
    await leitung.goto('/berichte');
    await expectPageReady(leitung, 'Berichte');
    const draft = runRow(leitung, referenceDate);
    await draft.getByRole('button', { name: 'Freigeben' }).click();
    const confirm = openDialog(leitung);
    await expect(confirm.getByRole('heading', { name: 'Bericht freigeben?' })).toBeVisible();
    await confirm.getByRole('button', { name: 'Freigeben', exact: true }).click();
    await expect(openDialog(leitung)).toHaveCount(0);
    await expect(draft).toContainText('Freigegeben');
    await expect(draft.getByRole('button', { name: 'Freigeben' })).toHaveCount(0);

    const ministry = await pageAs('ministerium');
    await ministry.goto('/');
    await ministry.getByRole('link', { name: 'Freigegebene Berichte' }).click();
    await expectPageReady(ministry, 'Berichte');
    const released = runRow(ministry, referenceDate);
    await expect(released).toContainText('Freigegeben');
    await expect(ministry.getByRole('button', { name: 'Bericht erstellen' })).toHaveCount(0);
    await expect(released.getByRole('button', { name: 'Freigeben' })).toHaveCount(0);
    const ministryPdf = await downloadWith(ministry, released.getByRole('button', { name: /als PDF herunterladen/ }));
    expect(ministryPdf.suggestedFilename()).toBe(pdf.suggestedFilename());
    await expectNonEmpty(ministryPdf);
    const ministryXlsx = await downloadWith(ministry, released.getByRole('button', { name: /als Excel-Datei \(XLSX\) herunterladen/ }));
    expect(ministryXlsx.suggestedFilename()).toBe(xlsx.suggestedFilename());
    await expectNonEmpty(ministryXlsx);
  });

  test('exports the alliance list as XLSX from the list page', async ({ page }) => {
    await page.goto('/buendnisse');
    await expectPageReady(page, 'Bündnisse');
    await page.getByRole('button', { name: 'Bündnisse exportieren' }).click();
    const download = await downloadWith(page, page.getByRole('menuitem', { name: 'Excel (XLSX)' }));
    expect(download.suggestedFilename()).toMatch(/^buendnisse_\d{4}-\d{2}-\d{2}\.xlsx$/);
    await expectNonEmpty(download);
    await expect(page.getByRole('status').filter({ hasText: 'Export heruntergeladen' })).toBeVisible();
  });
});
