import { DomainError, invalidField, notFound } from '@bn/api/core';

export const notificationNotFound = (): DomainError => notFound('NOTIFICATION_NOT_FOUND', 'Diese Benachrichtigung gibt es nicht.');

export const calendarFeedNotFound = (): DomainError => notFound('CALENDAR_FEED_NOT_FOUND', 'Diesen Kalender gibt es nicht (mehr).');

export const calendarFeedAllianceNotFound = (): DomainError =>
  invalidField('CALENDAR_FEED_ALLIANCE_NOT_FOUND', 'allianceId', 'Dieses Bündnis gibt es nicht, oder Sie gehören nicht zu ihm.');

export const calendarFeedKindNotAllowed = (): DomainError =>
  invalidField('CALENDAR_FEED_KIND_NOT_ALLOWED', 'kind', 'Einen eigenen Terminkalender haben nur Mentor:innen; andere Rollen wählen ein Bündnis.');

export const calendarFeedAllianceNotExpected = (): DomainError =>
  invalidField('CALENDAR_FEED_ALLIANCE_NOT_EXPECTED', 'allianceId', 'Der eigene Terminkalender gehört zu keinem Bündnis; bitte kein Bündnis angeben.');
