import { formatGermanDate } from '@bn/shared/util';

/* German number and date formatting for the matcher's explanations (decimal comma, TT.MM.JJJJ). */

const INTEGER = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** 1234 → "1.234". */
export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** 4.5 → "4,5"; 4 → "4,0". */
export function formatOneDecimal(value: number): string {
  return ONE_DECIMAL.format(value);
}

/** "vom 01.03.2026 bis 15.03.2026" */
export function formatPeriod(from: string, until: string): string {
  return `vom ${formatGermanDate(from)} bis ${formatGermanDate(until)}`;
}

/** "1 Einsatz", "2 Einsätze" */
export function formatDeploymentCount(count: number): string {
  return count === 1 ? '1 Einsatz' : `${formatInteger(count)} Einsätze`;
}
