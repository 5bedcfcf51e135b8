import { enumValues } from './enum-util';

export const SECTOR_LABELS = {
  WIRTSCHAFT: 'Wirtschaft',
  VERWALTUNG: 'Verwaltung/öffentliche Hand',
  POLITIK: 'Politik',
  ZIVILGESELLSCHAFT: 'Zivilgesellschaft',
} as const;
export type Sector = keyof typeof SECTOR_LABELS;
export const SECTORS = enumValues(SECTOR_LABELS);

export const ACTOR_TYPE_LABELS = {
  UNTERNEHMEN: 'Unternehmen',
  KAMMER: 'Kammer (IHK, HWK, sonstige)',
  WIRTSCHAFTSVERBAND: 'Wirtschafts-/Unternehmensverband, Unternehmensnetzwerk',
  GEWERKSCHAFT: 'Gewerkschaft',
  WIRTSCHAFTSFOERDERUNG: 'Wirtschaftsförderung',
  GEMEINDE_STADT: 'Gemeinde/Stadt',
  LANDKREIS: 'Landkreis/Kreis',
  JOBCENTER: 'Jobcenter',
  AGENTUR_FUER_ARBEIT: 'Agentur für Arbeit',
  LANDESBEHOERDE: 'Landesbehörde/Ministerium',
  BUNDESBEHOERDE: 'Bundesbehörde/Ministerium',
  LEADER_LAG: 'LEADER-Aktionsgruppe',
  KRANKENKASSE: 'Krankenkasse',
  RAT_FRAKTION_PARTEI: 'Rat/Kreistag, Fraktion, Partei',
  WOHLFAHRTSVERBAND: 'Wohlfahrtsverband',
  VEREIN_INITIATIVE: 'Verein/Initiative',
  KIRCHE: 'Kirche/Religionsgemeinschaft',
  STIFTUNG: 'Stiftung',
  SELBSTHILFE_INTERESSENVERBAND: 'Selbsthilfe-/Interessenverband',
  FAMILIENZENTRUM: 'Familienbildungsstätte/Familienzentrum/Mehrgenerationenhaus',
  KITA_TAGESPFLEGE: 'Kita/Tagespflege',
  SCHULE: 'Schule',
  HOCHSCHULE: 'Hochschule',
  GESUNDHEIT_PFLEGE: 'Krankenhaus/Gesundheits-/Pflegeeinrichtung',
  MEDIEN: 'Medien',
  EINZELPERSON: 'Einzelperson/Familie',
  SONSTIGE: 'Sonstige',
} as const;
export type ActorType = keyof typeof ACTOR_TYPE_LABELS;
export const ACTOR_TYPES = enumValues(ACTOR_TYPE_LABELS);

export const COMPANY_SIZE_LABELS = {
  KLEINST: 'Kleinstunternehmen (< 10)',
  KLEIN: 'Kleines Unternehmen (< 50)',
  MITTEL: 'Mittleres Unternehmen (< 250)',
  GROSS: 'Großunternehmen (≥ 250)',
} as const;
export type CompanySize = keyof typeof COMPANY_SIZE_LABELS;
export const COMPANY_SIZES = enumValues(COMPANY_SIZE_LABELS);
