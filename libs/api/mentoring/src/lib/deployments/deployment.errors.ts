import { DomainError, invalidField } from '@bn/api/core';

export const deploymentRequestNotFound = (): DomainError =>
  invalidField('DEPLOYMENT_REQUEST_NOT_FOUND', 'requestId', 'Diese Anfrage gibt es nicht.');

export const deploymentRequestArchived = (): DomainError =>
  invalidField('DEPLOYMENT_REQUEST_ARCHIVED', 'requestId', 'Die Anfrage ist archiviert; dazu kann kein Einsatz mehr erfasst werden.');

export const deploymentAllianceMismatch = (): DomainError =>
  invalidField(
    'DEPLOYMENT_ALLIANCE_MISMATCH',
    'allianceId',
    'Der Einsatz muss für dasselbe Bündnis erfasst werden, von dem die Anfrage stammt.',
  );

export const deploymentLeadRequired = (): DomainError =>
  invalidField('DEPLOYMENT_LEAD_REQUIRED', 'mentors', 'Genau eine Mentor:in muss die Leitung haben.');

export const deploymentMentorDuplicate = (): DomainError =>
  invalidField('DEPLOYMENT_MENTOR_DUPLICATE', 'mentors', 'Eine Mentor:in darf nur einmal eingetragen sein.');
