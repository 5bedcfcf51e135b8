import { SeedContext } from './context';
import { MentorDef, addMentor } from './mentoring';

/*
 * The 12 Bündnismentorinnen und -mentoren of the demo (8 AKTIV) and the Fachberatung staff.
 * ALL NAMES ARE INVENTED. The Wolfsburg coordinator-mentor, the Handwerkskammer mentor from
 * Mittelhessen and the mentor from the Jena Zentrum für Familie und Alleinerziehende follow the
 * roles described in the sources, never the real people's names.
 */

/** Alliances whose coordination includes a mentor (they get at most two further coordinators). */
export const MENTOR_COORDINATED: ReadonlySet<string> = new Set(['wolfsburg', 'koblenz', 'koenigs-wusterhausen', 'bruchsal', 'heide', 'saarbruecken', 'bremen']);

const ALL_MODES = ['VOR_ORT', 'TELEFONISCH', 'ONLINE'] as const;

export const MENTOR_DEFS: readonly MentorDef[] = [
  {
    key: 'wolfsburg', salutation: 'FRAU', firstName: 'Kathrin', lastName: 'Musterfrau-Beispiel', homeAllianceKey: 'wolfsburg', homeGemeindeAgs: '03103000',
    status: 'AKTIV', qualifiedSince: '2011-06-15', cohort: 'Auftakt Juni 2011 (Berlin)', radiusKm: 250, modes: [...ALL_MODES], capacity: 3,
    specialties: [['FG01', 'EXPERTISE'], ['FG07', 'ERFAHREN'], ['FG03', 'ERFAHREN']], topics: ['HF01', 'HF03'], regions: ['03', '15'],
    gallery: 'Koordinatorin des Bündnisses für Familie Wolfsburg. Begleitet Gründungen von der Analyse der Rahmenbedingungen über den Gründungsplan bis zur Gründungsveranstaltung.',
    coordinatorSince: '2007-03-01',
  },
  {
    key: 'hwk', salutation: 'HERR', firstName: 'Manfred', lastName: 'Erfunden', homeOrgKey: 'hwk-mittelhessen', homeGemeindeAgs: '06532023',
    status: 'AKTIV', qualifiedSince: '2011-06-15', cohort: 'Auftakt Juni 2011 (Berlin)', radiusKm: 300, modes: ['VOR_ORT', 'TELEFONISCH'], capacity: 2,
    specialties: [['FG04', 'EXPERTISE'], ['FG05', 'ERFAHREN']], topics: ['HF06', 'HF01'], regions: ['06', '05', '07'],
    gallery: 'Stellvertretende Leitung der Geschäftsstelle Mittelhessen der Handwerkskammer Wiesbaden. Gewinnt kleine und mittelständische Betriebe mit konkreten Praxisbeispielen für die Bündnisarbeit.',
  },
  {
    key: 'jena', salutation: 'FRAU', firstName: 'Jette', lastName: 'Fabelhuber', homeOrgKey: 'zfa-jena', homeGemeindeAgs: '16053000',
    status: 'AKTIV', qualifiedSince: '2012-06-18', cohort: 'Jahrestreffen Juni 2012 (zehn neue Mentor:innen)', radiusKm: 250, modes: [...ALL_MODES], capacity: 2,
    specialties: [['FG07', 'EXPERTISE'], ['FG05', 'ERFAHREN'], ['FG09', 'ERFAHREN']], topics: ['HF08', 'HF01', 'HF07'], regions: ['16', '15', '14'],
    gallery: 'Geschäftsführung eines Jenaer Zentrums für Familie und Alleinerziehende; Praxisbeispiele zur Vereinbarkeit für Alleinerziehende, auch im ländlichen Raum.',
  },
  {
    key: 'koblenz', salutation: 'FRAU', firstName: 'Petra', lastName: 'Beispielbach', homeAllianceKey: 'koblenz', homeGemeindeAgs: '07111000',
    status: 'AKTIV', qualifiedSince: '2020-11-01', cohort: 'Neu aufgelegtes Programm 2020', radiusKm: 200, modes: [...ALL_MODES, 'HYBRID'], capacity: 2,
    specialties: [['FG06', 'EXPERTISE'], ['FG03', 'ERFAHREN'], ['FG12', 'GRUNDKENNTNIS']], topics: ['HF01', 'HF05'], regions: ['07', '10'],
    gallery: 'Koordinatorin des Koblenzer Bündnisses; Öffentlichkeitsarbeit, Leitbild und Sichtbarkeit.', coordinatorSince: '2015-01-01',
  },
  {
    key: 'bruchsal', salutation: 'HERR', firstName: 'Jörg', lastName: 'Probestein', homeAllianceKey: 'bruchsal', homeGemeindeAgs: '08215009',
    status: 'AKTIV', qualifiedSince: '2012-06-18', cohort: 'Jahrestreffen Juni 2012 (zehn neue Mentor:innen)', radiusKm: 180, modes: [...ALL_MODES], capacity: 2,
    specialties: [['FG10', 'EXPERTISE'], ['FG02', 'ERFAHREN'], ['FG08', 'ERFAHREN']], topics: ['HF10', 'HF02'], regions: ['08', '09'],
    gallery: 'Strukturen, Lenkungsgruppe und Generationenwechsel in langjährigen Bündnissen.', coordinatorSince: '2011-07-01',
  },
  {
    key: 'brandenburg', salutation: 'FRAU', firstName: 'Wiebke', lastName: 'Entwurfmann', homeAllianceKey: 'koenigs-wusterhausen', homeGemeindeAgs: '12061260',
    status: 'AKTIV', qualifiedSince: '2020-11-01', cohort: 'Neu aufgelegtes Programm 2020', radiusKm: 200, modes: [...ALL_MODES], capacity: 2,
    specialties: [['FG02', 'EXPERTISE'], ['FG05', 'ERFAHREN'], ['FG11', 'ERFAHREN']], topics: ['HF11', 'HF05'], regions: ['12', '11', '13'],
    gallery: 'Koordinierungsgruppe mit rund 100 Partnern: wie ein großes Netzwerk arbeitsfähig bleibt.', coordinatorSince: '2016-02-01',
  },
  {
    key: 'digital', salutation: 'HERR', firstName: 'Emre', lastName: 'Demohuber', homeGemeindeAgs: '05111000',
    status: 'AKTIV', qualifiedSince: '2021-09-01', cohort: 'Online-Qualifizierung 2021', radiusKm: 150, modes: ['ONLINE', 'TELEFONISCH', 'HYBRID'], capacity: 4,
    specialties: [['FG12', 'EXPERTISE'], ['FG06', 'ERFAHREN'], ['FG01', 'GRUNDKENNTNIS']], topics: ['HF12', 'HF01'], regions: ['05', '04'],
    gallery: 'Digitale Formate, Social Media und Familien-Apps für Bündnisse.',
  },
  {
    key: 'franken', salutation: 'FRAU', firstName: 'Gesa', lastName: 'Vorlagenwald', homeAllianceKey: 'erlangen-hoechstadt', homeGemeindeAgs: '09572132',
    status: 'AKTIV', qualifiedSince: '2012-06-18', cohort: 'Jahrestreffen Juni 2012 (zehn neue Mentor:innen)', radiusKm: 220, modes: [...ALL_MODES], capacity: 2,
    specialties: [['FG08', 'EXPERTISE'], ['FG07', 'ERFAHREN'], ['FG03', 'ERFAHREN']], topics: ['HF05', 'HF04'], regions: ['09', '16'],
    gallery: 'Bedarfsanalysen, Befragungen und Zukunftswerkstätten.',
  },
  {
    key: 'heide', salutation: 'HERR', firstName: 'Ole', lastName: 'Märchenfeld', homeAllianceKey: 'heide', homeGemeindeAgs: '01051044',
    status: 'PAUSIERT', qualifiedSince: '2011-06-15', cohort: 'Auftakt Juni 2011 (Berlin)', radiusKm: 150, modes: ['VOR_ORT', 'TELEFONISCH'], capacity: 1,
    specialties: [['FG11', 'EXPERTISE'], ['FG06', 'ERFAHREN']], topics: ['HF11', 'HF10'], regions: ['01', '02'],
    gallery: 'Ehrenamtliche gewinnen und halten.', activeUntil: '2025-08-31', coordinatorSince: '2008-09-01',
    absences: [['2025-09-01', '2026-03-31', 'Pausiert (private Gründe)']],
  },
  {
    key: 'saar', salutation: 'FRAU', firstName: 'Nadine', lastName: 'Attrappenhofer', homeAllianceKey: 'saarbruecken', homeGemeindeAgs: '10041100',
    status: 'PAUSIERT', qualifiedSince: '2012-06-18', cohort: 'Jahrestreffen Juni 2012 (zehn neue Mentor:innen)', radiusKm: 120, modes: [...ALL_MODES], capacity: 1,
    specialties: [['FG03', 'EXPERTISE'], ['FG10', 'ERFAHREN']], topics: ['HF04', 'HF08'], regions: ['10', '07'],
    gallery: 'Leitbildprozesse und gemeinsame Erklärungen.', activeUntil: '2025-04-30', coordinatorSince: '2010-01-01',
    absences: [['2025-05-01', '2026-01-31', 'Pausiert bis Ende Januar 2026']],
  },
  {
    key: 'bremen', salutation: 'FRAU', firstName: 'Sünje', lastName: 'Modellberg', homeAllianceKey: 'bremen', homeGemeindeAgs: '04011000',
    status: 'IN_QUALIFIZIERUNG', qualifiedSince: null, cohort: 'Qualifizierung 2025/26', radiusKm: 100, modes: ['ONLINE', 'VOR_ORT'], capacity: 1,
    specialties: [['FG01', 'GRUNDKENNTNIS'], ['FG12', 'ERFAHREN']], topics: ['HF09', 'HF01'], regions: ['04', '03'],
    gallery: null, coordinatorSince: '2019-04-01',
  },
  {
    key: 'sachsen', salutation: 'HERR', firstName: 'Detlef', lastName: 'Schablonenbauer', homeGemeindeAgs: '14511000',
    status: 'AUSGESCHIEDEN', qualifiedSince: '2011-06-15', cohort: 'Auftakt Juni 2011 (Berlin)', radiusKm: 150, modes: ['VOR_ORT', 'TELEFONISCH'], capacity: 0,
    specialties: [['FG09', 'EXPERTISE'], ['FG04', 'ERFAHREN']], topics: ['HF06', 'HF07'], regions: ['14', '16'],
    // Gallery consent withdrawn on leaving the programme: the gallery entry is unpublished.
    gallery: 'Fördermittel (LEADER, ESF) und Stiftungen für Bündnisprojekte.', activeUntil: '2019-12-31',
  },
];

/** Fachberatung (Servicebüro) and ministry staff — fictional names. */
const STAFF = [
  ['FRAU', 'Carola', 'Vorlagenbach', 'SERVICEBUERO', '2019-01-01'],
  ['HERR', 'Hauke', 'Entwurfstein', 'SERVICEBUERO', '2019-01-01'],
  ['FRAU', 'Yasemin', 'Blankofeld', 'SERVICEBUERO', '2021-04-01'],
  ['HERR', 'Malte', 'Kulissenberg', 'SERVICEBUERO', '2011-03-01'],
  ['FRAU', 'Renate', 'Gedankenwald', 'MINISTERIUM', '2010-09-01'],
  ['HERR', 'Florian', 'Erzählhofer', 'MINISTERIUM', '2018-02-01'],
] as const;

export function addStaffAndMentors(ctx: SeedContext): void {
  for (const [salutation, firstName, lastName, type, since] of STAFF) {
    const org = ctx.org(type === 'SERVICEBUERO' ? 'servicebuero' : 'bmbfsfj');
    const personId = ctx.addPerson({ salutation, firstName, lastName, domain: org.domain, dataSource: 'SERVICEBUERO', privacyNoticeSentOn: since, title: type === 'MINISTERIUM' && firstName === 'Renate' ? 'Dr.' : null });
    ctx.addFunction(personId, type, { organisationId: org.id }, since);
    ctx.addContact(org.id, personId);
    if (type === 'SERVICEBUERO') ctx.fachberatung.push(`${firstName} ${lastName}`);
  }
  for (const def of MENTOR_DEFS) addMentor(ctx, def);
}
