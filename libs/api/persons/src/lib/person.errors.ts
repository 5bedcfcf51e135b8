import { HttpStatus } from '@nestjs/common';
import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const personNotFound = (): DomainError => notFound('PERSON_NOT_FOUND', 'Die Person wurde nicht gefunden.');

export const personFunctionNotFound = (): DomainError =>
  notFound('PERSON_FUNCTION_NOT_FOUND', 'Die Funktion wurde bei dieser Person nicht gefunden.');

export const consentNotFound = (): DomainError =>
  notFound('CONSENT_NOT_FOUND', 'Die Einwilligung wurde bei dieser Person nicht gefunden.');

/** `prefix` names the position in a nested list, e.g. `functions.0.`. */
export const functionTargetMissing = (prefix = ''): DomainError =>
  new DomainError('PERSON_FUNCTION_TARGET_MISSING', HttpStatus.BAD_REQUEST, 'Die Eingaben sind ungültig.', {
    [`${prefix}organisationId`]: 'Bitte eine Organisation oder ein Bündnis angeben.',
    [`${prefix}allianceId`]: 'Bitte eine Organisation oder ein Bündnis angeben.',
  });

export const functionOrganisationNotFound = (prefix = ''): DomainError =>
  invalidField('PERSON_FUNCTION_ORGANISATION_NOT_FOUND', `${prefix}organisationId`, 'Diese Organisation gibt es nicht oder sie ist archiviert.');

export const functionAllianceNotFound = (prefix = ''): DomainError =>
  invalidField('PERSON_FUNCTION_ALLIANCE_NOT_FOUND', `${prefix}allianceId`, 'Dieses Bündnis gibt es nicht oder es ist archiviert.');

export const functionPeriodInvalid = (prefix = ''): DomainError =>
  invalidField('PERSON_FUNCTION_PERIOD_INVALID', `${prefix}validUntil`, 'Das Ende darf nicht vor dem Beginn liegen.');

export const functionAlreadyEnded = (): DomainError =>
  conflict('PERSON_FUNCTION_ALREADY_ENDED', 'Die Funktion ist bereits beendet. Ein anderes Enddatum tragen Sie über „Bearbeiten“ ein.');

export const dateInFuture = (field: string): DomainError =>
  invalidField('DATE_IN_FUTURE', field, 'Das Datum darf nicht in der Zukunft liegen.');

export const consentAlreadyActive = (): DomainError =>
  conflict(
    'CONSENT_ALREADY_ACTIVE',
    'Für diesen Zweck liegt bereits eine aktive Einwilligung mit dieser Textversion vor.',
  );

export const consentAlreadyWithdrawn = (): DomainError =>
  conflict('CONSENT_ALREADY_WITHDRAWN', 'Die Einwilligung wurde bereits widerrufen.');

export const withdrawalBeforeGrant = (): DomainError =>
  invalidField('CONSENT_WITHDRAWAL_BEFORE_GRANT', 'withdrawnOn', 'Der Widerruf darf nicht vor der Erteilung der Einwilligung liegen.');

/** For coordinators: unknown, archived and foreign alliances get the same answer (nothing is revealed). */
export const functionAllianceNotAccessible = (prefix = ''): DomainError =>
  invalidField('PERSON_FUNCTION_ALLIANCE_NOT_FOUND', `${prefix}allianceId`, 'Dieses Bündnis gibt es nicht oder Sie haben keinen Zugriff darauf.');

/** For coordinators: only partner organisations of their own alliances. */
export const functionOrganisationNotAccessible = (prefix = ''): DomainError =>
  invalidField(
    'PERSON_FUNCTION_ORGANISATION_NOT_FOUND',
    `${prefix}organisationId`,
    'Diese Organisation gibt es nicht oder sie ist keine Partnerorganisation Ihrer Bündnisse.',
  );

/** A person a coordinator enters must belong to one of their alliances or its partners. */
export const functionInScopeRequired = (): DomainError =>
  invalidField(
    'PERSON_FUNCTION_REQUIRED',
    'functions',
    'Bitte geben Sie mindestens eine Funktion in einem Ihrer Bündnisse oder bei einer Partnerorganisation Ihrer Bündnisse an.',
  );

/** Persons entered by a coordinator carry that data source (so the Art. 14 notice becomes due). */
export const coordinatorDataSourceRequired = (): DomainError =>
  invalidField(
    'PERSON_DATA_SOURCE_FIXED',
    'dataSource',
    'Von einer Bündniskoordination eingetragene Personen haben die Herkunft „Eingetragen durch Bündniskoordination“ (KOORDINATION).',
  );

/** Coordinators cannot change where a person's data came from. */
export const dataSourceUnchangeable = (): DomainError =>
  invalidField('PERSON_DATA_SOURCE_FIXED', 'dataSource', 'Die Herkunft der Daten kann nur das Servicebüro ändern.');
