import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccessScope, AuditWriter, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { MatchProposal, MentoringRequest } from '@bn/api/data-access-db';
import { AnswerMatchProposalDto, CreateMatchProposalDto, MatchProposalDto } from '@bn/shared/contracts';
import { requestNotFound } from '../shared/mentoring.errors';
import { assertMentorsExist } from '../shared/mentoring-references';
import { MentoringAccess } from '../shared/mentoring-access';
import { proposalAlreadyAnswered, proposalDuplicate, proposalNotFound } from './proposal.errors';
import { toMatchProposalDto } from './proposal.mapper';

const PROPOSAL_TARGET: VersionedTarget<MatchProposal> = {
  entity: MatchProposal,
  entityType: 'MatchProposal',
  notFound: proposalNotFound,
};

const ANSWERED = new Set(['ZUGESAGT', 'ABGELEHNT']);

/**
 * Matching-Vorschläge of a request: list, add (by the matcher or by hand) and record the mentor's
 * answer. Sending offers and moving the request on is the request workflow's job.
 */
@Injectable()
export class MatchProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: MentoringAccess,
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
   * Records ZUGESAGT or ABGELEHNT once; a second answer is a 409. A mentor answers only the offers
   * sent to them; any other proposal answers 404 (and the attempt is audited).
   */
  async answer(
    requestId: string,
    proposalId: string,
    dto: AnswerMatchProposalDto,
    scope: AccessScope,
    actor: string,
  ): Promise<MatchProposalDto> {
    await this.access.assertProposal(scope, proposalId);
    return this.dataSource.transaction(async (manager) => {
      await this.assertOpenRequest(manager, requestId);
      const current = await this.writer.lockCurrent(manager, PROPOSAL_TARGET, proposalId);
      if (current.requestId !== requestId) throw proposalNotFound();
      if (ANSWERED.has(current.response)) throw proposalAlreadyAnswered();
      await this.writer.update(
        manager,
        PROPOSAL_TARGET,
        proposalId,
        dto.version,
        { response: dto.response, responseReason: dto.reason?.trim() || null, respondedAt: new Date() },
        actor,
      );
      return this.load(manager, proposalId);
    });
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
