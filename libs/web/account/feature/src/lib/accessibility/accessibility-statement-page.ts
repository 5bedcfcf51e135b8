import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Contact for reports about barriers (feedback mechanism, § 12b (2) Nr. 2 BGG). */
export const ACCESSIBILITY_FEEDBACK_EMAIL = 'barrierefreiheit@servicebuero.example';
/** When the statement was written and last reviewed (TT.MM.JJJJ). */
export const ACCESSIBILITY_STATEMENT_DATE = '21.11.2026';

/**
 * "Erklärung zur Barrierefreiheit" after § 12b BGG and BITV 2.0: state of compliance with the known
 * gaps, how it was checked, the feedback channel and the conciliation procedure (§ 16 BGG).
 * Update the gaps and the date whenever one is closed or found.
 */
@Component({
  selector: 'bn-accessibility-statement-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accessibility-statement-page.html',
  styles: `
    :host { display: block; max-width: 72ch; margin: 0 auto; padding: 24px 16px 48px; }
    h1 { font: var(--mat-sys-headline-medium); margin: 0 0 16px; }
    h2 { font: var(--mat-sys-title-large); margin: 32px 0 8px; }
    li { margin-bottom: 8px; }
    address { font-style: normal; }
  `,
})
export class AccessibilityStatementPage {
  protected readonly email = ACCESSIBILITY_FEEDBACK_EMAIL;
  protected readonly statementDate = ACCESSIBILITY_STATEMENT_DATE;
}
