import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@bn/api/core';
import { DEPLOYMENT_TYPE_LABELS, NotificationKind, REQUEST_OCCASION_LABELS } from '@bn/shared/contracts';
import { offerReminderMail, reportReminderMail, requestReminderMail } from '../mail/reminder-mails';
import { RenderedMail } from '../mail/mail-layout';
import { deploymentPath, requestPath } from '../dispatch/mentoring-listeners';
import { Notifier } from '../dispatch/notifier';
import { Recipient, RecipientDirectory } from '../dispatch/recipients';
import { ReminderScanner } from './reminder-scanner';

const BERLIN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Germany (YYYY-MM-DD), whatever the server's time zone. */
export function todayInGermany(now: Date = new Date()): string {
  return BERLIN_DATE.format(now);
}

export interface ReminderRunResult {
  requests: number;
  offers: number;
  reports: number;
}

/**
 * Reminds of overdue items once each: the Fachberatung of unacknowledged requests, mentors of
 * unanswered offers and of missing reports. "Once" is kept in `reminder_sent` (primary key kind +
 * subject), claimed in the same transaction that writes the inbox entries, so two app instances
 * never remind twice; the mails go out after the commit.
 *
 * Runs every REMINDER_INTERVAL_MINUTES (default 60) from the application start, never by itself with
 * NODE_ENV=test; `runOnce()` is the entry point for tests and operators.
 */
@Injectable()
export class ReminderJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Erinnerungen');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scanner: ReminderScanner,
    private readonly recipients: RecipientDirectory,
    private readonly notifier: Notifier,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test' || this.config.reminderIntervalMinutes === 0) return;
    this.start(this.config.reminderIntervalMinutes * 60_000);
  }

  /** Starts the periodic run (also for a test that wants it explicitly). */
  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.runInBackground(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  async onModuleDestroy(): Promise<void> {
    this.stop();
    await this.running;
  }

  /** One run over all three kinds of overdue items, as of `today` (YYYY-MM-DD, German date). */
  async runOnce(today: string = todayInGermany()): Promise<ReminderRunResult> {
    const [fachberatung, requests, offers, reports] = await Promise.all([
      this.recipients.fachberatung(),
      this.scanner.requests(today),
      this.scanner.offers(today),
      this.scanner.reports(today),
    ]);
    const result: ReminderRunResult = { requests: 0, offers: 0, reports: 0 };

    for (const request of requests) {
      const path = requestPath(request.id);
      const sent = await this.remind('REMINDER_REQUEST', request.id, path, fachberatung, (recipient) =>
        requestReminderMail({
          recipientName: recipient.name,
          allianceName: request.allianceName,
          occasion: REQUEST_OCCASION_LABELS[request.occasion],
          receivedOn: request.receivedOn,
          url: this.notifier.url(path),
        }),
      );
      if (sent) result.requests++;
    }

    for (const offer of offers) {
      const path = requestPath(offer.requestId);
      const sent = await this.remind('REMINDER_OFFER', offer.proposalId, path, await this.recipients.mentors([offer.mentorId]), (recipient) =>
        offerReminderMail({
          recipientName: recipient.name,
          occasion: REQUEST_OCCASION_LABELS[offer.occasion],
          landName: offer.landName,
          offeredOn: offer.offeredOn,
          url: this.notifier.url(path),
        }),
      );
      if (sent) result.offers++;
    }

    for (const report of reports) {
      const path = deploymentPath(report.deploymentId);
      const sent = await this.remind('REMINDER_REPORT', report.deploymentId, path, await this.recipients.mentors(report.mentorIds), (recipient) =>
        reportReminderMail({
          recipientName: recipient.name,
          allianceName: report.allianceName,
          deploymentType: DEPLOYMENT_TYPE_LABELS[report.deploymentType],
          lastSessionOn: report.lastSessionOn,
          url: this.notifier.url(path),
        }),
      );
      if (sent) result.reports++;
    }
    return result;
  }

  /** Claims the reminder and writes the inbox entries in one transaction; false if it was sent before. */
  private async remind(
    kind: NotificationKind,
    subjectId: string,
    path: string,
    recipients: Recipient[],
    render: (recipient: Recipient) => RenderedMail,
  ): Promise<boolean> {
    const delivery = { kind, linkPath: path, letters: recipients.map((recipient) => ({ recipient, mail: render(recipient) })) };
    const claimed = await this.dataSource.transaction(async (manager) => {
      const rows: unknown[] = await manager.query(
        `INSERT INTO reminder_sent (kind, subject_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING subject_id`,
        [kind, subjectId],
      );
      if (!rows.length) return false;
      await this.notifier.writeInbox(manager, delivery);
      return true;
    });
    if (claimed) this.notifier.sendMails(delivery);
    return claimed;
  }

  private runInBackground(): void {
    if (this.running) return;
    this.running = this.runOnce()
      .then((result) => {
        const total = result.requests + result.offers + result.reports;
        if (total) this.logger.log(`Erinnerungen verschickt: ${result.requests} Anfragen, ${result.offers} Angebote, ${result.reports} Berichte`);
      })
      .catch((error: unknown) => this.logger.error(`Erinnerungslauf fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = null;
      });
  }
}
