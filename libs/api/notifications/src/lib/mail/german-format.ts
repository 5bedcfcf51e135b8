/** TT.MM.JJJJ from an ISO calendar date (YYYY-MM-DD…), as users read dates. */
export function formatDateDe(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${day}.${month}.${year}`;
}

/** TT.MM.JJJJ, HH:MM Uhr of an instant, in German time. */
export function formatDateTimeDe(instant: Date): string {
  const parts = new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
  return `${parts.replace(',', '')} Uhr`;
}

/** "vom 01.03.2026 bis 15.03.2026", "ab 01.03.2026", "bis 15.03.2026", or null without a window. */
export function formatWindowDe(from: string | null, until: string | null): string | null {
  if (from && until) return `${formatDateDe(from)} bis ${formatDateDe(until)}`;
  if (from) return `ab ${formatDateDe(from)}`;
  if (until) return `bis ${formatDateDe(until)}`;
  return null;
}

/** "A", "A und B", "A, B und C". */
export function joinGerman(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}
