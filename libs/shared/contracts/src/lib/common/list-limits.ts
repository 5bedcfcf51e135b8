/**
 * Lists count their matching rows up to this many; beyond it the total says "more than 10,000"
 * (`Page.totalCapped`). Counting 80,000 rows on every page request would cost more than the page.
 * Plain constant without decorators, so the client can import it without class-validator.
 */
export const LIST_TOTAL_CAP = 10_000;
