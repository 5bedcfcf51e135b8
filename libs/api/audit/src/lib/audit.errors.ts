import { DomainError, invalidField } from '@bn/api/core';

export const unknownEntityType = (): DomainError =>
  invalidField('AUDIT_ENTITY_TYPE_UNKNOWN', 'entityType', 'Zu dieser Art von Datensatz gibt es keine Historie.');

export const periodReversed = (): DomainError =>
  invalidField('AUDIT_PERIOD_REVERSED', 'to', 'Das Ende des Zeitraums darf nicht vor dem Anfang liegen.');
