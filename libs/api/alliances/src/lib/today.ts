const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's calendar date in Germany as YYYY-MM-DD (the users' "today", whatever the server's time zone). */
export function todayIso(now: Date = new Date()): string {
  return BERLIN_DATE.format(now);
}
