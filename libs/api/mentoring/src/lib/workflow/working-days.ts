/**
 * Working days for the service levels of domain-research §2.5 (acknowledge ≤ 2 Werktage, mentor
 * answers ≤ 5 Werktage). A working day is Monday to Friday. German public holidays are IGNORED
 * (they differ by Land; a holiday counts as a working day), which the issue accepts: a deadline may
 * then fall one day early around a holiday. Dates are ISO calendar dates (YYYY-MM-DD), computed in UTC
 * so that the server's time zone plays no part.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar days (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  return toIso(new Date(toUtc(isoDate).getTime() + days * DAY_MS));
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = toUtc(isoDate).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `count` working days after `isoDate` (the start day itself never counts): Monday + 2 is
 * Wednesday, Friday + 2 is Tuesday, Saturday + 2 is Tuesday. With 0, the date itself.
 */
export function addWorkingDays(isoDate: string, count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  let date = isoDate;
  for (let added = 0; added < count; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) added += 1;
  }
  return date;
}

/** True when something that started on `startDate` and had `count` working days is overdue on `today`. */
export function isOverdue(startDate: string, count: number, today: string): boolean {
  return addWorkingDays(startDate, count) < today;
}

/**
 * The earliest start date that is NOT yet overdue on `today`: everything that started before it is
 * overdue. Lets SQL filter with one comparison (`received_on < :cutoff`). Because addWorkingDays never
 * decreases when the start moves later, stepping back from today finds the boundary in a few steps.
 */
export function overdueCutoff(today: string, count: number): string {
  let cutoff = today;
  while (!isOverdue(addDays(cutoff, -1), count, today)) cutoff = addDays(cutoff, -1);
  return cutoff;
}
