import { Module } from '@nestjs/common';
import { Mailer } from './mail/mailer';
import { RecipientDirectory } from './dispatch/recipients';
import { MentoringFacts } from './dispatch/mentoring-facts';
import { Notifier } from './dispatch/notifier';
import { MentoringListeners } from './dispatch/mentoring-listeners';
import { AccountListeners } from './dispatch/account-listeners';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { ReminderScanner } from './reminders/reminder-scanner';
import { ReminderJob } from './reminders/reminder-job';
import { CalendarFeedsController } from './calendar/calendar-feeds.controller';
import { CalendarFeedsService } from './calendar/calendar-feeds.service';
import { CalendarFeedRenderer } from './calendar/calendar-feed-renderer';

/**
 * Notifications: mails (SMTP) and the in-app inbox for the domain events of the mentoring workflow
 * and the accounts, reminders for overdue items, and iCal feeds. It only listens: no other domain
 * depends on it.
 */
@Module({
  controllers: [InboxController, CalendarFeedsController],
  providers: [
    Mailer,
    RecipientDirectory,
    MentoringFacts,
    Notifier,
    MentoringListeners,
    AccountListeners,
    InboxService,
    ReminderScanner,
    ReminderJob,
    CalendarFeedsService,
    CalendarFeedRenderer,
  ],
  exports: [Mailer, ReminderJob],
})
export class NotificationsModule {}
