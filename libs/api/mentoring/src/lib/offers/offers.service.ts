import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, AuditWriter, DomainEvent, DomainEvents, Principal, scopeOf, versionConflict, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Deployment, DeploymentMentor, DeploymentSpecialty, MatchProposal, MentoringRequest, RequestSpecialty } from '@bn/api/data-access-db';
import { DeploymentMode, DeploymentType, OfferAnswerDto, OfferSentDto, RequestOccasion, SendOfferDto } from '@bn/shared/contracts';
import { MentoringAccess } from '../shared/mentoring-access';
import { proposalAlreadyAnswered, proposalNotFound } from '../proposals/proposal.errors';
import { toMatchProposalDto } from '../proposals/proposal.mapper';
import { REQUEST_TARGET } from '../requests/requests.service';
import { DEPLOYMENT_TARGET } from '../deployments/deployments.service';
import { RequestWorkflow } from '../transitions/request-workflow.service';
import { TransitionLog } from '../transitions/transition-log';
import { loadRequestFacts } from '../transitions/workflow-facts';
import { WorkflowActor, workflowActorOf } from '../transitions/workflow-actor';
import { offerClosed, offerNotSent, offerProposalNotFound, offerProposalNotOfferable } from './offer.errors';

const PROPOSAL_TARGET: VersionedTarget<MatchProposal> = { entity: MatchProposal, entityType: 'MatchProposal', notFound: proposalNotFound };

/** The deployment type a request's occasion usually leads to; the Fachberatung can change it afterwards. */
const TYPE_BY_OCCASION: Record<RequestOccasion, DeploymentType> = {
  GRUENDUNG: 'GRUENDUNGSBEGLEITUNG',
  REAKTIVIERUNG: 'FOLGEBERATUNG',
  WEITERENTWICKLUNG: 'ZUKUNFTSWERKSTATT',
  VERANSTALTUNG: 'FACHVORTRAG',
  THEMATISCHE_BERATUNG: 'ERSTBERATUNG',
  GENERATIONENWECHSEL: 'FOLGEBERATUNG',
};

/** "egal" becomes ONLINE until the dates are fixed; the Fachberatung or the mentor changes it with the sessions. */
const modeOf = (request: MentoringRequest): DeploymentMode => (request.desiredMode === 'EGAL' ? 'ONLINE' : request.desiredMode);

interface Answer {
  proposal: MatchProposal;
  request: MentoringRequest;
  deploymentId: string | null;
  events: DomainEvent[];
}

/**
 * Offers (domain-research §2.5 rows 3–5, PRODUCT flow 1): the Fachberatung offers a request to one
 * mentor, or to two for a tandem, from its Matching-Vorschläge (they become ANGEFRAGT, one offer round);
 * each mentor accepts or declines with a reason. When every mentor of the round has accepted, the
 * request is ZUGEWIESEN and the deployment is created with them; when the round has no open offer
 * left and somebody declined, the request goes back to MATCHING for the next suggestion. Mentors see
 * the alliance only after accepting (mentorSeesRequestAlliance).
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: MentoringAccess,
    private readonly requests: RequestWorkflow,
    private readonly log: TransitionLog,
    private readonly events: DomainEvents,
  ) {}

  async send(requestId: string, dto: SendOfferDto, principal: Principal): Promise<OfferSentDto> {
    const actor = workflowActorOf(principal);
    const result = await this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, REQUEST_TARGET, requestId);
      if (current.version !== dto.version) throw versionConflict();
      const proposals = await manager
        .createQueryBuilder(MatchProposal, 'proposal')
        .setLock('pessimistic_write')
        .where('proposal.id IN (:...ids) AND proposal.requestId = :requestId', { ids: dto.proposalIds, requestId })
        .getMany();
      if (proposals.length !== dto.proposalIds.length) throw offerProposalNotFound();
      const round = await this.currentRound(manager, requestId);
      // a proposal is offered once; an acceptance from an earlier (failed tandem) round is asked again
      if (proposals.some((p) => !(p.response === 'VORGESCHLAGEN' || (p.response === 'ZUGESAGT' && (p.offerRound ?? 0) < round)))) {
        throw offerProposalNotOfferable();
      }
      for (const proposal of proposals) {
        await this.writer.update(
          manager,
          PROPOSAL_TARGET,
          proposal.id,
          proposal.version,
          { response: 'ANGEFRAGT', offeredAt: new Date(), offerRound: round + 1, responseReason: null, respondedAt: null },
          actor.name,
        );
      }
      const offered = await this.withMentorNames(manager).where('proposal.id IN (:...ids)', { ids: dto.proposalIds }).orderBy('proposal.rank').getMany();
      const note = `Angeboten: ${offered.map((p) => mentorName(p)).join(' und ')}`;
      const { request } = await this.requests.moveIn(manager, current, 'MENTOR_ANGEFRAGT', actor, note);
      return { request, offered };
    });
    for (const proposal of result.offered) {
      await this.events.publish({ type: 'offer.sent', requestId, proposalId: proposal.id, mentorId: proposal.mentorId, actorId: actor.userId });
    }
    return {
      requestId,
      status: result.request.status,
      version: result.request.version,
      proposals: result.offered.map(toMatchProposalDto),
    };
  }

  async accept(proposalId: string, version: number, principal: Principal, requestId?: string): Promise<OfferAnswerDto> {
    const actor = workflowActorOf(principal);
    const answer = await this.answer(proposalId, version, scopeOf(principal), requestId, (manager, proposal, request) =>
      this.acceptIn(manager, proposal, request, actor),
    );
    return this.finish(answer);
  }

  async decline(proposalId: string, version: number, reason: string, principal: Principal, requestId?: string): Promise<OfferAnswerDto> {
    const actor = workflowActorOf(principal);
    const answer = await this.answer(proposalId, version, scopeOf(principal), requestId, (manager, proposal, request) =>
      this.declineIn(manager, proposal, request, actor, reason.trim()),
    );
    return this.finish(answer);
  }

  /**
   * The common part of accept and decline: the proposal must be visible to the caller (a mentor: only
   * their own offers, in SQL; else 404), still open (ANGEFRAGT), at the version read, and the request
   * must still be waiting for answers. The request row is locked first, so two tandem answers run one
   * after the other.
   */
  private async answer(
    proposalId: string,
    version: number,
    scope: AccessScope,
    requestId: string | undefined,
    apply: (manager: EntityManager, proposal: MatchProposal, request: MentoringRequest) => Promise<Answer>,
  ): Promise<Answer> {
    await this.access.assertProposal(scope, proposalId);
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(MatchProposal, { select: { id: true, requestId: true }, where: { id: proposalId } });
      if (!found || (requestId && found.requestId !== requestId)) throw proposalNotFound();
      const request = await this.writer.lockCurrent(manager, REQUEST_TARGET, found.requestId);
      const proposal = await this.writer.lockCurrent(manager, PROPOSAL_TARGET, proposalId);
      if (proposal.response === 'VORGESCHLAGEN') throw offerNotSent();
      if (proposal.response !== 'ANGEFRAGT') throw proposalAlreadyAnswered();
      if (proposal.version !== version) throw versionConflict();
      if (request.status !== 'MENTOR_ANGEFRAGT') throw offerClosed();
      return apply(manager, proposal, request);
    });
  }

  private async acceptIn(manager: EntityManager, proposal: MatchProposal, request: MentoringRequest, actor: WorkflowActor): Promise<Answer> {
    const accepted = await this.writer.update(
      manager,
      PROPOSAL_TARGET,
      proposal.id,
      proposal.version,
      { response: 'ZUGESAGT', responseReason: null, respondedAt: new Date() },
      actor.name,
    );
    const events: DomainEvent[] = [
      { type: 'offer.accepted', requestId: request.id, proposalId: proposal.id, mentorId: proposal.mentorId, actorId: actor.userId },
    ];
    const facts = await loadRequestFacts(manager, request.id);
    if (!facts.allOfferedAccepted) return { proposal: accepted, request, deploymentId: null, events };
    const moved = await this.requests.moveIn(manager, request, 'ZUGEWIESEN', actor, 'Alle angefragten Mentor:innen haben zugesagt.', facts);
    const deploymentId = await this.createDeployment(manager, moved.request, actor);
    return { proposal: accepted, request: moved.request, deploymentId, events };
  }

  private async declineIn(
    manager: EntityManager,
    proposal: MatchProposal,
    request: MentoringRequest,
    actor: WorkflowActor,
    reason: string,
  ): Promise<Answer> {
    const declined = await this.writer.update(
      manager,
      PROPOSAL_TARGET,
      proposal.id,
      proposal.version,
      { response: 'ABGELEHNT', responseReason: reason, respondedAt: new Date() },
      actor.name,
    );
    const events: DomainEvent[] = [
      { type: 'offer.declined', requestId: request.id, proposalId: proposal.id, mentorId: proposal.mentorId, reason, actorId: actor.userId },
    ];
    const facts = await loadRequestFacts(manager, request.id);
    if (facts.openOffers > 0) return { proposal: declined, request, deploymentId: null, events };
    const withName = await this.withMentorNames(manager).where('proposal.id = :id', { id: proposal.id }).getOneOrFail();
    const moved = await this.requests.moveIn(manager, request, 'MATCHING', actor, `Absage von ${mentorName(withName)}: ${reason}`, facts);
    return { proposal: declined, request: moved.request, deploymentId: null, events };
  }

  /**
   * The Einsatz of an accepted offer: the request's alliance, Fachgebiete and related event, a type from
   * its occasion, the mentors of the round (the best-ranked one leads). Logged as created in ZUGEWIESEN.
   */
  private async createDeployment(manager: EntityManager, request: MentoringRequest, actor: WorkflowActor): Promise<string> {
    const round = await this.currentRound(manager, request.id);
    const mentors = await manager.find(MatchProposal, {
      select: { id: true, mentorId: true, rank: true },
      where: { requestId: request.id, offerRound: round, response: 'ZUGESAGT' },
      order: { rank: 'ASC', respondedAt: 'ASC' },
    });
    const { identifiers } = await manager.insert(Deployment, {
      requestId: request.id,
      allianceId: request.allianceId,
      deploymentType: TYPE_BY_OCCASION[request.occasion],
      mode: modeOf(request),
      status: 'ZUGEWIESEN',
      eventId: request.relatedEventId,
    });
    const deploymentId = String(identifiers[0]['id']);
    await manager.insert(
      DeploymentMentor,
      mentors.map((m, index) => ({ deploymentId, mentorId: m.mentorId, isLead: index === 0 })),
    );
    const specialties = await manager.find(RequestSpecialty, { where: { requestId: request.id } });
    if (specialties.length) {
      await manager.insert(
        DeploymentSpecialty,
        specialties.map((s) => ({ deploymentId, fachgebietCode: s.fachgebietCode })),
      );
    }
    const created = await manager.findOneByOrFail(Deployment, { id: deploymentId });
    await this.audit.record(manager, { actor: actor.name, action: 'CREATE', entityType: DEPLOYMENT_TARGET.entityType, entityId: deploymentId, after: created });
    await this.log.record(manager, {
      subjectType: 'DEPLOYMENT',
      subjectId: deploymentId,
      fromStatus: null,
      toStatus: 'ZUGEWIESEN',
      actorId: actor.userId,
      actor: actor.name,
      note: 'Aus der Anfrage nach Zusage der Mentor:innen angelegt.',
    });
    return deploymentId;
  }

  private async finish(answer: Answer): Promise<OfferAnswerDto> {
    for (const event of answer.events) await this.events.publish(event);
    return {
      proposalId: answer.proposal.id,
      requestId: answer.request.id,
      response: answer.proposal.response,
      responseReason: answer.proposal.responseReason,
      version: answer.proposal.version,
      requestStatus: answer.request.status,
      deploymentId: answer.deploymentId,
    };
  }

  private async currentRound(manager: EntityManager, requestId: string): Promise<number> {
    const [row] = (await manager.query(`SELECT coalesce(max(offer_round), 0)::int AS round FROM match_proposal WHERE request_id = $1`, [
      requestId,
    ])) as { round: number }[];
    return row.round;
  }

  private withMentorNames(manager: EntityManager) {
    return manager
      .createQueryBuilder(MatchProposal, 'proposal')
      .innerJoin('proposal.mentor', 'mentor')
      .innerJoin('mentor.person', 'person')
      .addSelect(['mentor.id', 'person.id', 'person.firstName', 'person.lastName']);
  }
}

function mentorName(proposal: MatchProposal): string {
  const person = proposal.mentor?.person;
  return person ? `${person.firstName} ${person.lastName}` : proposal.mentorId;
}
