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
