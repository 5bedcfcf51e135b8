import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, SelectQueryBuilder } from 'typeorm';
import { AccessScope, allianceCondition, AuditWriter, fetchPage, VersionedWriter } from '@bn/api/core';
import { Partnership } from '@bn/api/data-access-db';
import {
  AlliancePartnershipDto,
  AlliancePartnershipListQueryDto,
  CreateAlliancePartnershipDto,
  Page,
  PartnershipFieldsDto,
  PartnershipSortField,
  UpdateAlliancePartnershipDto,
} from '@bn/shared/contracts';
import { toPartnershipDto } from './partnership.mapper';
import {
  partnerOrganisationNotFound,
  partnershipExists,
  partnershipNotFound,
  partnershipPeriodInvalid,
  representativeNotFound,
} from './partnership.errors';
import { isUniqueViolation, PARTNERSHIP_TARGET, PARTNERSHIP_UNIQUE, requireActiveAlliance } from './persistence';
import { AllianceAccess, Requester } from './alliance-access';
import { organisationSelectable, personSelectable } from './reference-access';
import { berlinToday } from '@bn/shared/util';

const SORT_COLUMNS: Record<PartnershipSortField, string> = {
  organisationName: 'organisation.name',
  since: 'partnership.since',
};

/**
 * Bündnispartnerschaften of one alliance; a partnership of another alliance is "not found". Coordinators read
 * and write those of their own alliances, mentors read those of assigned alliances (organisation and
 * representative names, no contact data), the Servicebüro-Leitung reads.
 */
@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: AllianceAccess,
  ) {}

  async list(allianceId: string, query: AlliancePartnershipListQueryDto, scope: AccessScope): Promise<Page<AlliancePartnershipDto>> {
    await this.access.require(scope, allianceId);
    const qb = this.baseQuery(this.dataSource.manager).where('partnership.allianceId = :allianceId', { allianceId });
    const condition = allianceCondition(scope, 'partnership.alliance_id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    if (!query.includeArchived) qb.andWhere('partnership.archivedAt IS NULL');
    if (query.role) qb.andWhere(':role = ANY(partnership.roles)', { role: query.role });
    if (query.sector) qb.andWhere('organisation.sector = :sector', { sector: query.sector });
    if (query.currentOnly) qb.andWhere('(partnership.until IS NULL OR partnership.until >= :today)', { today: berlinToday() });
    const term = query.q?.trim();
    if (term) {
      qb.andWhere("(organisation.searchKey LIKE '%' || bn_fold(:searchTerm) || '%' OR organisation.searchKey % bn_fold(:searchTerm))", {
        searchTerm: term,
      });
    }
    const { page } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'organisationName'], toPartnershipDto);
    return page;
  }

  async create(allianceId: string, dto: CreateAlliancePartnershipDto, requester: Requester): Promise<AlliancePartnershipDto> {
    const { actor } = requester;
    await this.access.requireWritable(requester.scope, allianceId);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await requireActiveAlliance(manager, allianceId);
        if (!(await organisationSelectable(manager, requester, dto.organisationId))) throw partnerOrganisationNotFound();
        await this.checkFields(manager, dto, requester, null);
        const duplicate = await manager.existsBy(Partnership, { allianceId, organisationId: dto.organisationId, archivedAt: IsNull() });
        if (duplicate) throw partnershipExists();
        const { identifiers } = await manager.insert(Partnership, { allianceId, organisationId: dto.organisationId, ...this.toColumns(dto) });
        const id = String(identifiers[0]['id']);
        const created = await this.load(manager, id);
        await this.audit.record(manager, { actor, action: 'CREATE', entityType: PARTNERSHIP_TARGET.entityType, entityId: id, after: created });
        return created;
      });
    } catch (error: unknown) {
      // two concurrent requests for the same organisation: the partial unique index decides
      if (isUniqueViolation(error, PARTNERSHIP_UNIQUE)) throw partnershipExists();
      throw error;
    }
  }

  async update(allianceId: string, id: string, dto: UpdateAlliancePartnershipDto, requester: Requester): Promise<AlliancePartnershipDto> {
    await this.access.requireWritable(requester.scope, allianceId);
    return this.dataSource.transaction(async (manager) => {
      await requireActiveAlliance(manager, allianceId);
      const current = await this.requireOwn(manager, allianceId, id);
      await this.checkFields(manager, dto, requester, current.representativeId);
      await this.writer.update(manager, PARTNERSHIP_TARGET, id, dto.version, this.toColumns(dto), requester.actor);
      return this.load(manager, id);
    });
  }

  async archive(allianceId: string, id: string, version: number, requester: Requester): Promise<void> {
    await this.access.requireWritable(requester.scope, allianceId);
    await this.dataSource.transaction(async (manager) => {
      await requireActiveAlliance(manager, allianceId);
      await this.requireOwn(manager, allianceId, id);
      await this.writer.archive(manager, PARTNERSHIP_TARGET, id, version, requester.actor);
    });
  }

  private baseQuery(manager: EntityManager): SelectQueryBuilder<Partnership> {
    return manager
      .getRepository(Partnership)
      .createQueryBuilder('partnership')
      .innerJoin('partnership.organisation', 'organisation')
      .addSelect(['organisation.id', 'organisation.name', 'organisation.sector', 'organisation.actorType'])
      .leftJoin('partnership.representative', 'representative')
      .addSelect(['representative.id', 'representative.title', 'representative.firstName', 'representative.lastName']);
  }

  private async load(manager: EntityManager, id: string): Promise<AlliancePartnershipDto> {
    const partnership = await this.baseQuery(manager).where('partnership.id = :id', { id }).getOne();
    if (!partnership) throw partnershipNotFound();
    return toPartnershipDto(partnership);
  }

  private async requireOwn(manager: EntityManager, allianceId: string, id: string): Promise<Partnership> {
    const partnership = await manager.findOne(Partnership, {
      select: { id: true, representativeId: true },
      where: { id, allianceId, archivedAt: IsNull() },
    });
    if (!partnership) throw partnershipNotFound();
    return partnership;
  }

  /** The period, and the representative: a new one must be a person the requester may link (an unchanged one stays). */
  private async checkFields(
    manager: EntityManager,
    dto: PartnershipFieldsDto,
    requester: Requester,
    currentRepresentativeId: string | null,
  ): Promise<void> {
    if (dto.since && dto.until && dto.until < dto.since) throw partnershipPeriodInvalid();
    const representativeId = dto.representativeId;
    if (representativeId && representativeId !== currentRepresentativeId && !(await personSelectable(manager, requester, representativeId))) {
      throw representativeNotFound();
    }
  }

  private toColumns(dto: PartnershipFieldsDto): Partial<Partnership> {
    const contribution = dto.contribution?.trim();
    return {
      roles: dto.roles ?? [],
      since: dto.since ?? null,
      until: dto.until ?? null,
      contributionTypes: dto.contributionTypes ?? [],
      contribution: contribution ? contribution : null,
      representativeId: dto.representativeId ?? null,
    };
  }
}
