import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const declarationNotFound = (): DomainError =>
  notFound('DECLARATION_NOT_FOUND', 'Die gemeinsame Erklärung wurde nicht gefunden.');

export const eventNotFound = (): DomainError => invalidField('EVENT_NOT_FOUND', 'eventId', 'Die Veranstaltung gibt es nicht.');

export const signatureOrganisationNotFound = (): DomainError =>
  invalidField('SIGNATURE_ORGANISATION_NOT_FOUND', 'organisationId', 'Die Organisation gibt es nicht.');

export const signatoryNotFound = (): DomainError =>
  invalidField('SIGNATORY_NOT_FOUND', 'signatoryId', 'Die unterzeichnende Person gibt es nicht.');

export const signatureExists = (): DomainError =>
  conflict('SIGNATURE_EXISTS', 'Diese Organisation hat die Erklärung bereits unterzeichnet.', {
    organisationId: 'Diese Organisation hat die Erklärung bereits unterzeichnet.',
  });
