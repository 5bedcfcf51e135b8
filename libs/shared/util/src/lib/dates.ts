/** Formats an ISO date (YYYY-MM-DD) as German TT.MM.JJJJ. */
export function formatGermanDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) {
    throw new Error(`Not an ISO date: ${isoDate}`);
  }
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** True when the string is a real calendar date in ISO form YYYY-MM-DD. */
export function isIsoCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of an instant in Germany, whatever the server's time zone. */
export function berlinDate(instant: Date): string {
  return BERLIN_DATE.format(instant);
}

/** Today's date (YYYY-MM-DD) in Germany; passed to SQL so that server and database agree. */
export function berlinToday(): string {
  return berlinDate(new Date());
}

/** The same day one month later, clamped to the month's last day (31 Jan → 28/29 Feb), as PostgreSQL does. */
export function addOneMonth(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const targetYear = month === 12 ? year + 1 : year;
  const targetMonth = month === 12 ? 1 : month + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}
