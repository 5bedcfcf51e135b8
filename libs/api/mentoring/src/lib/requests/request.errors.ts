import { HttpStatus } from '@nestjs/common';
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

/** Unreachable through the validated body (exactly one of allianceId and newAlliance); kept as an assertion. */
export const allianceMissing = (): DomainError =>
  invalidField('REQUEST_ALLIANCE_MISSING', 'allianceId', 'Bitte ein Bündnis wählen oder einen neuen Interessenten angeben.');

/** Only the Fachberatung records requests of interested parties without an alliance record. */
export const newAllianceNotAllowed = (): DomainError =>
  new DomainError(
    'REQUEST_NEW_ALLIANCE_FORBIDDEN',
    HttpStatus.FORBIDDEN,
    'Ein neues Bündnis kann nur die Fachberatung zusammen mit einer Anfrage anlegen. Bitte wählen Sie Ihr Bündnis aus.',
  );

/** A field error of the alliance created with a request, moved under `newAlliance.` so the form marks its own field. */
export function underNewAlliance(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.fields) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).map(([field, message]) => [`newAlliance.${field}`, message]));
  return new DomainError(error.code, error.status, error.message, fields);
}
