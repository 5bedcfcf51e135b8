import { expect, type Locator, type Page } from '@playwright/test';

/** Nothing is loading any more (no <bn-loading>, no progress bar) in the page or the given part of it. */
export async function expectSettled(scope: Page | Locator): Promise<void> {
  await expect(scope.locator('bn-loading')).toHaveCount(0);
  await expect(scope.getByRole('progressbar')).toHaveCount(0);
}

/** The page has its heading and nothing is loading any more. */
export async function expectPageReady(page: Page, heading?: string | RegExp): Promise<void> {
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(heading === undefined ? h1 : h1.filter({ hasText: heading })).toBeVisible();
  await expectSettled(page);
}

/** The dialog (or alert dialog) that is open now. */
export function openDialog(page: Page): Locator {
  return page.getByRole('dialog').or(page.getByRole('alertdialog'));
}

/** Clicks the trigger and waits for its dialog; returns the dialog. */
export async function openDialogWith(page: Page, trigger: Locator): Promise<Locator> {
  await trigger.click();
  const dialog = openDialog(page);
  await expect(dialog).toBeVisible();
  await expectSettled(dialog);
  return dialog;
}

/**
 * Closes the open dialog with Escape and waits until it is gone. When focus sits in an autocomplete,
 * the first Escape closes its panel (as it should), so Escape is pressed up to three times.
 */
export async function closeDialog(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Escape');
    try {
      await expect(openDialog(page)).toHaveCount(0, { timeout: 2000 });
      return;
    } catch {
      // still open: the Escape went to a panel inside the dialog
    }
  }
  await expect(openDialog(page)).toHaveCount(0);
}
