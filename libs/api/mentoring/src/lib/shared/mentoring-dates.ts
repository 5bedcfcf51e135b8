const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Germany as YYYY-MM-DD (the users' calendar, whatever the server's time zone). */
export function todayInGermany(now: Date = new Date()): string {
  return BERLIN_DATE.format(now);
}

/** `time` columns come back as HH:MM:SS; the API speaks HH:MM. */
export function toHourMinute(value: string | null): string | null {
  return value === null ? null : value.slice(0, 5);
}

export function toIsoOrNull(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/** Rounds a sum of numeric(…, 2) values, so that 0.1 + 0.2 is 0.3. */
export function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}
