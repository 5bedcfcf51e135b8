import { DomainError, invalidField, notFound } from '@bn/api/core';

export const activityNotFound = (): DomainError => notFound('ACTIVITY_NOT_FOUND', 'Die Aktivität wurde nicht gefunden.');

export const projectNotFound = (): DomainError => notFound('PROJECT_NOT_FOUND', 'Das Projekt wurde nicht gefunden.');

export const allianceNotFound = (): DomainError =>
  invalidField('ENGAGEMENT_ALLIANCE_NOT_FOUND', 'allianceId', 'Dieses Bündnis gibt es nicht oder es ist archiviert.');

/** For coordinators: the same answer for unknown, archived and foreign alliances (nothing is revealed). */
export const allianceNotAccessible = (): DomainError =>
  invalidField('ENGAGEMENT_ALLIANCE_NOT_FOUND', 'allianceId', 'Dieses Bündnis gibt es nicht oder Sie haben keinen Zugriff darauf.');

export const handlungsfeldNotFound = (): DomainError =>
  invalidField('HANDLUNGSFELD_NOT_FOUND', 'handlungsfeldIds', 'Mindestens eines dieser Handlungsfelder gibt es nicht.');

export const partnerNotFound = (): DomainError =>
  invalidField(
    'PARTNER_ORGANISATION_NOT_FOUND',
    'partnerOrganisationIds',
    'Mindestens eine dieser Organisationen gibt es nicht oder sie ist archiviert.',
  );

/** For coordinators: only partner organisations of their own alliances can be linked. */
export const partnerNotAccessible = (): DomainError =>
  invalidField(
    'PARTNER_ORGANISATION_NOT_FOUND',
    'partnerOrganisationIds',
    'Mindestens eine dieser Organisationen gibt es nicht oder sie ist keine Partnerorganisation Ihrer Bündnisse.',
  );

export const zielgruppeNotFound = (): DomainError =>
  invalidField('ZIELGRUPPE_NOT_FOUND', 'zielgruppeCodes', 'Mindestens eine dieser Zielgruppen gibt es nicht.');

export const projectPeriodInvalid = (): DomainError =>
  invalidField('PROJECT_PERIOD_INVALID', 'endsOn', 'Das Ende darf nicht vor dem Beginn liegen.');

export const ongoingProjectEnded = (): DomainError =>
  invalidField('PROJECT_ONGOING_BUT_ENDED', 'isOngoing', 'Ein Projekt mit einem Enddatum in der Vergangenheit kann nicht laufend sein.');

export const dateRangeInvalid = (): DomainError =>
  invalidField('DATE_RANGE_INVALID', 'dateTo', 'Das Ende des Zeitraums darf nicht vor dem Anfang liegen.');

export const cursorNeedsDateSort = (): DomainError =>
  invalidField('CURSOR_NEEDS_DATE_SORT', 'after', 'Blättern mit Cursor ist nur bei Sortierung nach Datum möglich.');
