import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEventOf, DomainEvents } from '@bn/api/core';
import { DEPLOYMENT_STATUS_LABELS, DEPLOYMENT_TYPE_LABELS, DESIRED_MODE_LABELS, REQUEST_OCCASION_LABELS } from '@bn/shared/contracts';
import {
  deploymentChangedMail,
  feedbackRequestMail,
  offerAcceptedMail,
  offerDeclinedMail,
  offerSentMail,
  reportApprovedMail,
  reportReturnedMail,
  reportSubmittedMail,
  requestReceivedMail,
} from '../mail/mentoring-mails';
import { RenderedMail } from '../mail/mail-layout';
import { DeploymentFacts, MentoringFacts } from './mentoring-facts';
import { Notifier } from './notifier';
import { Recipient, RecipientDirectory } from './recipients';

/** Deployment statuses whose change the mentors must hear about (the others they make themselves). */
const ANNOUNCED_DEPLOYMENT_STATUSES = new Set(['STORNIERT', 'VERSCHOBEN']);

export const requestPath = (id: string): string => `/anfragen/${id}`;
export const deploymentPath = (id: string): string => `/einsaetze/${id}`;

/**
 * Turns the mentoring workflow's domain events into inbox entries and mails. The acting user is not
 * told about their own action (`actorId` is compared with the recipient's account id).
 */
@Injectable()
export class MentoringListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly facts: MentoringFacts,
    private readonly recipients: RecipientDirectory,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.events.on('request.created', (event) => this.requestCreated(event));
    this.events.on('offer.sent', (event) => this.offerSent(event));
    this.events.on('offer.accepted', (event) => this.offerAnswered(event, null));
    this.events.on('offer.declined', (event) => this.offerAnswered(event, event.reason));
    this.events.on('report.submitted', (event) => this.reportSubmitted(event));
    this.events.on('report.returned', (event) => this.reportReturned(event));
    this.events.on('report.approved', (event) => this.reportApproved(event));
    this.events.on('feedback.requested', (event) => this.feedbackRequested(event));
    this.events.on('deployment.transitioned', (event) => this.deploymentTransitioned(event));
  }

  async requestCreated(event: DomainEventOf<'request.created'>): Promise<void> {
    const request = await this.facts.request(event.requestId);
    if (!request) return;
    const path = requestPath(request.id);
    await this.notify('REQUEST_RECEIVED', path, await this.recipients.fachberatung(), event.actorId, (recipient) =>
      requestReceivedMail({
        recipientName: recipient.name,
        allianceName: request.allianceName,
        occasion: REQUEST_OCCASION_LABELS[request.occasion],
        receivedOn: request.receivedOn,
        url: this.notifier.url(path),
      }),
    );
  }

  async offerSent(event: DomainEventOf<'offer.sent'>): Promise<void> {
    const request = await this.facts.request(event.requestId);
    if (!request) return;
    const path = requestPath(request.id);
    await this.notify('OFFER_SENT', path, await this.recipients.mentors([event.mentorId]), event.actorId, (recipient) =>
      offerSentMail({
        recipientName: recipient.name,
        occasion: REQUEST_OCCASION_LABELS[request.occasion],
        mode: DESIRED_MODE_LABELS[request.desiredMode],
        window: { from: request.desiredFrom, until: request.desiredUntil },
        landName: request.landName,
        specialties: request.specialties,
        url: this.notifier.url(path),
      }),
    );
  }

  /** Acceptance (reason null) or decline: to the Fachberatung. */
  async offerAnswered(event: DomainEventOf<'offer.accepted' | 'offer.declined'>, declineReason: string | null): Promise<void> {
    const [request, mentorName] = await Promise.all([this.facts.request(event.requestId), this.facts.mentorName(event.mentorId)]);
    if (!request) return;
    const path = requestPath(request.id);
    const answer = (recipient: Recipient): RenderedMail => {
      const facts = {
        recipientName: recipient.name,
        mentorName: mentorName ?? 'Die Mentorin oder der Mentor',
        allianceName: request.allianceName,
        occasion: REQUEST_OCCASION_LABELS[request.occasion],
        url: this.notifier.url(path),
      };
      return declineReason === null ? offerAcceptedMail(facts) : offerDeclinedMail({ ...facts, reason: declineReason });
    };
    const kind = declineReason === null ? 'OFFER_ACCEPTED' : 'OFFER_DECLINED';
    await this.notify(kind, path, await this.recipients.fachberatung(), event.actorId, answer);
  }

  async reportSubmitted(event: DomainEventOf<'report.submitted'>): Promise<void> {
    await this.aboutDeployment(event.deploymentId, async (deployment, path) =>
      this.notify('REPORT_SUBMITTED', path, await this.recipients.fachberatung(), event.actorId, (recipient) =>
        reportSubmittedMail(this.deploymentMailFacts(deployment, recipient, path)),
      ),
    );
  }

  async reportReturned(event: DomainEventOf<'report.returned'>): Promise<void> {
    await this.aboutDeployment(event.deploymentId, async (deployment, path) =>
      this.notify('REPORT_RETURNED', path, await this.recipients.mentors(deployment.mentorIds), event.actorId, (recipient) =>
        reportReturnedMail({ ...this.deploymentMailFacts(deployment, recipient, path), comment: event.comment }),
      ),
    );
  }

  async reportApproved(event: DomainEventOf<'report.approved'>): Promise<void> {
    await this.aboutDeployment(event.deploymentId, async (deployment, path) =>
      this.notify('REPORT_APPROVED', path, await this.recipients.mentors(deployment.mentorIds), event.actorId, (recipient) =>
        reportApprovedMail(this.deploymentMailFacts(deployment, recipient, path)),
      ),
    );
  }

  async feedbackRequested(event: DomainEventOf<'feedback.requested'>): Promise<void> {
    await this.aboutDeployment(event.deploymentId, async (deployment, path) =>
      this.notify('FEEDBACK_REQUESTED', path, await this.recipients.coordinators(deployment.allianceId), event.actorId, (recipient) =>
        feedbackRequestMail({ ...this.deploymentMailFacts(deployment, recipient, path), lastSessionOn: deployment.lastSessionOn }),
      ),
    );
  }

  async deploymentTransitioned(event: DomainEventOf<'deployment.transitioned'>): Promise<void> {
    if (!ANNOUNCED_DEPLOYMENT_STATUSES.has(event.to)) return;
    await this.aboutDeployment(event.deploymentId, async (deployment, path) =>
      this.notify('DEPLOYMENT_CHANGED', path, await this.recipients.mentors(deployment.mentorIds), event.actorId, (recipient) =>
        deploymentChangedMail({
          ...this.deploymentMailFacts(deployment, recipient, path),
          status: DEPLOYMENT_STATUS_LABELS[event.to as keyof typeof DEPLOYMENT_STATUS_LABELS] ?? event.to,
        }),
      ),
    );
  }

  private async aboutDeployment(deploymentId: string, then: (deployment: DeploymentFacts, path: string) => Promise<void>): Promise<void> {
    const deployment = await this.facts.deployment(deploymentId);
    if (deployment) await then(deployment, deploymentPath(deployment.id));
  }

  private deploymentMailFacts(deployment: DeploymentFacts, recipient: Recipient, path: string) {
    return {
      recipientName: recipient.name,
      allianceName: deployment.allianceName,
      deploymentType: DEPLOYMENT_TYPE_LABELS[deployment.deploymentType],
      mentorNames: deployment.mentorNames,
      url: this.notifier.url(path),
    };
  }

  private notify(
    kind: Parameters<Notifier['deliver']>[0]['kind'],
    path: string,
    recipients: Recipient[],
    actorId: string | null,
    render: (recipient: Recipient) => RenderedMail,
  ): Promise<void> {
    const letters = recipients.filter((recipient) => recipient.userId !== actorId).map((recipient) => ({ recipient, mail: render(recipient) }));
    return this.notifier.deliver({ kind, linkPath: path, letters });
  }
}
