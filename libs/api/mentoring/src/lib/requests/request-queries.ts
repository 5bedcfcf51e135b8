import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { fetchPage } from '@bn/api/core';
import { Deployment, MatchProposal, MentoringRequest, RequestSpecialty, RequestTopic } from '@bn/api/data-access-db';
import {
  MentoringRequestDetailDto,
  MentoringRequestListItemDto,
  MentoringRequestListQueryDto,
  MentoringRequestRefDto,
  MentoringRequestSortField,
  MentoringSpecialtyDto,
  Page,
} from '@bn/shared/contracts';
import { requestNotFound } from '../shared/mentoring.errors';
import { toMatchProposalDto } from '../proposals/proposal.mapper';
import { toMentoringRequestDto, toMentoringRequestFields } from './request.mapper';

const SORT_COLUMNS: Record<MentoringRequestSortField, string> = {
  receivedOn: 'request.receivedOn',
  status: 'request.status',
  occasion: 'request.occasion',
  updatedAt: 'request.updatedAt',
};

const toRef = (r: MentoringRequest): MentoringRequestRefDto => ({ id: r.id, receivedOn: r.receivedOn, occasion: r.occasion, status: r.status });

/** Reads of Anfragen: the list (3 statements for any page size) and the detail (a fixed number of statements). */
@Injectable()
export class MentoringRequestQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: MentoringRequestListQueryDto): Promise<Page<MentoringRequestListItemDto>> {
    const qb = this.dataSource
      .getRepository(MentoringRequest)
      .createQueryBuilder('request')
      .innerJoin('request.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.landCode'])
      .innerJoin('alliance.land', 'land')
      .addSelect(['land.code', 'land.name']);
    if (!query.includeArchived) qb.andWhere('request.archivedAt IS NULL');
    if (query.status) qb.andWhere('request.status = :status', { status: query.status });
    if (query.occasion) qb.andWhere('request.occasion = :occasion', { occasion: query.occasion });
    if (query.channel) qb.andWhere('request.channel = :channel', { channel: query.channel });
    if (query.allianceId) qb.andWhere('request.allianceId = :allianceId', { allianceId: query.allianceId });
    if (query.landCode) qb.andWhere('alliance.landCode = :landCode', { landCode: query.landCode });
    if (query.receivedFrom) qb.andWhere('request.receivedOn >= :receivedFrom', { receivedFrom: query.receivedFrom });
    if (query.receivedTo) qb.andWhere('request.receivedOn <= :receivedTo', { receivedTo: query.receivedTo });
    if (query.owner?.trim()) qb.andWhere('lower(request.owner) = lower(:owner)', { owner: query.owner.trim() });
    if (query.fachgebietCode) {
      qb.andWhere('EXISTS (SELECT 1 FROM request_specialty rs WHERE rs.request_id = request.id AND rs.fachgebiet_code = :fachgebietCode)', {
        fachgebietCode: query.fachgebietCode,
      });
    }
    const term = query.q?.trim();
    if (term) {
      qb.andWhere(
        `(alliance.searchKey LIKE '%' || bn_fold(:term) || '%' OR alliance.searchKey % bn_fold(:term)
          OR bn_fold(coalesce(request.description, '')) LIKE '%' || bn_fold(:term) || '%')`,
        { term },
      );
    }
    const sort = query.sort ?? 'receivedOn';
    const direction = query.direction ?? (sort === 'receivedOn' ? 'desc' : 'asc');
    const { page, entities } = await fetchPage(qb, { ...query, direction }, SORT_COLUMNS[sort], (r) => r);
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

  async get(id: string): Promise<MentoringRequestDetailDto> {
    const request = await this.dataSource
      .getRepository(MentoringRequest)
      .createQueryBuilder('request')
      .innerJoin('request.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.status', 'alliance.landCode'])
      .leftJoin('request.requester', 'requester')
      .addSelect(['requester.id', 'requester.firstName', 'requester.lastName'])
      .leftJoin('request.relatedEvent', 'event')
      .addSelect(['event.id', 'event.title', 'event.startsOn'])
      .where('request.id = :id', { id })
      .getOne();
    if (!request) throw requestNotFound();
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
      this.dataSource
        .getRepository(MatchProposal)
        .createQueryBuilder('proposal')
        .innerJoin('proposal.mentor', 'mentor')
        .innerJoin('mentor.person', 'person')
        .addSelect(['mentor.id', 'person.id', 'person.firstName', 'person.lastName'])
        .where('proposal.requestId = :id', { id })
        .orderBy('proposal.rank')
        .addOrderBy('proposal.score', 'DESC')
        .getMany(),
      this.dataSource
        .getRepository(Deployment)
        .find({ select: { id: true, deploymentType: true, status: true }, where: { requestId: id }, order: { createdAt: 'ASC' } }),
      this.dataSource
        .getRepository(MentoringRequest)
        .createQueryBuilder('linked')
        .select(['linked.id', 'linked.receivedOn', 'linked.occasion', 'linked.status', 'linked.predecessorId'])
        .where('linked.id = :predecessorId OR linked.predecessorId = :id', { predecessorId: request.predecessorId, id })
        .orderBy('linked.receivedOn')
        .getMany(),
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
