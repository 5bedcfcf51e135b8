import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@bn/api/core';
import { RenderedMail } from './mail-layout';

export interface OutgoingMail {
  to: string;
  mail: RenderedMail;
}

type Transport = ReturnType<typeof createTransport>;

/**
 * Sends mails through SMTP (configured by SMTP_*). Without SMTP_HOST nothing is sent: recipient and
 * subject are logged instead, never the body (it may carry a one-time link). Sending happens in the
 * background, so a slow mail server does not slow down the request that caused the mail; a failure is
 * logged and does not reach the caller (the change that caused the mail stays).
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('E-Mail');
  private readonly transport: Transport | null;
  private readonly pending = new Set<Promise<void>>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const smtp = config.smtp;
    this.transport = smtp.host
      ? createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        })
      : null;
  }

  /** Queues the mails; returns at once. `idle()` resolves when all queued mails are through. */
  send(mails: OutgoingMail[]): void {
    for (const mail of mails) {
      const sending = this.deliver(mail).finally(() => this.pending.delete(sending));
      this.pending.add(sending);
    }
  }

  /** Resolves when every queued mail has been sent or has failed (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.pending.size) {
      await Promise.all([...this.pending]);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.idle();
    this.transport?.close();
  }

  private async deliver({ to, mail }: OutgoingMail): Promise<void> {
    if (!this.transport) {
      this.logger.log(`E-Mail nicht versandt (kein SMTP_HOST konfiguriert): an ${to}, Betreff „${mail.subject}“`);
      return;
    }
    try {
      await this.transport.sendMail({ from: this.config.smtp.from, to, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (error) {
      this.logger.error(`E-Mail an ${to} („${mail.subject}“) konnte nicht versandt werden: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
