import ical, { ICalCalendarMethod } from 'ical-generator';
import { berlinWallTimeToInstant } from './berlin-time';

/** One appointment of a feed: a deployment session or an alliance event. */
export interface CalendarEntry {
  /** Stable across renderings, so calendar apps update instead of duplicating. */
  uid: string;
  summary: string;
  /** ISO calendar date. */
  date: string;
  /** German wall-clock times (HH:MM[:SS]); without a start the entry lasts the whole day. */
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  description: string | null;
  url: string | null;
}

/** Length of an appointment whose end time is unknown. */
const DEFAULT_DURATION_MS = 60 * 60 * 1000;

function nextDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1));
}

/** Renders a feed as an iCalendar (RFC 5545) document. */
export function renderCalendar(name: string, entries: CalendarEntry[], stamp: Date = new Date()): string {
  const calendar = ical({
    name,
    prodId: { company: 'Servicebüro Lokale Bündnisse für Familie', product: 'Bündnisnetz', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const entry of entries) {
    const common = {
      id: entry.uid,
      stamp,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      url: entry.url,
    };
    if (!entry.startTime) {
      const [year, month, day] = entry.date.split('-').map(Number);
      calendar.createEvent({ ...common, allDay: true, start: new Date(Date.UTC(year, month - 1, day)), end: nextDay(entry.date) });
      continue;
    }
    const start = berlinWallTimeToInstant(entry.date, entry.startTime);
    const end = entry.endTime ? berlinWallTimeToInstant(entry.date, entry.endTime) : new Date(start.getTime() + DEFAULT_DURATION_MS);
    calendar.createEvent({ ...common, start, end });
  }
  return calendar.toString();
}
