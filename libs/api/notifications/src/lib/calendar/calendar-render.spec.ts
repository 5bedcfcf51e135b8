import ICAL from 'ical.js';
import { renderCalendar } from './calendar-render';

describe('renderCalendar', () => {
  const ics = renderCalendar(
    'Bündnisnetz – Test',
    [
      {
        uid: 'session-1@buendnisnetz',
        summary: 'Einsatz: Gründungsbegleitung',
        date: '2025-05-20',
        startTime: '09:30:00',
        endTime: '12:00:00',
        location: 'Rathaus, Sitzungssaal, Nörten-Hardenberg',
        description: 'Analyse; Ziele, nächste Schritte',
        url: 'https://buendnisnetz.example.org/einsaetze/1',
      },
      { uid: 'event-2@buendnisnetz', summary: 'Gründungsfeier', date: '2025-06-03', startTime: null, endTime: null, location: null, description: null, url: null },
      { uid: 'session-3@buendnisnetz', summary: 'Ohne Ende', date: '2025-01-07', startTime: '18:00', endTime: null, location: 'Online', description: null, url: null },
    ],
    new Date('2025-05-01T00:00:00Z'),
  );
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

  it('is a valid iCalendar document with one VEVENT per entry', () => {
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Bündnisnetz – Test');
    expect(events.map((event) => event.uid)).toEqual(['session-1@buendnisnetz', 'event-2@buendnisnetz', 'session-3@buendnisnetz']);
  });

  it('writes German wall-clock times as UTC instants, with text escaped', () => {
    const [session] = events;
    expect(session.summary).toBe('Einsatz: Gründungsbegleitung');
    expect(session.startDate.toJSDate().toISOString()).toBe('2025-05-20T07:30:00.000Z');
    expect(session.endDate.toJSDate().toISOString()).toBe('2025-05-20T10:00:00.000Z');
    expect(session.location).toBe('Rathaus, Sitzungssaal, Nörten-Hardenberg');
    expect(session.description).toBe('Analyse; Ziele, nächste Schritte');
  });

  it('makes entries without a time all-day, and gives entries without an end one hour', () => {
    const [, allDay, open] = events;
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2025-06-03');
    expect(allDay.endDate.toString()).toBe('2025-06-04');
    expect(open.startDate.toJSDate().toISOString()).toBe('2025-01-07T17:00:00.000Z');
    expect(open.endDate.toJSDate().toISOString()).toBe('2025-01-07T18:00:00.000Z');
  });
});
