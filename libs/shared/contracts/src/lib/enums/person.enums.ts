import { enumValues } from './enum-util';

export const SALUTATION_LABELS = {
  FRAU: 'Frau',
  HERR: 'Herr',
  DIVERS: 'Divers',
  KEINE: 'Keine Anrede',
} as const;
export type Salutation = keyof typeof SALUTATION_LABELS;
export const SALUTATIONS = enumValues(SALUTATION_LABELS);

export const PERSON_FUNCTION_LABELS = {
  KOORDINATION: 'Bündniskoordinator:in',
  SPRECHER: 'Sprecher:in',
  ANSPRECHPERSON: 'Ansprechperson',
  PARTNERVERTRETUNG: 'Partnervertreter:in',
  MENTOR: 'Mentor:in',
  SERVICEBUERO: 'Servicebüro-Mitarbeiter:in',
  MINISTERIUM: 'Ministeriums-Mitarbeiter:in',
  REFERENT: 'Referent:in',
  GLEICHSTELLUNG: 'Gleichstellungsbeauftragte:r',
  LEITUNG: 'Leitung',
  MITARBEIT: 'Mitarbeiter:in',
} as const;
export type PersonFunctionType = keyof typeof PERSON_FUNCTION_LABELS;
export const PERSON_FUNCTION_TYPES = enumValues(PERSON_FUNCTION_LABELS);

export const CONTACT_CHANNEL_LABELS = {
  EMAIL: 'E-Mail',
  TELEFON: 'Telefon',
  POST: 'Post',
} as const;
export type ContactChannel = keyof typeof CONTACT_CHANNEL_LABELS;
export const CONTACT_CHANNELS = enumValues(CONTACT_CHANNEL_LABELS);

export const DATA_SOURCE_LABELS = {
  SELBST: 'Selbst registriert',
  KOORDINATION: 'Eingetragen durch Bündniskoordination',
  SERVICEBUERO: 'Eingetragen durch Servicebüro',
  IMPORT: 'Import',
} as const;
export type DataSource = keyof typeof DATA_SOURCE_LABELS;
export const DATA_SOURCES = enumValues(DATA_SOURCE_LABELS);

export const CONSENT_PURPOSE_LABELS = {
  NEWSLETTER: 'Newsletter',
  GALERIE: 'Galerie der Aktiven (Profil/Foto)',
  NAME_IM_PROFIL: 'Veröffentlichung des Namens im Bündnisprofil',
} as const;
export type ConsentPurpose = keyof typeof CONSENT_PURPOSE_LABELS;
export const CONSENT_PURPOSES = enumValues(CONSENT_PURPOSE_LABELS);
