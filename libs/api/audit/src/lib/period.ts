/**
 * Period bounds of the audit filters. A calendar date covers the whole day in German time
 * (Europe/Berlin, the users' time zone); a date-time is an exact instant, read as Berlin time when it
 * has no offset. Both bounds are inclusive.
 */
const TIME_ZONE = `'Europe/Berlin'`;
const OFFSET = /(Z|[+-]\d{2}:?\d{2})$/;

type BoundKind = 'date' | 'local' | 'instant';

function kindOf(value: string): BoundKind {
  if (!value.includes('T')) return 'date';
  return OFFSET.test(value.slice(value.indexOf('T'))) ? 'instant' : 'local';
}

/** SQL condition: `column` at or after the start of the bound. */
export function periodStartCondition(column: string, param: string, value: string): string {
  switch (kindOf(value)) {
    case 'date':
      return `${column} >= (CAST(:${param} AS date)::timestamp AT TIME ZONE ${TIME_ZONE})`;
    case 'local':
      return `${column} >= (CAST(:${param} AS timestamp) AT TIME ZONE ${TIME_ZONE})`;
    case 'instant':
      return `${column} >= CAST(:${param} AS timestamptz)`;
  }
}

/** SQL condition: `column` not after the bound (a date includes its whole day). */
export function periodEndCondition(column: string, param: string, value: string): string {
  switch (kindOf(value)) {
    case 'date':
      return `${column} < ((CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE ${TIME_ZONE})`;
    case 'local':
      return `${column} <= (CAST(:${param} AS timestamp) AT TIME ZONE ${TIME_ZONE})`;
    case 'instant':
      return `${column} <= CAST(:${param} AS timestamptz)`;
  }
}

/**
 * True when `to` lies before `from`. Exact for two dates or two instants; otherwise the calendar
 * days are compared (a mixed pair within one day is left to the query, which then finds nothing).
 */
export function isPeriodReversed(from: string, to: string): boolean {
  const fromKind = kindOf(from);
  const toKind = kindOf(to);
  if (fromKind === 'instant' && toKind === 'instant') return Date.parse(to) < Date.parse(from);
  if (fromKind === toKind) return to < from;
  return to.slice(0, 10) < from.slice(0, 10);
}
