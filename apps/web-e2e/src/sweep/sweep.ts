import { expect, type Page } from '@playwright/test';
import { test } from '../support/fixtures';
import { expectAccessible } from '../support/axe';
import type { DemoRole } from '../support/demo-accounts';
import type { DemoLookup } from '../support/demo-lookup';
import { closeDialog, expectPageReady, expectSettled, openDialog, openDialogWith } from '../support/page-helpers';

/** One state of a page that axe checks besides the page itself: a dialog, a menu, a tab, shown errors. */
export interface SweepState {
  name: string;
  /** Brings the page into the state. */
  open: (page: Page) => Promise<void>;
  /** Leaves the state again (default: none, the next state builds on this one). */
  close?: (page: Page) => Promise<void>;
}

/** A route of the app as one role sees it, with the states to check there. */
export interface SweepPage {
  name: string;
  url: string | ((lookup: DemoLookup) => Promise<string>);
  /** Text the h1 must contain once the page has loaded. */
  heading?: string | RegExp;
  states?: SweepState[];
}

/** Registers one test per page: open it, wait until it has loaded, axe it, then axe each of its states. */
export function sweep(role: DemoRole, pages: SweepPage[]): void {
  test.describe(`accessibility sweep (${role})`, () => {
    test.use({ role });
    for (const definition of pages) {
      test(definition.name, async ({ page, lookup }) => {
        // One page with many dialogs is one test: allow time per state (axe itself takes seconds per run).
        test.setTimeout(60_000 + 20_000 * (definition.states?.length ?? 0));
        const url = typeof definition.url === 'string' ? definition.url : await definition.url(lookup);
        await page.goto(url);
        await expectPageReady(page, definition.heading);
        await expectAccessible(page, { page: definition.name, role });
        for (const state of definition.states ?? []) {
          await test.step(state.name, async () => {
            await state.open(page);
            await expectAccessible(page, { page: definition.name, state: state.name, role });
            await state.close?.(page);
          });
        }
      });
    }
  });
}

// --- state builders ---------------------------------------------------------------------------------

/** A dialog opened by a button (or link) with this accessible name; closed with Escape. */
export function dialog(buttonName: string | RegExp, name = `Dialog „${String(buttonName)}“`): SweepState {
  return {
    name,
    open: async (page) => {
      await openDialogWith(page, page.getByRole('button', { name: buttonName, exact: typeof buttonName === 'string' }).first());
    },
    close: closeDialog,
  };
}

/** A confirmation (e.g. before archiving): opened, checked, then cancelled. */
export function confirmation(buttonName: string | RegExp): SweepState {
  return {
    name: `Rückfrage „${String(buttonName)}“`,
    open: async (page) => {
      await openDialogWith(page, page.getByRole('button', { name: buttonName, exact: typeof buttonName === 'string' }).first());
    },
    close: async (page) => {
      await openDialog(page).getByRole('button', { name: 'Abbrechen' }).click();
      await expect(openDialog(page)).toHaveCount(0);
    },
  };
}

/** The first row action menu of a table (icon button "Aktionen für …"). */
export function rowMenu(buttonName: string | RegExp = /^Aktionen für/): SweepState {
  return {
    name: 'Zeilenmenü offen',
    open: async (page) => {
      await page.getByRole('button', { name: buttonName }).first().click();
      await expect(page.getByRole('menu')).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toHaveCount(0);
    },
  };
}

/** The options of a select or autocomplete field (by its label). */
export function selectOpen(label: string): SweepState {
  return {
    name: `Auswahl „${label}“ offen`,
    open: async (page) => {
      await page.getByRole('combobox', { name: label, exact: true }).first().click();
      await expect(page.getByRole('listbox')).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('listbox')).toHaveCount(0);
    },
  };
}

/** A date picker's calendar (opened by its toggle button). */
export function calendarOpen(toggleName: string | RegExp = /Kalender|Datum auswählen|calendar/i): SweepState {
  return {
    name: 'Kalender offen',
    open: async (page) => {
      await page.getByRole('button', { name: toggleName }).first().click();
      await expect(page.locator('mat-calendar')).toBeVisible();
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.locator('mat-calendar')).toHaveCount(0);
    },
  };
}

/** A tab of a tab group, left selected for the next states. */
export function tab(label: string): SweepState {
  return {
    name: `Reiter „${label}“`,
    open: async (page) => {
      await page.getByRole('tab', { name: label, exact: true }).click();
      await expect(page.getByRole('tab', { name: label, exact: true })).toHaveAttribute('aria-selected', 'true');
      await expectSettled(page);
    },
  };
}

/** A form submitted empty (or invalid): the field errors show. */
export function invalidSubmit(buttonName = 'Speichern', clear?: string[]): SweepState {
  return {
    name: 'Fehlermeldungen an den Feldern',
    open: async (page) => {
      for (const label of clear ?? []) await page.getByLabel(label, { exact: true }).first().fill('');
      await page.getByRole('button', { name: buttonName, exact: true }).first().click();
      await expect(page.locator('mat-error').first()).toBeVisible();
    },
  };
}
