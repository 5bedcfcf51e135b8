import { DomainError, invalidField } from '@bn/api/core';

export const desiredWindowInvalid = (): DomainError =>
  invalidField('REQUEST_DESIRED_WINDOW_INVALID', 'desiredUntil', 'Das Ende des Wunschzeitraums darf nicht vor dessen Beginn liegen.');

export const predecessorNotFound = (): DomainError =>
  invalidField('REQUEST_PREDECESSOR_NOT_FOUND', 'predecessorId', 'Die vorausgehende Anfrage gibt es nicht.');

export const predecessorCycle = (): DomainError =>
  invalidField(
    'REQUEST_PREDECESSOR_CYCLE',
    'predecessorId',
    'Eine Anfrage kann nicht auf sich selbst oder eine ihrer Folgeanfragen folgen.',
  );

export const allianceFixedByDeployments = (): DomainError =>
  invalidField(
    'REQUEST_ALLIANCE_FIXED',
    'allianceId',
    'Zu dieser Anfrage gibt es bereits Einsätze; das Bündnis kann nicht mehr geändert werden.',
  );
