import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';
import { ALLIANCE_STATUS_LABELS, AllianceStatus, STATUS_REQUEST_DECISION_LABELS, StatusRequestDecision } from '@bn/shared/contracts';

const status = (value: AllianceStatus): string => `„${ALLIANCE_STATUS_LABELS[value]}“`;

export const statusRequestNotFound = (): DomainError =>
  notFound('STATUS_REQUEST_NOT_FOUND', 'Der Antrag auf Statusänderung wurde nicht gefunden.');

/** The wanted status is not reachable from the current one (same rule as a direct transition). */
export const requestedTransitionNotAllowed = (from: AllianceStatus, to: AllianceStatus): DomainError =>
  conflict('ALLIANCE_TRANSITION_NOT_ALLOWED', `Ein Bündnis im Status ${status(from)} kann nicht in den Status ${status(to)} wechseln.`, {
    requestedStatus: `Von ${status(from)} aus ist dieser Wechsel nicht möglich.`,
  });

export const statusRequestOpen = (): DomainError =>
  conflict(
    'STATUS_REQUEST_OPEN',
    'Für dieses Bündnis gibt es bereits einen offenen Antrag auf Statusänderung. Bitte warten Sie die Entscheidung der Fachberatung ab.',
  );

export const statusRequestDecided = (decision: StatusRequestDecision): DomainError =>
  conflict('STATUS_REQUEST_DECIDED', `Über diesen Antrag wurde bereits entschieden („${STATUS_REQUEST_DECISION_LABELS[decision]}“).`);

export const decisionNoteRequired = (): DomainError =>
  invalidField('DECISION_NOTE_REQUIRED', 'note', 'Bitte begründen Sie die Ablehnung.');

/** Date and receiving alliance belong to the status change, which only an accepted request performs. */
export const onlyWhenAccepted = (field: 'changedOn' | 'mergedIntoId'): DomainError =>
  invalidField('ONLY_WHEN_ACCEPTED', field, 'Wird nur angegeben, wenn der Antrag angenommen wird.');
