import { DomainError, invalidField, notFound } from '@bn/api/core';

export const sessionNotFound = (): DomainError => notFound('SESSION_NOT_FOUND', 'Der Termin wurde nicht gefunden.');

export const sessionTimesReversed = (): DomainError =>
  invalidField('SESSION_TIMES_REVERSED', 'endTime', 'Das Ende darf nicht vor dem Beginn liegen.');
