import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const partnershipNotFound = (): DomainError =>
  notFound('PARTNERSHIP_NOT_FOUND', 'Die Bündnispartnerschaft wurde nicht gefunden.');

export const partnershipExists = (): DomainError =>
  conflict('PARTNERSHIP_EXISTS', 'Diese Organisation ist bereits Partnerin des Bündnisses.', {
    organisationId: 'Diese Organisation ist bereits Partnerin des Bündnisses.',
  });

export const partnerOrganisationNotFound = (): DomainError =>
  invalidField('PARTNER_ORGANISATION_NOT_FOUND', 'organisationId', 'Die Organisation gibt es nicht.');

export const representativeNotFound = (): DomainError =>
  invalidField('REPRESENTATIVE_NOT_FOUND', 'representativeId', 'Die vertretende Person gibt es nicht.');

export const partnershipPeriodInvalid = (): DomainError =>
  invalidField('PARTNERSHIP_PERIOD_INVALID', 'until', 'Das Ende darf nicht vor dem Beginn der Partnerschaft liegen.');
