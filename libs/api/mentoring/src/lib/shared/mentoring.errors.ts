import { DomainError, invalidField, notFound } from '@bn/api/core';

/** Errors shared by several mentoring resources: missing records and references of other domains. */

export const requestNotFound = (): DomainError => notFound('REQUEST_NOT_FOUND', 'Die Anfrage wurde nicht gefunden.');

export const deploymentNotFound = (): DomainError => notFound('DEPLOYMENT_NOT_FOUND', 'Der Einsatz wurde nicht gefunden.');

export const allianceNotFound = (): DomainError =>
  invalidField('ALLIANCE_NOT_FOUND', 'allianceId', 'Das Bündnis gibt es nicht.');

export const allianceArchived = (): DomainError =>
  invalidField('ALLIANCE_ARCHIVED', 'allianceId', 'Das Bündnis ist archiviert; dafür kann nichts mehr erfasst werden.');

export const personNotFound = (field: string): DomainError =>
  invalidField('PERSON_NOT_FOUND', field, 'Diese Person gibt es nicht.');

export const mentorNotFound = (field: string): DomainError =>
  invalidField('MENTOR_NOT_FOUND', field, 'Diese Mentor:in gibt es nicht oder ihr Profil ist archiviert.');

export const fachgebietNotFound = (): DomainError =>
  invalidField('FACHGEBIET_NOT_FOUND', 'fachgebietCodes', 'Mindestens ein Fachgebiet gibt es nicht.');

export const handlungsfeldNotFound = (): DomainError =>
  invalidField('HANDLUNGSFELD_NOT_FOUND', 'handlungsfeldIds', 'Mindestens ein Handlungsfeld gibt es nicht.');

export const eventNotFound = (field: string): DomainError =>
  invalidField('EVENT_NOT_FOUND', field, 'Diese Veranstaltung gibt es nicht.');

export const gemeindeNotFound = (): DomainError =>
  invalidField('GEMEINDE_NOT_FOUND', 'gemeindeAgs', 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.');

export const dateInFuture = (field: string, label: string): DomainError =>
  invalidField('DATE_IN_FUTURE', field, `${label} darf nicht in der Zukunft liegen.`);

