import { Injectable, Logger } from '@nestjs/common';

/**
 * What happened in a domain, told to whoever listens (notifications, inbox, reminders) without the
 * writing domain knowing its listeners. Publish after the transaction has committed: a listener must
 * never see a change that is later rolled back.
 */
export type DomainEvent =
  | { type: 'request.created'; requestId: string; actorId: string | null }
  | { type: 'offer.sent'; requestId: string; proposalId: string; mentorId: string; actorId: string | null }
  | { type: 'offer.accepted'; requestId: string; proposalId: string; mentorId: string; actorId: string | null }
  | { type: 'offer.declined'; requestId: string; proposalId: string; mentorId: string; reason: string; actorId: string | null }
  | { type: 'deployment.transitioned'; deploymentId: string; from: string; to: string; actorId: string | null }
  | { type: 'report.submitted'; deploymentId: string; reportId: string; actorId: string | null }
  | { type: 'report.returned'; deploymentId: string; reportId: string; comment: string; actorId: string | null }
  | { type: 'report.approved'; deploymentId: string; reportId: string; actorId: string | null }
  | { type: 'feedback.requested'; deploymentId: string; actorId: string | null }
  /** `link` is the app-relative one-time link (`/einladung/<token>`); it must never be logged. */
  | { type: 'account.invited'; userId: string; link: string; expiresAt: string; actorId: string | null }
  | { type: 'password.reset-requested'; userId: string; link: string; expiresAt: string; actorId: string | null };

export type DomainEventType = DomainEvent['type'];
export type DomainEventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
type Listener<T extends DomainEventType> = (event: DomainEventOf<T>) => Promise<void> | void;

/**
 * In-process event bus. A listener's failure is logged and does not reach the publisher: an e-mail
 * that cannot be sent must not undo an accepted offer.
 */
@Injectable()
export class DomainEvents {
  private readonly logger = new Logger(DomainEvents.name);
  private readonly listeners = new Map<DomainEventType, ((event: DomainEvent) => Promise<void> | void)[]>();

  on<T extends DomainEventType>(type: T, listener: Listener<T>): void {
    const list = this.listeners.get(type) ?? [];
    // The map is keyed by type, so a listener only ever receives events of its own type.
    list.push(listener as unknown as (event: DomainEvent) => Promise<void> | void);
    this.listeners.set(type, list);
  }

  /** Runs every listener of the event's type, one after another; resolves when all have finished. */
  async publish(event: DomainEvent): Promise<void> {
    for (const listener of this.listeners.get(event.type) ?? []) {
      try {
        await listener(event);
      } catch (error) {
        this.logger.error(`Listener for ${event.type} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
