import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditWriter, Principal, VersionedTarget } from '@bn/api/core';
import { MatchProposal, MentoringRequest } from '@bn/api/data-access-db';
import { AnswerMatchProposalDto, CreateMatchProposalDto, MatchProposalDto } from '@bn/shared/contracts';
import { requestNotFound } from '../shared/mentoring.errors';
import { assertMentorsExist } from '../shared/mentoring-references';
import { OffersService } from '../offers/offers.service';
import { proposalDuplicate, proposalNotFound } from './proposal.errors';
import { toMatchProposalDto } from './proposal.mapper';

const PROPOSAL_TARGET: VersionedTarget<MatchProposal> = {
  entity: MatchProposal,
  entityType: 'MatchProposal',
  notFound: proposalNotFound,
};

/**
 * Matching-Vorschläge of a request: list, add (by the matcher or by hand) and record the mentor's
 * answer (through OffersService, which sends offers and moves the request on).
 */
@Injectable()
export class MatchProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
    private readonly offers: OffersService,
  ) {}

  async list(requestId: string): Promise<MatchProposalDto[]> {
    if (!(await this.dataSource.getRepository(MentoringRequest).existsBy({ id: requestId }))) throw requestNotFound();
    const proposals = await this.withMentorNames(this.dataSource.manager)
      .where('proposal.requestId = :requestId', { requestId })
      .orderBy('proposal.rank')
      .addOrderBy('proposal.score', 'DESC')
      .getMany();
    return proposals.map(toMatchProposalDto);
  }

  async create(requestId: string, dto: CreateMatchProposalDto, actor: string): Promise<MatchProposalDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertOpenRequest(manager, requestId);
      await assertMentorsExist(manager, [dto.mentorId], 'mentorId');
      if (await manager.existsBy(MatchProposal, { requestId, mentorId: dto.mentorId })) throw proposalDuplicate();
      const { identifiers } = await manager.insert(MatchProposal, {
        requestId,
        mentorId: dto.mentorId,
        rank: dto.rank,
        score: dto.score,
        explanation: (dto.explanation ?? []).map((e) => ({ criterion: e.criterion.trim(), points: e.points, text: e.text.trim() })),
        proposedBy: actor,
        response: 'VORGESCHLAGEN',
      });
      const id = String(identifiers[0]['id']);
      const created = await this.load(manager, id);
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: PROPOSAL_TARGET.entityType, entityId: id, after: created });
      return created;
    });
  }

  /**
   * Records the mentor's answer to an offer (ZUGESAGT or ABGELEHNT, once) through the offer workflow,
   * so that an acceptance by every offered mentor assigns the request and a decline brings it back to
   * matching. The Fachberatung records answers received by phone; a mentor answers only the offers sent
   * to them (any other proposal answers 404, and the attempt is audited).
   */
  async answer(requestId: string, proposalId: string, dto: AnswerMatchProposalDto, principal: Principal): Promise<MatchProposalDto> {
    if (dto.response === 'ZUGESAGT') await this.offers.accept(proposalId, dto.version, principal, requestId);
    else await this.offers.decline(proposalId, dto.version, dto.reason ?? '', principal, requestId);
    return this.load(this.dataSource.manager, proposalId);
  }

  private async assertOpenRequest(manager: EntityManager, requestId: string): Promise<void> {
    if (!(await manager.existsBy(MentoringRequest, { id: requestId, archivedAt: IsNull() }))) throw requestNotFound();
  }

  private withMentorNames(manager: EntityManager) {
    return manager
      .createQueryBuilder(MatchProposal, 'proposal')
      .innerJoin('proposal.mentor', 'mentor')
      .innerJoin('mentor.person', 'person')
      .addSelect(['mentor.id', 'person.id', 'person.firstName', 'person.lastName']);
  }

  private async load(manager: EntityManager, id: string): Promise<MatchProposalDto> {
    const proposal = await this.withMentorNames(manager).where('proposal.id = :id', { id }).getOneOrFail();
    return toMatchProposalDto(proposal);
  }
}
