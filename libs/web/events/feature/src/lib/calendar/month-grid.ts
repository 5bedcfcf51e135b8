/** A month as `YYYY-MM` (the form kept in the URL: `?ansicht=kalender&monat=2025-11`). */
export type MonthKey = string;

/** One cell of the month grid. */
export interface CalendarDay<T> {
  /** `YYYY-MM-DD` */
  iso: string;
  day: number;
  /** False for the leading/trailing days of the neighbouring months that fill the first and last week. */
  isInMonth: boolean;
  isToday: boolean;
  items: T[];
}

/** A week from Monday to Sunday. */
export interface CalendarWeek<T> {
  /** ISO date of the week's Monday. */
  key: string;
  days: CalendarDay<T>[];
}

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_TITLE = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MS = 86_400_000;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function isoOf(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function localIsoDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The month of an ISO date. */
export function monthOf(isoDate: string): MonthKey {
  return isoDate.slice(0, 7);
}

/** A valid month key from the URL, or the fallback (the current month) for anything else. */
export function parseMonth(value: string | null | undefined, fallback: MonthKey): MonthKey {
  return value && MONTH_PATTERN.test(value) ? value : fallback;
}

/** The month `delta` months before (negative) or after (positive) `month`. */
export function shiftMonth(month: MonthKey, delta: number): MonthKey {
  const [year, monthIndex] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, monthIndex - 1 + delta, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/** First and last day of the month as ISO dates (the API's `dateFrom` / `dateTo`). */
export function monthRange(month: MonthKey): { from: string; to: string } {
  const [year, monthIndex] = month.split('-').map(Number);
  return {
    from: isoOf(new Date(Date.UTC(year, monthIndex - 1, 1))),
    to: isoOf(new Date(Date.UTC(year, monthIndex, 0))),
  };
}

/** "November 2025" */
export function monthTitle(month: MonthKey): string {
  const [year, monthIndex] = month.split('-').map(Number);
  return MONTH_TITLE.format(new Date(Date.UTC(year, monthIndex - 1, 1)));
}

/**
 * The weeks (Monday to Sunday) that cover the month, each item placed on the day `dateOf` returns.
 * Items outside the month are ignored.
 */
export function buildMonthGrid<T>(month: MonthKey, items: readonly T[], dateOf: (item: T) => string, today: string): CalendarWeek<T>[] {
  const [year, monthIndex] = month.split('-').map(Number);
  const first = Date.UTC(year, monthIndex - 1, 1);
  const last = Date.UTC(year, monthIndex, 0);
  const mondayOffset = (new Date(first).getUTCDay() + 6) % 7;
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    const iso = dateOf(item);
    byDay.set(iso, [...(byDay.get(iso) ?? []), item]);
  }
  const weeks: CalendarWeek<T>[] = [];
  for (let start = first - mondayOffset * DAY_MS; start <= last; start += 7 * DAY_MS) {
    const days: CalendarDay<T>[] = [];
    for (let i = 0; i < 7; i++) {
      const date = new Date(start + i * DAY_MS);
      const iso = isoOf(date);
      const isInMonth = date.getUTCMonth() === monthIndex - 1;
      days.push({ iso, day: date.getUTCDate(), isInMonth, isToday: iso === today, items: isInMonth ? (byDay.get(iso) ?? []) : [] });
    }
    weeks.push({ key: days[0].iso, days });
  }
  return weeks;
}
