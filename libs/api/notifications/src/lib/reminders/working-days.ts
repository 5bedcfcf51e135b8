/**
 * Working days for the deadlines of domain-research §2.5 ("acknowledge ≤ 2 Werktage", "mentor answers
 * ≤ 5 Werktage"): Monday to Friday. German public holidays are ignored (they differ by Land; a
 * reminder one day early on a holiday is acceptable). Dates are ISO calendar dates (YYYY-MM-DD).
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

function toIso(utc: number): string {
  return new Date(utc).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(toUtc(isoDate)).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

export function addCalendarDays(isoDate: string, days: number): string {
  return toIso(toUtc(isoDate) + days * DAY_MS);
}

/**
 * The deadline `days` working days after `start`: counting begins the day after `start`
 * (Monday + 2 = Wednesday, Friday + 2 = Tuesday, Saturday + 2 = Tuesday).
 */
export function addWorkingDays(start: string, days: number): string {
  let current = start;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** True when the deadline (`days` working days after `start`) lies before `today`. */
export function isOverdue(start: string, days: number, today: string): boolean {
  return addWorkingDays(start, days) < today;
}

/**
 * The latest start date that is overdue on `today`: every item started on or before it has passed its
 * deadline (the deadline grows with the start date), so a query can filter with `start <= cutoff`.
 */
export function latestOverdueStart(today: string, days: number): string {
  let candidate = addCalendarDays(today, -1);
  while (!isOverdue(candidate, days, today)) {
    candidate = addCalendarDays(candidate, -1);
  }
  return candidate;
}
