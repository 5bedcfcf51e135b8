import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, fetchPage } from '@bn/api/core';
import { Deployment, MatchProposal, MentoringRequest, RequestSpecialty, RequestTopic } from '@bn/api/data-access-db';
import {
  MentoringRequestDetailDto,
  MentoringRequestListItemDto,
  MentoringRequestListQueryDto,
  MentoringRequestOfferDto,
  MentoringRequestRefDto,
  MentoringSpecialtyDto,
  Page,
} from '@bn/shared/contracts';
import { requestNotFound } from '../shared/mentoring.errors';
import { MentoringAccess } from '../shared/mentoring-access';
import { requestCondition } from '../shared/mentoring-scope';
import { applyRequestFilters, REQUEST_SORT_COLUMNS, requestSortDirection } from './request-filters';
import { MentoringRequestOffersQuery } from './request-offers.query';
import { toMatchProposalDto } from '../proposals/proposal.mapper';
import { toMentoringRequestDto, toMentoringRequestFields } from './request.mapper';

const toRef = (r: MentoringRequest): MentoringRequestRefDto => ({ id: r.id, receivedOn: r.receivedOn, occasion: r.occasion, status: r.status });

/**
 * Reads of Anfragen: the list (3 statements for any page size) and the detail (a fixed number of
 * statements), both restricted to the scope in SQL. Coordinators read their alliances' requests
 * without the matching (proposals); mentors get their own view (MentoringRequestOffersQuery).
 */
@Injectable()
export class MentoringRequestQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly offers: MentoringRequestOffersQuery,
    private readonly access: MentoringAccess,
  ) {}

  async list(
    query: MentoringRequestListQueryDto,
    scope: AccessScope,
  ): Promise<Page<MentoringRequestListItemDto> | Page<MentoringRequestOfferDto>> {
    if (scope.kind === 'mentor') return this.offers.list(query, scope.mentorProfileId);
    const qb = this.dataSource
      .getRepository(MentoringRequest)
      .createQueryBuilder('request')
      .innerJoin('request.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.landCode'])
      .innerJoin('alliance.land', 'land')
      .addSelect(['land.code', 'land.name']);
    const condition = requestCondition(scope);
    if (condition) qb.andWhere(condition.sql, condition.params);
    applyRequestFilters(qb, query);
    const direction = requestSortDirection(query);
    const { page, entities } = await fetchPage(qb, { ...query, direction }, REQUEST_SORT_COLUMNS[query.sort ?? 'receivedOn'], (r) => r);
    const specialties = await this.specialtiesOf(entities.map((r) => r.id));
    return {
      ...page,
      items: entities.map((r) => ({
        ...toMentoringRequestFields(r),
        allianceName: r.alliance?.name ?? '',
        landCode: r.alliance?.landCode ?? '',
        landName: r.alliance?.land?.name ?? '',
        specialties: specialties.get(r.id) ?? [],
      })),
    };
  }

  async get(id: string, scope: AccessScope): Promise<MentoringRequestDetailDto | MentoringRequestOfferDto> {
    if (scope.kind === 'mentor') return this.offers.get(id, scope.mentorProfileId);
    const condition = requestCondition(scope);
    const qb = this.dataSource
      .getRepository(MentoringRequest)
      .createQueryBuilder('request')
      .innerJoin('request.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.status', 'alliance.landCode'])
      .leftJoin('request.requester', 'requester')
      .addSelect(['requester.id', 'requester.firstName', 'requester.lastName'])
      .leftJoin('request.relatedEvent', 'event')
      .addSelect(['event.id', 'event.title', 'event.startsOn'])
      .where('request.id = :id', { id });
    if (condition) qb.andWhere(condition.sql, condition.params);
    const request = await qb.getOne();
    if (!request) throw await this.access.notVisible(MentoringRequest, 'MentoringRequest', id, requestNotFound);
    const linkedCondition = requestCondition(scope, 'linked');
    const linkedQuery = this.dataSource
      .getRepository(MentoringRequest)
      .createQueryBuilder('linked')
      .select(['linked.id', 'linked.receivedOn', 'linked.occasion', 'linked.status', 'linked.predecessorId'])
      .where('(linked.id = :predecessorId OR linked.predecessorId = :id)', { predecessorId: request.predecessorId, id })
      .orderBy('linked.receivedOn');
    if (linkedCondition) linkedQuery.andWhere(linkedCondition.sql, linkedCondition.params);
    const [specialties, topics, proposals, deployments, linked] = await Promise.all([
      this.specialtiesOf([id]),
      this.dataSource
        .getRepository(RequestTopic)
        .createQueryBuilder('rt')
        .innerJoin('rt.handlungsfeld', 'hf')
        .select(['rt.requestId', 'rt.handlungsfeldId', 'hf.id', 'hf.code', 'hf.name'])
        .where('rt.requestId = :id', { id })
        .orderBy('hf.sortOrder')
        .addOrderBy('hf.code')
        .getMany(),
      // the matching is the Fachberatung's: coordinators do not see the proposals
      scope.kind === 'all'
        ? this.dataSource
            .getRepository(MatchProposal)
            .createQueryBuilder('proposal')
            .innerJoin('proposal.mentor', 'mentor')
            .innerJoin('mentor.person', 'person')
            .addSelect(['mentor.id', 'person.id', 'person.firstName', 'person.lastName'])
            .where('proposal.requestId = :id', { id })
            .orderBy('proposal.rank')
            .addOrderBy('proposal.score', 'DESC')
            .getMany()
        : Promise.resolve([] as MatchProposal[]),
      this.dataSource
        .getRepository(Deployment)
        .find({ select: { id: true, deploymentType: true, status: true }, where: { requestId: id }, order: { createdAt: 'ASC' } }),
      linkedQuery.getMany(),
    ]);
    const specialtyList = specialties.get(id) ?? [];
    const predecessor = linked.find((r) => r.id === request.predecessorId);
    return {
      ...toMentoringRequestDto(
        request,
        specialtyList.map((s) => s.code),
        topics.map((t) => t.handlungsfeldId),
      ),
      alliance: {
        id: request.allianceId,
        name: request.alliance?.name ?? '',
        status: request.alliance?.status ?? 'INTERESSENT',
        landCode: request.alliance?.landCode ?? '',
      },
      requester: request.requester
        ? { id: request.requester.id, name: `${request.requester.firstName} ${request.requester.lastName}` }
        : null,
      relatedEvent: request.relatedEvent
        ? { id: request.relatedEvent.id, title: request.relatedEvent.title, startsOn: request.relatedEvent.startsOn }
        : null,
      specialties: specialtyList,
      topics: topics.map((t) => ({ id: t.handlungsfeldId, code: t.handlungsfeld?.code ?? '', name: t.handlungsfeld?.name ?? '' })),
      proposals: proposals.map(toMatchProposalDto),
      deployments: deployments.map((d) => ({ id: d.id, deploymentType: d.deploymentType, status: d.status })),
      predecessor: predecessor ? toRef(predecessor) : null,
      followUps: linked.filter((r) => r.predecessorId === id).map(toRef),
    };
  }

  /** Fachgebiete of many requests in one statement. */
  private async specialtiesOf(requestIds: string[]): Promise<Map<string, MentoringSpecialtyDto[]>> {
    const result = new Map<string, MentoringSpecialtyDto[]>();
    if (requestIds.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(RequestSpecialty)
      .createQueryBuilder('rs')
      .innerJoin('rs.fachgebiet', 'fg')
      .select(['rs.requestId', 'rs.fachgebietCode', 'fg.code', 'fg.name'])
      .where('rs.requestId IN (:...requestIds)', { requestIds })
      .orderBy('fg.sortOrder')
      .addOrderBy('fg.code')
      .getMany();
    for (const row of rows) {
      const list = result.get(row.requestId) ?? [];
      list.push({ code: row.fachgebietCode, name: row.fachgebiet?.name ?? '' });
      result.set(row.requestId, list);
    }
    return result;
  }
}
