import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const sessionNotFound = (): DomainError => notFound('SESSION_NOT_FOUND', 'Der Termin wurde nicht gefunden.');

export const sessionTimesReversed = (): DomainError =>
  invalidField('SESSION_TIMES_REVERSED', 'endTime', 'Das Ende darf nicht vor dem Beginn liegen.');

export const sessionsLocked = (): DomainError =>
  conflict(
    'SESSIONS_LOCKED',
    'Der Bericht zu diesem Einsatz ist eingereicht oder freigegeben; die Termine können Sie nicht mehr ändern.',
  );
