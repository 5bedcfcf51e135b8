import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const mentorNotFound = (): DomainError => notFound('MENTOR_NOT_FOUND', 'Das Mentorprofil wurde nicht gefunden.');

export const personNotFound = (): DomainError =>
  invalidField('PERSON_NOT_FOUND', 'personId', 'Diese Person gibt es nicht (oder sie ist archiviert).');

export const mentorExists = (): DomainError =>
  conflict('MENTOR_EXISTS', 'Für diese Person gibt es bereits ein Mentorprofil.', {
    personId: 'Diese Person hat bereits ein Mentorprofil (gegebenenfalls archiviert).',
  });

export const homeAllianceNotFound = (): DomainError =>
  invalidField('ALLIANCE_NOT_FOUND', 'homeAllianceId', 'Dieses Bündnis gibt es nicht (oder es ist archiviert).');

export const homeOrganisationNotFound = (): DomainError =>
  invalidField('ORGANISATION_NOT_FOUND', 'homeOrganisationId', 'Diese Organisation gibt es nicht (oder sie ist archiviert).');

export const gemeindeNotFound = (): DomainError =>
  invalidField('GEMEINDE_NOT_FOUND', 'homeGemeindeAgs', 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.');

export const radiusNeedsHome = (): DomainError =>
  invalidField('MENTOR_RADIUS_NEEDS_HOME', 'radiusKm', 'Ein Einsatzradius braucht einen Heimatort: Bitte die Gemeinde angeben.');

export const galleryConsentMissing = (): DomainError =>
  invalidField(
    'GALLERY_CONSENT_MISSING',
    'galleryPublished',
    'Das Galerieprofil darf nur veröffentlicht werden, wenn eine gültige Einwilligung der Person für die Galerie (Zweck „Galerie“) vorliegt.',
  );

export const galleryNotForRetired = (): DomainError =>
  invalidField('GALLERY_NOT_FOR_RETIRED', 'galleryPublished', 'Ausgeschiedene Mentor:innen werden nicht in der Galerie gezeigt.');

export const duplicateSpecialty = (): DomainError =>
  invalidField('MENTOR_SPECIALTY_DUPLICATE', 'specialties', 'Jedes Fachgebiet darf nur einmal vorkommen.');

export const fachgebietNotFound = (): DomainError =>
  invalidField('FACHGEBIET_NOT_FOUND', 'specialties', 'Mindestens eines dieser Fachgebiete gibt es nicht.');

export const handlungsfeldNotFound = (): DomainError =>
  invalidField('HANDLUNGSFELD_NOT_FOUND', 'handlungsfeldIds', 'Mindestens eines dieser Handlungsfelder gibt es nicht.');

export const conflictAllianceNotFound = (): DomainError =>
  invalidField('ALLIANCE_NOT_FOUND', 'conflictAllianceIds', 'Mindestens eines dieser Bündnisse gibt es nicht.');

export const absenceNotFound = (): DomainError =>
  notFound('MENTOR_ABSENCE_NOT_FOUND', 'Diese Abwesenheit gibt es bei diesem Mentorprofil nicht.');

export const absenceEndsBeforeStart = (): DomainError =>
  invalidField('MENTOR_ABSENCE_PERIOD', 'untilDate', 'Das Ende der Abwesenheit darf nicht vor ihrem Beginn liegen.');
