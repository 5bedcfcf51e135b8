import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';
import { formatGermanDate } from '@bn/shared/util';
import { ALLIANCE_STATUS_LABELS, AllianceStatus, TERRITORIAL_LEVEL_LABELS, TerritorialLevel } from '@bn/shared/contracts';

const level = (territorialLevel: TerritorialLevel): string => `„${TERRITORIAL_LEVEL_LABELS[territorialLevel]}“`;
const status = (value: AllianceStatus): string => `„${ALLIANCE_STATUS_LABELS[value]}“`;

export const allianceNotFound = (): DomainError => notFound('ALLIANCE_NOT_FOUND', 'Das Bündnis wurde nicht gefunden.');

export const gemeindeRequired = (territorialLevel: TerritorialLevel): DomainError =>
  invalidField('GEMEINDE_REQUIRED', 'gemeindeAgs', `Für die Gebietsebene ${level(territorialLevel)} ist ein Gemeindeschlüssel erforderlich.`);

export const gemeindeNotFound = (): DomainError =>
  invalidField('GEMEINDE_NOT_FOUND', 'gemeindeAgs', 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.');

export const kreisRequired = (territorialLevel: TerritorialLevel): DomainError =>
  invalidField('KREIS_REQUIRED', 'kreisAgs', `Für die Gebietsebene ${level(territorialLevel)} ist ein Kreisschlüssel erforderlich.`);

export const kreisNotFound = (): DomainError => invalidField('KREIS_NOT_FOUND', 'kreisAgs', 'Zu diesem Kreisschlüssel gibt es keinen Kreis.');

export const landRequired = (): DomainError =>
  invalidField('LAND_REQUIRED', 'landCode', 'Für die Gebietsebene „Land“ ist ein Länderschlüssel erforderlich.');

export const landNotFound = (): DomainError => invalidField('LAND_NOT_FOUND', 'landCode', 'Zu diesem Länderschlüssel gibt es kein Land.');

/** A derived geography field that the client sent with a different value. */
export const geographyMismatch = (field: 'kreisAgs' | 'landCode', source: string): DomainError =>
  invalidField('GEOGRAPHY_MISMATCH', field, `Passt nicht zum angegebenen ${source}; der Wert wird daraus abgeleitet.`);

export const geographyNotAllowed = (field: 'gemeindeAgs' | 'kreisAgs', territorialLevel: TerritorialLevel): DomainError =>
  invalidField(
    'GEOGRAPHY_NOT_ALLOWED',
    field,
    field === 'gemeindeAgs'
      ? `Für die Gebietsebene ${level(territorialLevel)} wird keine Gemeinde angegeben; weitere Gemeinden gehören in die abgedeckten Gebiete.`
      : `Für die Gebietsebene ${level(territorialLevel)} wird kein Kreis angegeben.`,
  );

export const foundingDateOutsideYear = (year: number): DomainError =>
  invalidField('FOUNDING_DATE_YEAR_MISMATCH', 'foundingDate', `Das Gründungsdatum muss im Gründungsjahr ${year} liegen.`);

export const foundingDateOutOfRange = (): DomainError =>
  invalidField('FOUNDING_DATE_OUT_OF_RANGE', 'foundingDate', 'Das Gründungsdatum muss zwischen 1990 und 2100 liegen.');

export const handlungsfeldNotFound = (): DomainError =>
  invalidField(
    'HANDLUNGSFELD_NOT_FOUND',
    'handlungsfeldIds',
    'Mindestens eines der Handlungsfelder gibt es nicht in der aktuellen Systematik (HF01–HF12).',
  );

export const mainHandlungsfeldNotSelected = (): DomainError =>
  invalidField('MAIN_HANDLUNGSFELD_NOT_SELECTED', 'mainHandlungsfeldId', 'Der Hauptschwerpunkt muss eines der gewählten Handlungsfelder sein.');

export const zielgruppeNotFound = (codes: string[]): DomainError =>
  invalidField('ZIELGRUPPE_NOT_FOUND', 'zielgruppeCodes', `Diese Zielgruppen gibt es nicht: ${codes.join(', ')}.`);

export const coveredGemeindeNotFound = (agsList: string[]): DomainError =>
  invalidField('COVERED_GEMEINDE_NOT_FOUND', 'coveredAgs', `Zu diesen Gemeindeschlüsseln gibt es keine Gemeinde: ${agsList.join(', ')}.`);

export const coordinationHostNotFound = (): DomainError =>
  invalidField('COORDINATION_HOST_NOT_FOUND', 'coordinationHostId', 'Die Organisation der Koordinierungsstelle gibt es nicht.');

export const dateInFuture = (field: string): DomainError =>
  invalidField('DATE_IN_FUTURE', field, 'Das Datum darf nicht in der Zukunft liegen.');

export const changedBeforePrevious = (previous: string): DomainError =>
  invalidField('STATUS_DATE_BEFORE_PREVIOUS', 'changedOn', `Das Datum darf nicht vor dem letzten Statuswechsel (${formatGermanDate(previous)}) liegen.`);

export const blankText = (field: string): DomainError => invalidField('TEXT_BLANK', field, 'Dieses Feld ist erforderlich.');

export const transitionNotAllowed = (from: AllianceStatus, to: AllianceStatus): DomainError =>
  conflict('ALLIANCE_TRANSITION_NOT_ALLOWED', `Ein Bündnis im Status ${status(from)} kann nicht in den Status ${status(to)} wechseln.`, {
    toStatus: `Von ${status(from)} aus ist dieser Wechsel nicht möglich.`,
  });

export const mergedIntoRequired = (): DomainError =>
  invalidField('MERGED_INTO_REQUIRED', 'mergedIntoId', 'Bei einer Fusion ist das aufnehmende Bündnis anzugeben.');

export const mergedIntoNotAllowed = (): DomainError =>
  invalidField('MERGED_INTO_NOT_ALLOWED', 'mergedIntoId', 'Ein aufnehmendes Bündnis wird nur bei einer Fusion angegeben.');

export const mergedIntoSelf = (): DomainError =>
  invalidField('MERGED_INTO_SELF', 'mergedIntoId', 'Ein Bündnis kann nicht mit sich selbst fusionieren.');

export const mergedIntoNotFound = (): DomainError =>
  invalidField('MERGED_INTO_NOT_FOUND', 'mergedIntoId', 'Das aufnehmende Bündnis gibt es nicht oder es ist archiviert.');

export const mergedIntoEnded = (): DomainError =>
  invalidField('MERGED_INTO_ENDED', 'mergedIntoId', 'Das aufnehmende Bündnis ist aufgelöst oder selbst fusioniert.');

export const NO_CURRENT_CONTACT_WARNING =
  'Für dieses Bündnis ist keine aktuelle Koordination oder Ansprechperson eingetragen. Ein aktives Bündnis braucht mindestens eine.';
