import { enumValues } from './enum-util';

export const ALLIANCE_STATUS_LABELS = {
  INTERESSENT: 'Interessent',
  IN_GRUENDUNG: 'In Gründung',
  AKTIV: 'Aktiv',
  RUHEND: 'Ruhend',
  AUFGELOEST: 'Aufgelöst',
  FUSIONIERT: 'Fusioniert',
} as const;
export type AllianceStatus = keyof typeof ALLIANCE_STATUS_LABELS;
export const ALLIANCE_STATUSES = enumValues(ALLIANCE_STATUS_LABELS);

/** Allowed status transitions of an alliance (domain-research §2.5). */
export const ALLIANCE_TRANSITIONS: Readonly<Record<AllianceStatus, readonly AllianceStatus[]>> = {
  INTERESSENT: ['IN_GRUENDUNG', 'AUFGELOEST'],
  IN_GRUENDUNG: ['AKTIV', 'AUFGELOEST'],
  AKTIV: ['RUHEND', 'AUFGELOEST', 'FUSIONIERT'],
  RUHEND: ['AKTIV', 'AUFGELOEST', 'FUSIONIERT'],
  AUFGELOEST: [],
  FUSIONIERT: [],
};

export const TERRITORIAL_LEVEL_LABELS = {
  GEMEINDE: 'Gemeinde',
  STADT: 'Stadt',
  KREISFREIE_STADT: 'Kreisfreie Stadt',
  STADTBEZIRK: 'Stadtbezirk',
  LANDKREIS: 'Landkreis',
  REGION: 'Region (interkommunal)',
  LAND: 'Land',
} as const;
export type TerritorialLevel = keyof typeof TERRITORIAL_LEVEL_LABELS;
export const TERRITORIAL_LEVELS = enumValues(TERRITORIAL_LEVEL_LABELS);

export const ORG_FORM_LABELS = {
  LOSES_NETZWERK: 'Loses Netzwerk/Gesprächskreis',
  ARBEITSKREIS_LENKUNGSGRUPPE: 'Arbeitskreis mit Lenkungs-/Steuerungsgruppe',
  EINGETRAGENER_VEREIN: 'Eingetragener Verein',
  KOMMUNAL_VERANKERT: 'Kommunal verankert',
  FREIER_TRAEGER: 'Koordination durch freien Träger/Verband',
  SONSTIGE: 'Sonstige',
} as const;
export type OrgForm = keyof typeof ORG_FORM_LABELS;
export const ORG_FORMS = enumValues(ORG_FORM_LABELS);

export const BODY_TYPE_LABELS = {
  LENKUNGSGRUPPE: 'Lenkungsgruppe',
  STEUERUNGSGRUPPE: 'Steuerungsgruppe',
  VORSTAND: 'Vorstand',
  ARBEITSGRUPPE: 'Arbeitsgruppe',
  SONSTIGES: 'Sonstiges Gremium',
} as const;
export type BodyType = keyof typeof BODY_TYPE_LABELS;
export const BODY_TYPES = enumValues(BODY_TYPE_LABELS);

export const PARTNER_ROLE_LABELS = {
  GRUENDUNGSMITGLIED: 'Gründungsmitglied',
  LENKUNGSGRUPPE: 'Lenkungsgruppe',
  KOORDINATION: 'Koordination/Geschäftsstelle',
  SCHIRMHERRSCHAFT: 'Schirmherrschaft',
  PROJEKTPARTNER: 'Projektpartner',
  FOERDERER: 'Förderer/Sponsor',
  UNTERZEICHNER: 'Unterzeichner',
  MITGLIED: 'Mitglied (e.V.)',
  KOOPERATIONSPARTNER: 'Kooperationspartner',
} as const;
export type PartnerRole = keyof typeof PARTNER_ROLE_LABELS;
export const PARTNER_ROLES = enumValues(PARTNER_ROLE_LABELS);

export const CONTRIBUTION_TYPE_LABELS = {
  RAEUME: 'Räume',
  PERSONAL: 'Personal',
  GELD: 'Geld',
  SACHLEISTUNG: 'Sachleistung',
  KNOW_HOW: 'Know-how',
  EHRENAMTLICHE: 'Ehrenamtliche',
} as const;
export type ContributionType = keyof typeof CONTRIBUTION_TYPE_LABELS;
export const CONTRIBUTION_TYPES = enumValues(CONTRIBUTION_TYPE_LABELS);

export const DECLARATION_KIND_LABELS = {
  GRUENDUNGSERKLAERUNG: 'Gründungserklärung',
  BUENDNISERKLAERUNG: 'Bündniserklärung',
  BUENDNISVEREINBARUNG: 'Bündnisvereinbarung',
  GRUENDUNGSURKUNDE: 'Gründungsurkunde',
} as const;
export type DeclarationKind = keyof typeof DECLARATION_KIND_LABELS;
export const DECLARATION_KINDS = enumValues(DECLARATION_KIND_LABELS);

export const SIGNATURE_OCCASION_LABELS = {
  GRUENDUNG: 'Gründung',
  SPAETERER_BEITRITT: 'Späterer Beitritt',
} as const;
export type SignatureOccasion = keyof typeof SIGNATURE_OCCASION_LABELS;
export const SIGNATURE_OCCASIONS = enumValues(SIGNATURE_OCCASION_LABELS);
