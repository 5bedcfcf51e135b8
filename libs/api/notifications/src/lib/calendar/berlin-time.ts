/**
 * Sessions and events store a calendar date and a wall-clock time in Germany. Calendar feeds carry
 * exact instants (UTC), so that every calendar app shows them right without a VTIMEZONE block.
 */

const BERLIN_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of German time from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function berlinOffsetMs(instant: number): number {
  const parts = Object.fromEntries(BERLIN_PARTS.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return asUtc - instant;
}

/** The instant of a German wall-clock time (`HH:MM` or `HH:MM:SS`) on an ISO date. */
export function berlinWallTimeToInstant(isoDate: string, time: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes: the offset at the guessed instant may differ from the one at the result near a DST change.
  const first = wall - berlinOffsetMs(wall);
  return new Date(wall - berlinOffsetMs(first));
}
