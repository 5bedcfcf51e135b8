import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { appendFileSync } from 'node:fs';
import { AXE_RECORDS_FILE } from './paths';

/** WCAG 2.1 level A and AA, the standard PRODUCT.md asks for. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Findings in third-party components that the app cannot change without replacing them. Each is
 * matched by rule and element exactly, counted in tmp/axe-summary.json under `exceptions`, and
 * printed at the end of every run; nothing else is excused.
 */
export const KNOWN_EXCEPTIONS: readonly { rule: string; target: string; reason: string }[] = [
  {
    rule: 'label-content-name-mismatch',
    target: '.mat-calendar-period-button',
    reason:
      'Angular Material calendar header: the button shows the month ("NOV. 2026", aria-hidden), its name is the action ' +
      '(aria-label from MatDatepickerIntl), the month is its aria-describedby. Only a custom calendar header could change this.',
  },
];

function isKnownException(rule: string, target: string): boolean {
  return KNOWN_EXCEPTIONS.some((exception) => exception.rule === rule && exception.target === target);
}

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeRecord {
  page: string;
  state: string;
  role: string;
  url: string;
  violations: AxeViolation[];
  /** Findings matched by KNOWN_EXCEPTIONS (not failures, but reported). */
  exceptions: AxeViolation[];
}

/** Lets fonts load and finite CSS transitions and animations (dialog fade-in, ripples) end before axe measures. */
export async function settleAnimations(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Icon ligatures ("account_circle") count as text until the icon font has loaded.
    await document.fonts.ready;
    const finite = document
      .getAnimations()
      .filter((animation) => {
        const timing = animation.effect?.getComputedTiming();
        return timing !== undefined && timing.iterations !== Infinity;
      })
      .map((animation) => animation.finished.catch(() => undefined));
    await Promise.race([Promise.all(finite), new Promise((resolve) => setTimeout(resolve, 2000))]);
  });
}

/**
 * Runs axe on the page as it is now (one check = one page in one state, e.g. with a dialog open),
 * records the result for the summary and fails the test softly, so that the test goes on to check
 * its remaining states and reports every violation at once.
 */
export async function expectAccessible(page: Page, where: { page: string; state?: string; role: string }): Promise<void> {
  await settleAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const findings = (keep: (rule: string, target: string) => boolean): AxeViolation[] =>
    results.violations
      .map((violation) => ({
        rule: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')).filter((target) => keep(violation.id, target)),
      }))
      .filter((violation) => violation.targets.length > 0);
  const violations = findings((rule, target) => !isKnownException(rule, target));
  const exceptions = findings(isKnownException);
  const record: AxeRecord = { page: where.page, state: where.state ?? 'Seite', role: where.role, url: page.url(), violations, exceptions };
  appendFileSync(AXE_RECORDS_FILE, `${JSON.stringify(record)}\n`);
  expect.soft(violations, `axe (WCAG 2.1 AA): ${where.page} – ${record.state} (${where.role})`).toEqual([]);
}
