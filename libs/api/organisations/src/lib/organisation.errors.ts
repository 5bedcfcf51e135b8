import { DomainError, invalidField, notFound } from '@bn/api/core';

export const organisationNotFound = (): DomainError =>
  notFound('ORGANISATION_NOT_FOUND', 'Die Organisation wurde nicht gefunden.');

export const parentNotFound = (): DomainError =>
  invalidField('ORGANISATION_PARENT_NOT_FOUND', 'parentId', 'Die übergeordnete Organisation gibt es nicht.');

export const parentCycle = (): DomainError =>
  invalidField('ORGANISATION_PARENT_CYCLE', 'parentId', 'Eine Organisation kann nicht sich selbst oder einer ihrer Untergliederungen untergeordnet werden.');

export const gemeindeNotFound = (): DomainError =>
  invalidField('GEMEINDE_NOT_FOUND', 'gemeindeAgs', 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.');

export const companySizeOnlyForCompanies = (): DomainError =>
  invalidField('COMPANY_SIZE_ONLY_FOR_COMPANIES', 'companySize', 'Eine Unternehmensgröße gibt es nur für Unternehmen.');
