import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@bn/api/core';
import type { NotificationKind } from '@bn/shared/contracts';
import { RenderedMail } from '../mail/mail-layout';
import { Mailer } from '../mail/mailer';
import { Recipient } from './recipients';

/** What goes to one recipient. */
export interface Letter {
  recipient: Recipient;
  mail: RenderedMail;
}

/** One event's notifications: an inbox entry (same kind and link for all) and a mail per recipient. */
export interface Delivery {
  kind: NotificationKind;
  /** Path inside the web client; the mail links to the same page under PUBLIC_BASE_URL. */
  linkPath: string | null;
  letters: Letter[];
}

const TITLE_MAX = 200;

/** Writes inbox entries and hands mails to the Mailer. */
@Injectable()
export class Notifier {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  /** The absolute address of a path of the web client, for mails and feeds. */
  url(path: string): string {
    return `${this.config.publicBaseUrl}${path}`;
  }

  /** Inbox entries first (committed), then the mails in the background. */
  async deliver(delivery: Delivery): Promise<void> {
    await this.writeInbox(this.dataSource.manager, delivery);
    this.sendMails(delivery);
  }

  /** One INSERT for all recipients of the delivery. */
  async writeInbox(manager: EntityManager, delivery: Delivery): Promise<void> {
    if (!delivery.letters.length) return;
    const letters = delivery.letters;
    await manager.query(
      `INSERT INTO notification (recipient_id, kind, title, body, link_path)
       SELECT recipient_id, $1, title, body, $2
         FROM unnest($3::uuid[], $4::varchar[], $5::text[]) AS t(recipient_id, title, body)`,
      [
        delivery.kind,
        delivery.linkPath,
        letters.map((letter) => letter.recipient.userId),
        letters.map((letter) => letter.mail.subject.slice(0, TITLE_MAX)),
        letters.map((letter) => letter.mail.summary),
      ],
    );
  }

  /** Mail only (invitations and password resets, which have no inbox yet). */
  sendMails(delivery: Pick<Delivery, 'letters'>): void {
    this.mailer.send(delivery.letters.map((letter) => ({ to: letter.recipient.email, mail: letter.mail })));
  }
}
