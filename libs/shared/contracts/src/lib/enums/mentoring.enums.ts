import { enumValues } from './enum-util';

export const MENTOR_STATUS_LABELS = {
  IN_QUALIFIZIERUNG: 'In Qualifizierung',
  AKTIV: 'Aktiv',
  PAUSIERT: 'Pausiert',
  AUSGESCHIEDEN: 'Ausgeschieden',
} as const;
export type MentorStatus = keyof typeof MENTOR_STATUS_LABELS;
export const MENTOR_STATUSES = enumValues(MENTOR_STATUS_LABELS);

export const SPECIALTY_LEVEL_LABELS = {
  GRUNDKENNTNIS: 'Grundkenntnis',
  ERFAHREN: 'Erfahren',
  EXPERTISE: 'Expertise',
} as const;
export type SpecialtyLevel = keyof typeof SPECIALTY_LEVEL_LABELS;
export const SPECIALTY_LEVELS = enumValues(SPECIALTY_LEVEL_LABELS);

export const MODE_LABELS = {
  TELEFONISCH: 'Telefonisch',
  VOR_ORT: 'Vor Ort',
  ONLINE: 'Online',
  HYBRID: 'Hybrid',
  SCHRIFTLICH: 'Schriftlich',
} as const;
export type DeploymentMode = keyof typeof MODE_LABELS;
export const DEPLOYMENT_MODES = enumValues(MODE_LABELS);

export const DESIRED_MODE_LABELS = { ...MODE_LABELS, EGAL: 'Egal' } as const;
export type DesiredMode = keyof typeof DESIRED_MODE_LABELS;
export const DESIRED_MODES = enumValues(DESIRED_MODE_LABELS);

export const REQUEST_CHANNEL_LABELS = {
  TELEFON: 'Telefon',
  EMAIL: 'E-Mail',
  WEBFORMULAR: 'Webformular',
  VERANSTALTUNG: 'Veranstaltung',
  LANDESNETZWERK: 'Über Landesnetzwerk',
} as const;
export type RequestChannel = keyof typeof REQUEST_CHANNEL_LABELS;
export const REQUEST_CHANNELS = enumValues(REQUEST_CHANNEL_LABELS);

export const REQUEST_OCCASION_LABELS = {
  GRUENDUNG: 'Gründung',
  REAKTIVIERUNG: 'Neustart/Reaktivierung',
  WEITERENTWICKLUNG: 'Weiterentwicklung',
  VERANSTALTUNG: 'Veranstaltung (Referent:in)',
  THEMATISCHE_BERATUNG: 'Thematische Beratung',
  GENERATIONENWECHSEL: 'Generationenwechsel',
} as const;
export type RequestOccasion = keyof typeof REQUEST_OCCASION_LABELS;
export const REQUEST_OCCASIONS = enumValues(REQUEST_OCCASION_LABELS);

/** Lifecycle of a request/deployment (domain-research §2.5). */
export const REQUEST_STATUS_LABELS = {
  EINGEGANGEN: 'Eingegangen',
  IN_KLAERUNG: 'In Klärung',
  MATCHING: 'Matching',
  MENTOR_ANGEFRAGT: 'Mentor:in angefragt',
  ZUGEWIESEN: 'Zugewiesen',
  ABGESCHLOSSEN: 'Abgeschlossen',
  STORNIERT: 'Storniert',
  VERSCHOBEN: 'Verschoben',
  NICHT_VERMITTELBAR: 'Nicht vermittelbar',
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUS_LABELS;
export const REQUEST_STATUSES = enumValues(REQUEST_STATUS_LABELS);

export const PROPOSAL_RESPONSE_LABELS = {
  VORGESCHLAGEN: 'Vorgeschlagen',
  ANGEFRAGT: 'Angefragt',
  ZUGESAGT: 'Zugesagt',
  ABGELEHNT: 'Abgelehnt',
} as const;
export type ProposalResponse = keyof typeof PROPOSAL_RESPONSE_LABELS;
export const PROPOSAL_RESPONSES = enumValues(PROPOSAL_RESPONSE_LABELS);

export const DEPLOYMENT_TYPE_LABELS = {
  ERSTBERATUNG: 'Erstberatung/Beratungsgespräch',
  GRUENDUNGSBEGLEITUNG: 'Gründungsbegleitung',
  MODERATION: 'Moderation',
  FACHVORTRAG: 'Fachvortrag/Impuls',
  UNTERNEHMENSANSPRACHE: 'Begleitete Partner-/Unternehmensansprache',
  ZUKUNFTSWERKSTATT: 'Strategie-/Leitbild-/Zukunftswerkstatt',
  FOLGEBERATUNG: 'Folgeberatung/Coaching',
  PEER_AUSTAUSCH: 'Peer-Austausch/Hospitation',
  JURY: 'Jury-/Gremienmitwirkung',
} as const;
export type DeploymentType = keyof typeof DEPLOYMENT_TYPE_LABELS;
export const DEPLOYMENT_TYPES = enumValues(DEPLOYMENT_TYPE_LABELS);

export const DEPLOYMENT_STATUS_LABELS = {
  ZUGEWIESEN: 'Zugewiesen',
  TERMINIERT: 'Terminiert',
  DURCHGEFUEHRT: 'Durchgeführt',
  BERICHT_EINGEREICHT: 'Bericht eingereicht',
  BERICHT_ZURUECKGEGEBEN: 'Bericht zurückgegeben',
  BERICHT_FREIGEGEBEN: 'Bericht freigegeben',
  FEEDBACK_ANGEFRAGT: 'Rückmeldung angefragt',
  FEEDBACK_ERHALTEN: 'Rückmeldung erhalten',
  ABGESCHLOSSEN: 'Abgeschlossen',
  ABGERECHNET: 'Abgerechnet',
  STORNIERT: 'Storniert',
  VERSCHOBEN: 'Verschoben',
} as const;
export type DeploymentStatus = keyof typeof DEPLOYMENT_STATUS_LABELS;
export const DEPLOYMENT_STATUSES = enumValues(DEPLOYMENT_STATUS_LABELS);

export const REPORT_STATUS_LABELS = {
  ENTWURF: 'Entwurf',
  EINGEREICHT: 'Eingereicht',
  ZURUECKGEGEBEN: 'Zurückgegeben',
  FREIGEGEBEN: 'Freigegeben',
} as const;
export type ReportStatus = keyof typeof REPORT_STATUS_LABELS;
export const REPORT_STATUSES = enumValues(REPORT_STATUS_LABELS);

export const FEEDBACK_SOURCE_LABELS = {
  KOORDINATION: 'Bündniskoordination',
  MENTOR_SELBST: 'Selbsteinschätzung Mentor:in',
} as const;
export type FeedbackSource = keyof typeof FEEDBACK_SOURCE_LABELS;
export const FEEDBACK_SOURCES = enumValues(FEEDBACK_SOURCE_LABELS);

export const GOAL_REACHED_LABELS = { JA: 'Ja', TEILWEISE: 'Teilweise', NEIN: 'Nein' } as const;
export type GoalReached = keyof typeof GOAL_REACHED_LABELS;
export const GOAL_REACHED_VALUES = enumValues(GOAL_REACHED_LABELS);
