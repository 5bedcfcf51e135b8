import { Logger } from '@nestjs/common';
import { loadConfig } from '@bn/api/core';
import { Mailer } from './mailer';
import { passwordResetMail } from './account-mails';

describe('Mailer without SMTP_HOST', () => {
  afterEach(() => jest.restoreAllMocks());

  it('logs recipient and subject only, never the body with its link', async () => {
    const logged: string[] = [];
    jest.spyOn(Logger.prototype, 'log').mockImplementation((message: unknown) => {
      logged.push(String(message));
    });
    const mailer = new Mailer(loadConfig({}));
    const mail = passwordResetMail({ recipientName: 'Kim', url: 'http://localhost:3000/passwort-zuruecksetzen/GEHEIMER-TOKEN-123', expiresAt: new Date() });
    mailer.send([{ to: 'kim@example.org', mail }]);
    await mailer.idle();
    expect(logged).toEqual(['E-Mail nicht versandt (kein SMTP_HOST konfiguriert): an kim@example.org, Betreff „Passwort für Bündnisnetz zurücksetzen“']);
    expect(logged.join()).not.toContain('GEHEIMER-TOKEN');
    await mailer.onModuleDestroy();
  });
});
