import { conflict, DomainError, invalidField } from '@bn/api/core';

/** Errors of the matcher's endpoints and of the weights setting. */

export const matchingRequestClosed = (): DomainError =>
  conflict('MATCHING_REQUEST_CLOSED', 'Die Anfrage ist abgeschlossen, storniert, verschoben oder nicht vermittelbar; dafür werden keine Vorschläge mehr angelegt.');

export const matchingNoSuggestions = (): DomainError =>
  conflict(
    'MATCHING_NO_SUGGESTIONS',
    'Es gibt keine passende Mentor:in, die noch nicht vorgeschlagen ist. Ausgeschlossene Mentor:innen können mit einer Begründung ausgewählt werden.',
  );

export const matchingMentorUnknown = (): DomainError =>
  invalidField('MENTOR_NOT_FOUND', 'mentorIds', 'Mindestens eine Mentor:in gibt es nicht oder ihr Profil ist archiviert.');

export const matchingOverrideReasonRequired = (names: string[]): DomainError =>
  invalidField(
    'MATCHING_OVERRIDE_REASON_REQUIRED',
    'overrideReason',
    `Für ausgeschlossene Mentor:innen ist eine Begründung erforderlich (${names.join(', ')}).`,
  );

export const matchingWeightsAllZero = (): DomainError =>
  invalidField('MATCHING_WEIGHTS_ALL_ZERO', 'weights', 'Mindestens ein Gewicht muss größer als 0 sein.');
