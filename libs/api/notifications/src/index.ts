export * from './lib/notifications.module';
export { Mailer } from './lib/mail/mailer';
export { ReminderJob } from './lib/reminders/reminder-job';
export type { ReminderRunResult } from './lib/reminders/reminder-job';
