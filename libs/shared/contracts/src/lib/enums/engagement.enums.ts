import { enumValues } from './enum-util';

export const ACTIVITY_TYPE_LABELS = {
  NETZWERKTREFFEN: 'Netzwerktreffen',
  LENKUNGSGRUPPENSITZUNG: 'Lenkungsgruppensitzung',
  PROJEKTARBEIT: 'Projektarbeit',
  VERANSTALTUNG: 'Veranstaltung',
  PRESSE: 'Presse-/Öffentlichkeitsarbeit',
  SOCIAL_MEDIA: 'Social-Media-Beitrag',
  PARTNERAKQUISE: 'Partnergespräch/Akquise',
  FAMILIENBERATUNG: 'Beratung von Familien',
  FOERDERANTRAG: 'Förderantrag',
  BEDARFSANALYSE: 'Bedarfsanalyse/Umfrage',
  SONSTIGES: 'Sonstiges',
} as const;
export type ActivityType = keyof typeof ACTIVITY_TYPE_LABELS;
export const ACTIVITY_TYPES = enumValues(ACTIVITY_TYPE_LABELS);

export const FUNDING_SOURCE_LABELS = {
  EIGENMITTEL: 'Eigenmittel/kommunal',
  SPONSORING: 'Sponsoring',
  SPENDEN: 'Spenden',
  STIFTUNG: 'Stiftung',
  LEADER: 'LEADER/ELER',
  ESF: 'ESF(+)',
  LANDESPROGRAMM: 'Landesprogramm',
  BUNDESPROGRAMM: 'Bundesprogramm',
  MITGLIEDSBEITRAEGE: 'Mitgliedsbeiträge',
} as const;
export type FundingSource = keyof typeof FUNDING_SOURCE_LABELS;
export const FUNDING_SOURCES = enumValues(FUNDING_SOURCE_LABELS);

export const EVENT_TYPE_LABELS = {
  GRUENDUNGSVERANSTALTUNG: 'Gründungsveranstaltung',
  UNTERZEICHNUNG: 'Unterzeichnung/Beitritt gemeinsame Erklärung',
  PLANUNGSTREFFEN: 'Planungstreffen/Workshop',
  NETZWERKTREFFEN: 'Netzwerktreffen',
  GREMIENSITZUNG: 'Lenkungsgruppen-/AG-Sitzung',
  FACHTAG: 'Fachtag',
  FAMILIENMESSE: 'Markt der Möglichkeiten/Familienmesse',
  AKTIONSTAG: 'Aktionstag-Aktion',
  FAMILIENFEST: 'Familienfest',
  INFOVERANSTALTUNG: 'Infoveranstaltung',
  UNTERNEHMENSDIALOG: 'Unternehmensdialog/-frühstück',
  PREISVERLEIHUNG: 'Preisverleihung',
  JUBILAEUM: 'Jubiläum',
  ONLINE_SEMINAR: 'Online-Seminar',
  BUENDNISDIALOG: 'Bündnisdialog (bundesweit)',
  MENTORENTREFFEN: 'Mentor:innen-Treffen/Fachgespräch',
  ZUKUNFTSWERKSTATT: 'Zukunftswerkstatt',
  PRESSETERMIN: 'Pressetermin/Besuch',
} as const;
export type EventType = keyof typeof EVENT_TYPE_LABELS;
export const EVENT_TYPES = enumValues(EVENT_TYPE_LABELS);

export const EVENT_ORGANISER_LABELS = {
  BUENDNIS: 'Bündnis',
  SERVICEBUERO: 'Servicebüro',
  MINISTERIUM: 'Ministerium',
  LANDESNETZWERK: 'Landesnetzwerk',
  DRITTE: 'Dritte',
} as const;
export type EventOrganiser = keyof typeof EVENT_ORGANISER_LABELS;
export const EVENT_ORGANISERS = enumValues(EVENT_ORGANISER_LABELS);

export const EVENT_FORMAT_LABELS = { PRAESENZ: 'Präsenz', ONLINE: 'Online', HYBRID: 'Hybrid' } as const;
export type EventFormat = keyof typeof EVENT_FORMAT_LABELS;
export const EVENT_FORMATS = enumValues(EVENT_FORMAT_LABELS);

export const ATTENDANCE_LABELS = {
  ANGEMELDET: 'Angemeldet',
  TEILGENOMMEN: 'Teilgenommen',
  ENTSCHULDIGT: 'Entschuldigt',
  NICHT_ERSCHIENEN: 'Nicht erschienen',
} as const;
export type Attendance = keyof typeof ATTENDANCE_LABELS;
export const ATTENDANCES = enumValues(ATTENDANCE_LABELS);
