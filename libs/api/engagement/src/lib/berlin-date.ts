const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date (YYYY-MM-DD) in Germany; passed to SQL so that server and database agree. */
export function berlinToday(): string {
  return BERLIN_DATE.format(new Date());
}
