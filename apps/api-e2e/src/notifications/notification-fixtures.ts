import { DomainEvents } from '@bn/api/core';
import { Mailer } from '@bn/api/notifications';
import { startTestApp, TestApp } from '../support/test-app';
import { startSmtpCapture, SmtpCapture } from './smtp-capture';

export const BASE_URL = 'https://buendnisnetz.example.org';

export interface MailTestApp {
  app: TestApp;
  smtp: SmtpCapture;
  events: DomainEvents;
  mailer: Mailer;
  close(): Promise<void>;
}

/** The real app, sending its mails to a real SMTP server started for the test. */
export async function startMailTestApp(): Promise<MailTestApp> {
  const smtp = await startSmtpCapture();
  const app = await startTestApp('FACHBERATUNG', {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Servicebüro Lokale Bündnisse <servicebuero@example.org>',
    PUBLIC_BASE_URL: BASE_URL,
  });
  return {
    app,
    smtp,
    events: app.app.get(DomainEvents),
    mailer: app.app.get(Mailer),
    close: async () => {
      await app.close();
      await smtp.close();
    },
  };
}

export async function emailOf(app: TestApp, userId: string): Promise<string> {
  const [row] = await app.dataSource.query(`SELECT email FROM user_account WHERE id = $1`, [userId]);
  return row.email as string;
}

/** Inserts a proposal that has been offered to the mentor (the offer workflow has tests of its own). */
export async function insertOffer(app: TestApp, requestId: string, mentorId: string, offeredAt = new Date()): Promise<string> {
  const rows: { id: string }[] = await app.dataSource.query(
    `INSERT INTO match_proposal (request_id, mentor_id, rank, score, response, offered_at) VALUES ($1, $2, 1, 80, 'ANGEFRAGT', $3) RETURNING id`,
    [requestId, mentorId, offeredAt],
  );
  return rows[0].id;
}

/** The one-time token at the end of a link in a mail. */
export function tokenInMail(text: string, path: string): string {
  const match = new RegExp(`${BASE_URL}${path}/([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1];
}
