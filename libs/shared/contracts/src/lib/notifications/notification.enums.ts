import { enumValues } from '../enums/enum-util';

/** What an inbox entry (and its e-mail) is about. */
export const NOTIFICATION_KIND_LABELS = {
  REQUEST_RECEIVED: 'Neue Anfrage',
  OFFER_SENT: 'Einsatzangebot',
  OFFER_ACCEPTED: 'Zusage',
  OFFER_DECLINED: 'Absage',
  REPORT_SUBMITTED: 'Bericht zur Prüfung',
  REPORT_RETURNED: 'Bericht zurückgegeben',
  REPORT_APPROVED: 'Bericht freigegeben',
  FEEDBACK_REQUESTED: 'Rückmeldung erbeten',
  DEPLOYMENT_CHANGED: 'Einsatz geändert',
  REMINDER_REQUEST: 'Erinnerung: Anfrage unbestätigt',
  REMINDER_OFFER: 'Erinnerung: Angebot unbeantwortet',
  REMINDER_REPORT: 'Erinnerung: Bericht fehlt',
} as const;
export type NotificationKind = keyof typeof NOTIFICATION_KIND_LABELS;
export const NOTIFICATION_KINDS = enumValues(NOTIFICATION_KIND_LABELS);

/** Calendar feeds: a mentor's own sessions, or an alliance's events and deployment sessions. */
export const CALENDAR_FEED_KIND_LABELS = {
  MENTOR: 'Eigene Einsatztermine',
  ALLIANCE: 'Termine eines Bündnisses',
} as const;
export type CalendarFeedKind = keyof typeof CALENDAR_FEED_KIND_LABELS;
export const CALENDAR_FEED_KINDS = enumValues(CALENDAR_FEED_KIND_LABELS);
