import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEventOf, DomainEvents } from '@bn/api/core';
import { ROLE_LABELS } from '@bn/shared/contracts';
import { invitationMail, passwordResetMail } from '../mail/account-mails';
import { Notifier } from './notifier';
import { RecipientDirectory } from './recipients';

/**
 * Mails the one-time links of invitations and password resets (published by the accounts module).
 * No inbox entry: the account cannot sign in yet, or has lost its password.
 */
@Injectable()
export class AccountListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly recipients: RecipientDirectory,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.events.on('account.invited', (event) => this.invited(event));
    this.events.on('password.reset-requested', (event) => this.resetRequested(event));
  }

  async invited(event: DomainEventOf<'account.invited'>): Promise<void> {
    const recipient = await this.recipients.account(event.userId);
    if (!recipient) return;
    const mail = invitationMail({
      recipientName: recipient.name,
      roleLabel: ROLE_LABELS[recipient.role],
      url: this.notifier.url(event.link),
      expiresAt: new Date(event.expiresAt),
    });
    this.notifier.sendMails({ letters: [{ recipient, mail }] });
  }

  async resetRequested(event: DomainEventOf<'password.reset-requested'>): Promise<void> {
    const recipient = await this.recipients.account(event.userId);
    if (!recipient) return;
    const mail = passwordResetMail({ recipientName: recipient.name, url: this.notifier.url(event.link), expiresAt: new Date(event.expiresAt) });
    this.notifier.sendMails({ letters: [{ recipient, mail }] });
  }
}
