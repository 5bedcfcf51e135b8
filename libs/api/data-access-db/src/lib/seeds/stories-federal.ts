import { EventFormat, EventType } from '@bn/shared/contracts';
import { SeedContext } from './context';
import { addEvent, addParticipant, addSpeaker } from './events';

/*
 * Story 5: federal events (domain-research §1.9–§1.11, §4.3) organised by the ministry or the
 * Servicebüro (alliance null), plus the dated local events of real alliances. Where the source
 * gives only a month, the day is a demo value and the description says so (⚠).
 */

const BERLIN = '11000000';

const AKTIONSTAGE: readonly (readonly [number, string, string])[] = [
  [2015, 'Mehr Partnerschaftlichkeit – ein Plus für die ganze Familie', ''],
  [2019, '15 Jahre Lokale Bündnisse für Familie – Die Initiative für starke Familien', 'Die Bundesfamilienministerin besuchte das Bündnis in Göppingen (Bündnis des Monats März 2019).'],
  [2020, 'Stark vor Ort – stark für Familie', 'Wegen der Corona-Pandemie ohne Vor-Ort-Veranstaltungen.'],
  [2021, 'Zusammenhalt. Vor Ort und für Familien.', 'Rund 100 Bündnisse beteiligt; Ideenwettbewerb mit Jury aus Mentor:innen und Ministerium.'],
  [2022, 'Familie ist alles – und noch mehr.', 'Jahr des Mottos ⚠ erschlossen.'],
  [2023, 'Stark für Familienmomente', 'Rund 300 Bündnisse beteiligt.'],
  [2024, '20 Jahre für Familien, mit Familien', '20 Jahre Lokale Bündnisse für Familie.'],
  [2025, 'Zeit für Wir: Familie leben', 'Rund 300 aktive Bündnisse eingeladen; Materialpakete und Aktionskarte.'],
];

const ONLINE_SEMINARS: readonly (readonly [string, string])[] = [
  ['2021-02-24', 'Online-Seminar: Partnerschaftliche Aufgabenteilung von Erwerbs- und Sorgearbeit'],
  ['2021-09-15', 'Mittags-Talk: Stiftungen als Partner Lokaler Bündnisse'],
  ['2022-03-09', 'Online-Seminar: Generationenwechsel in der Bündniskoordination'],
  ['2022-10-12', 'Mittags-Talk: Familien mit Fluchtgeschichte willkommen heißen'],
  ['2023-04-19', 'Online-Seminar: Projekt Zukunft – das Siegel „Ausgezeichnetes Bündnis“'],
  ['2023-09-27', 'Mittags-Talk: Kinderarmut vor Ort begegnen'],
  ['2024-02-21', 'Online-Seminar: Sichtbarkeit und Social Media für Bündnisse'],
  ['2024-06-12', 'Online-Seminar: Vereinbarkeit von Familie, Pflege und Beruf'],
  ['2024-10-16', 'Mittags-Talk: Unternehmen als Bündnispartner gewinnen'],
  ['2025-03-12', 'Online-Seminar: Best Practice Digitalisierung und Familien-Apps'],
  ['2025-06-04', 'Mittags-Talk: Eine Bündnisumfrage selbst durchführen'],
  ['2025-09-24', 'Online-Seminar: Aktivitätsgrad und Profilpflege im Bündnisportal'],
];

export function storyFederalEvents(ctx: SeedContext): void {
  const servicebuero = ctx.org('servicebuero');
  const ministry = ctx.org('bmbfsfj');
  const federal = (type: EventType, organiser: 'MINISTERIUM' | 'SERVICEBUERO', title: string, startsOn: string, extra: { format?: EventFormat; venue?: string | null; gemeindeAgs?: string | null; participantsCount?: number | null; description?: string; startTime?: string; endTime?: string } = {}) =>
    addEvent(ctx, {
      type,
      organiser,
      alliance: null,
      title,
      startsOn,
      format: extra.format ?? 'PRAESENZ',
      venue: extra.venue ?? (extra.format === 'ONLINE' ? null : 'Berlin'),
      gemeindeAgs: extra.gemeindeAgs === undefined ? (extra.format === 'ONLINE' ? null : BERLIN) : extra.gemeindeAgs,
      participantsCount: extra.participantsCount ?? null,
      description: extra.description ?? null,
      startTime: extra.startTime ?? null,
      endTime: extra.endTime ?? null,
    });
  const mentorsBy = (on: string) => ctx.mentors.filter((m) => m.qualifiedSince !== null && m.qualifiedSince <= on && (m.activeUntil === null || m.activeUntil >= on));

  const kickoff = federal('MENTORENTREFFEN', 'MINISTERIUM', 'Auftakt des Mentorenprogramms der Lokalen Bündnisse für Familie', '2011-06-15', {
    venue: 'Bundesministerium für Familie, Senioren, Frauen und Jugend, Berlin', participantsCount: 20,
    description: '20 Mentorinnen und Mentoren aus allen Bundesländern folgen der Einladung des Bundesfamilienministeriums; später kommen zwölf weitere hinzu. Genaues Datum im Juni 2011 nicht überliefert (⚠ Demo: 15.06.).',
  });
  for (const m of mentorsBy('2011-06-15')) addParticipant(ctx, kickoff, { personId: m.personId });
  addParticipant(ctx, kickoff, { organisationId: ministry.id });
  const annual = federal('MENTORENTREFFEN', 'MINISTERIUM', 'Jahrestreffen der Bündnismentorinnen und -mentoren', '2012-06-18', {
    participantsCount: 34, description: 'Auf Einladung des Bundesfamilienministeriums: bislang 24 Mentor:innen, zehn neue werden begrüßt; rund 660 Lokale Bündnisse.',
  });
  for (const m of mentorsBy('2012-06-18')) addParticipant(ctx, annual, { personId: m.personId });
  const video = federal('MENTORENTREFFEN', 'MINISTERIUM', 'Videokonferenz von Bundesfamilienministerium, Mentor:innen und Servicebüro', '2020-12-10', {
    format: 'ONLINE', participantsCount: 12, startTime: '10:00', endTime: '12:00',
    description: 'Zwölf Mentor:innen nehmen teil; Vorstellung des neu aufgelegten Mentorinnen- und Mentoren-Programms und des neuen Formats „Mittags-Talk“.',
  });
  for (const m of mentorsBy('2020-12-10')) addParticipant(ctx, video, { personId: m.personId });
  addParticipant(ctx, video, { organisationId: servicebuero.id });
  const dji = federal('MENTORENTREFFEN', 'SERVICEBUERO', 'Fachgespräch der Mentor:innen mit dem DJI zum 9. Familienbericht', '2021-06-21', { format: 'ONLINE', startTime: '14:00', endTime: '16:00' });
  addSpeaker(ctx, dji, { organisationId: ctx.org('dji').id }, 'Zentrale Ergebnisse des 9. Familienberichts');
  for (const m of mentorsBy('2021-06-21')) addParticipant(ctx, dji, { personId: m.personId }, m.key === 'saar' ? 'ENTSCHULDIGT' : 'TEILGENOMMEN');

  federal('BUENDNISDIALOG', 'MINISTERIUM', 'Zentrale Veranstaltung „15 Jahre Lokale Bündnisse für Familie“', '2019-11-07', { description: 'Über 600 Bündnisse, rund 19.000 Akteurinnen und Akteure.' });
  const prognos = federal('ZUKUNFTSWERKSTATT', 'SERVICEBUERO', 'Zukunftswerkstatt zur Potenzialanalyse der Initiative', '2019-10-29', { description: 'Im Auftrag des Servicebüros von der Prognos AG moderiert (Jahr ⚠ erschlossen).' });
  addSpeaker(ctx, prognos, { organisationId: ctx.org('prognos').id }, 'Potenzialanalyse: Herausforderungen und Unterstützungsbedarfe der Bündnisse');
  federal('BUENDNISDIALOG', 'MINISTERIUM', 'Bündnisdialog 2023: Siegel „Ausgezeichnetes Bündnis“', '2023-11-16', { participantsCount: null, description: 'Verleihung des Siegels an 56 Bündnisse (Anzahl ⚠); Tag im November 2023 nicht verifiziert (⚠ Demo).' });
  const dialog2024 = federal('BUENDNISDIALOG', 'MINISTERIUM', 'Bündnisdialog 2024: Siegel „Ausgezeichnetes Bündnis“ 2024/25', '2024-11-22', { venue: 'Palais der Kulturbrauerei, Berlin', description: '31 Bündnisse erhalten das Siegel 2024/25, darunter Heide und Bruchsal.' });
  const dialog2025 = federal('BUENDNISDIALOG', 'MINISTERIUM', 'Bündnisdialog 2025: „Mehr als ein Netzwerk – Lokale Bündnisse als Motor für Familienfreundlichkeit“', '2025-11-14', { description: '19 Bündnisse erhalten das Siegel 2025/26, darunter Königs Wusterhausen, Neuenhagen bei Berlin, Michendorf und Tübingen. Einladung durch das BMBFSFJ.' });
  for (const [eventId, keys] of [[dialog2024, ['heide', 'bruchsal']], [dialog2025, ['koenigs-wusterhausen', 'neuenhagen', 'michendorf', 'tuebingen']]] as const) {
    for (const key of keys) {
      const host = ctx.rows.alliances.find((r) => r.id === ctx.alliance(key).id)?.coordinationHostId as string | null | undefined;
      if (host) addParticipant(ctx, eventId, { organisationId: host });
    }
    addParticipant(ctx, eventId, { organisationId: servicebuero.id });
  }
  federal('ZUKUNFTSWERKSTATT', 'SERVICEBUERO', 'Regionale Zukunftswerkstatt Metropolregion Nürnberg', '2024-04-18', { venue: 'Nürnberg', gemeindeAgs: '09564000', description: 'Datum ⚠ Demo (2024 belegt).' });
  federal('ZUKUNFTSWERKSTATT', 'SERVICEBUERO', 'Regionale Zukunftswerkstatt Hamm', '2024-09-12', { venue: 'Hamm', gemeindeAgs: '05915000', description: 'Datum ⚠ Demo (2024 belegt).' });
  for (const [year, motto, note] of AKTIONSTAGE) {
    federal('AKTIONSTAG', 'MINISTERIUM', `Aktionstag der Lokalen Bündnisse für Familie ${year}: „${motto}“`, `${year}-05-15`, {
      format: year === 2020 ? 'ONLINE' : 'PRAESENZ', venue: 'bundesweit', gemeindeAgs: null, description: `Internationaler Tag der Familie. ${note}`.trim(),
    });
  }
  for (const [on, title] of ONLINE_SEMINARS) {
    federal('ONLINE_SEMINAR', 'SERVICEBUERO', title, on, { format: 'ONLINE', startTime: title.startsWith('Mittags') ? '12:00' : '10:00', endTime: title.startsWith('Mittags') ? '13:00' : '12:00' });
  }

  // Dated events of real alliances.
  addEvent(ctx, {
    type: 'PRESSETERMIN', organiser: 'BUENDNIS', alliance: ctx.alliance('goeppingen'), title: 'Besuch der Bundesfamilienministerin zum Aktionstag 2019', startsOn: '2019-05-11',
    gemeindeAgs: '08117026', venue: 'Göppingen', description: 'Das Bündnis war Bündnis des Monats März 2019.',
  });
  const bueckeburg = ctx.alliance('bueckeburg');
  addEvent(ctx, { type: 'FAMILIENMESSE', organiser: 'BUENDNIS', alliance: bueckeburg, title: 'Markt der Möglichkeiten', startsOn: '2009-10-24', gemeindeAgs: '03257009', venue: 'Bückeburg', description: 'Familienangebote der Stadt stellen sich vor; Auftakt zur Bündnisgründung.' });
  const planning = addEvent(ctx, {
    type: 'PLANUNGSTREFFEN', organiser: 'SERVICEBUERO', alliance: bueckeburg, title: 'Planungstreffen zur Bündnisgründung, moderiert vom Servicebüro', startsOn: '2010-03-10',
    gemeindeAgs: '03257009', venue: 'Bückeburg', description: 'Moderiert von Mitarbeitenden des Servicebüros (damals Bonn); eine Lenkungsgruppe wird gebildet. Tag ⚠ Demo.', isPublic: false,
  });
  addParticipant(ctx, planning, { organisationId: servicebuero.id });
}
