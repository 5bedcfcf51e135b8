import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AccessScope,
  allianceCondition,
  applySearch,
  AuditWriter,
  DomainError,
  fetchPage,
  foreignRecord,
  VersionedTarget,
  VersionedWriter,
} from '@bn/api/core';
import { Gemeinde, Organisation, Partnership } from '@bn/api/data-access-db';
import {
  CreateOrganisationDto,
  OrganisationDetailDto,
  OrganisationDto,
  OrganisationListQueryDto,
  OrganisationSortField,
  Page,
  UpdateOrganisationDto,
} from '@bn/shared/contracts';
import { toOrganisationDto } from './organisation.mapper';
import {
  companySizeOnlyForCompanies,
  gemeindeNotFound,
  organisationNotFound,
  parentCycle,
  parentNotFound,
} from './organisation.errors';
import { organisationCondition } from './organisation-scope';

const SORT_COLUMNS: Record<OrganisationSortField, string> = {
  name: 'organisation.name',
  sector: 'organisation.sector',
  actorType: 'organisation.actorType',
  city: 'organisation.city',
  createdAt: 'organisation.createdAt',
  updatedAt: 'organisation.updatedAt',
};

const TARGET: VersionedTarget<Organisation> = {
  entity: Organisation,
  entityType: 'Organisation',
  notFound: organisationNotFound,
};

const ALL: AccessScope = { kind: 'all' };

/**
 * Partner organisations. Every read is restricted by organisationCondition (coordinators: partners of their
 * own alliances); an organisation outside the scope answers 404 and the attempt is recorded.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
  ) {}

  async list(query: OrganisationListQueryDto, scope: AccessScope): Promise<Page<OrganisationDto>> {
    const qb = this.dataSource.getRepository(Organisation).createQueryBuilder('organisation');
    const condition = organisationCondition(scope, 'organisation.id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    if (!query.includeArchived) qb.andWhere('organisation.archivedAt IS NULL');
    if (query.sector) qb.andWhere('organisation.sector = :sector', { sector: query.sector });
    if (query.actorType) qb.andWhere('organisation.actorType = :actorType', { actorType: query.actorType });
    if (query.companySize) qb.andWhere('organisation.companySize = :companySize', { companySize: query.companySize });
    if (query.kreisAgs) qb.andWhere('organisation.gemeindeAgs LIKE :kreisPrefix', { kreisPrefix: `${query.kreisAgs}%` });
    if (query.landCode) qb.andWhere('organisation.gemeindeAgs LIKE :landPrefix', { landPrefix: `${query.landCode}%` });
    if (query.allianceId) {
      // the filter itself is scoped too: it must not tell a coordinator who partners a foreign alliance
      const filterScope = allianceCondition(scope, 'p.alliance_id', 'filter') ?? { sql: 'true', params: {} };
      qb.andWhere(
        `EXISTS (SELECT 1 FROM partnership p WHERE p.organisation_id = organisation.id AND p.alliance_id = :allianceId AND p.archived_at IS NULL
                 AND ${filterScope.sql})`,
        { allianceId: query.allianceId, ...filterScope.params },
      );
    }
    applySearch(qb, query.q);
    const { page } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'name'], toOrganisationDto);
    return page;
  }

  /**
   * The organisation with its partnerships and number of sub-organisations, both as far as the scope reaches
   * (a coordinator sees only the partnerships with own alliances). The parent is shown by name.
   */
  async get(id: string, scope: AccessScope): Promise<OrganisationDetailDto> {
    const qb = this.dataSource.getRepository(Organisation).createQueryBuilder('organisation').where('organisation.id = :id', { id });
    const condition = organisationCondition(scope, 'organisation.id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    const organisation = await qb.getOne();
    if (!organisation) throw await this.denied(id);
    const partnershipScope = allianceCondition(scope, 'p.alliance_id', 'detail') ?? { sql: 'true', params: {} };
    const childScope = organisationCondition(scope, 'child.id', 'child') ?? { sql: 'true', params: {} };
    const [parent, gemeinde, partnerships, childCount] = await Promise.all([
      organisation.parentId
        ? this.dataSource.getRepository(Organisation).findOne({ select: { id: true, name: true }, where: { id: organisation.parentId } })
        : null,
      organisation.gemeindeAgs ? this.dataSource.getRepository(Gemeinde).findOneBy({ ags: organisation.gemeindeAgs }) : null,
      this.dataSource
        .getRepository(Partnership)
        .createQueryBuilder('p')
        .innerJoin('p.alliance', 'a')
        .select(['p.id', 'p.allianceId', 'p.roles', 'p.since', 'p.until', 'a.id', 'a.name'])
        .where('p.organisationId = :id AND p.archivedAt IS NULL AND a.archivedAt IS NULL', { id })
        .andWhere(partnershipScope.sql, partnershipScope.params)
        .orderBy('a.name')
        .getMany(),
      this.dataSource
        .getRepository(Organisation)
        .createQueryBuilder('child')
        .where('child.parentId = :id', { id })
        .andWhere(childScope.sql, childScope.params)
        .getCount(),
    ]);
    return {
      ...toOrganisationDto(organisation),
      parentName: parent?.name ?? null,
      gemeindeName: gemeinde?.name ?? null,
      landCode: gemeinde?.landCode ?? null,
      partnerships: partnerships.map((p) => ({
        partnershipId: p.id,
        allianceId: p.allianceId,
        allianceName: p.alliance?.name ?? '',
        roles: p.roles,
        since: p.since,
        until: p.until,
      })),
      childCount,
    };
  }

  /** Coordinators may register organisations too (see organisationCondition for when they see them again). */
  async create(dto: CreateOrganisationDto, actor: string, scope: AccessScope): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, dto, null, scope, null);
      const { identifiers } = await manager.insert(Organisation, this.toColumns(dto));
      const id = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(Organisation, { id });
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: TARGET.entityType, entityId: id, after: created });
      return toOrganisationDto(created);
    });
  }

  /** Coordinators update partners of their own alliances. */
  async update(id: string, dto: UpdateOrganisationDto, actor: string, scope: AccessScope): Promise<OrganisationDto> {
    await this.requireVisible(scope, id);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, TARGET, id);
      await this.checkReferences(manager, dto, id, scope, current.parentId);
      const updated = await this.writer.update(manager, TARGET, id, dto.version, this.toColumns(dto), actor);
      return toOrganisationDto(updated);
    });
  }

  async archive(id: string, version: number, actor: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.archive(manager, TARGET, id, version, actor));
  }

  private async requireVisible(scope: AccessScope, id: string): Promise<void> {
    const condition = organisationCondition(scope, 'organisation.id');
    if (!condition) return;
    const visible = await this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('organisation')
      .where('organisation.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .getExists();
    if (!visible) throw await this.denied(id);
  }

  /** For an organisation a scoped query did not find: a foreign one is recorded (outside any transaction), both answer 404. */
  private async denied(id: string): Promise<DomainError> {
    if (await this.dataSource.getRepository(Organisation).existsBy({ id })) {
      return foreignRecord(this.audit, this.dataSource.manager, TARGET.entityType, id, organisationNotFound);
    }
    return organisationNotFound();
  }

  private async exists(manager: EntityManager, id: string, scope: AccessScope): Promise<boolean> {
    const qb = manager.getRepository(Organisation).createQueryBuilder('organisation').where('organisation.id = :id', { id });
    const condition = organisationCondition(scope, 'organisation.id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    return qb.getExists();
  }

  private toColumns(dto: CreateOrganisationDto): Partial<Organisation> {
    return {
      name: dto.name.trim(),
      legalForm: dto.legalForm ?? null,
      sector: dto.sector,
      actorType: dto.actorType,
      companySize: dto.companySize ?? null,
      industry: dto.industry ?? null,
      street: dto.street ?? null,
      postalCode: dto.postalCode ?? null,
      city: dto.city ?? null,
      gemeindeAgs: dto.gemeindeAgs ?? null,
      parentId: dto.parentId ?? null,
      website: dto.website ?? null,
      email: dto.email ?? null,
      phone: dto.phone ?? null,
    };
  }

  /** A new parent must be an organisation the scope sees (an unchanged one stays). */
  private async checkReferences(
    manager: EntityManager,
    dto: CreateOrganisationDto,
    ownId: string | null,
    scope: AccessScope,
    currentParentId: string | null,
  ): Promise<void> {
    if (dto.companySize && dto.actorType !== 'UNTERNEHMEN') throw companySizeOnlyForCompanies();
    if (dto.gemeindeAgs && !(await manager.existsBy(Gemeinde, { ags: dto.gemeindeAgs }))) throw gemeindeNotFound();
    if (dto.parentId) {
      if (dto.parentId === ownId) throw parentCycle();
      if (!(await this.exists(manager, dto.parentId, dto.parentId === currentParentId ? ALL : scope))) throw parentNotFound();
      if (ownId) {
        const [{ cycle }] = await manager.query(
          `WITH RECURSIVE ancestors(id, parent_id) AS (
             SELECT id, parent_id FROM organisation WHERE id = $1
             UNION SELECT o.id, o.parent_id FROM organisation o JOIN ancestors a ON o.id = a.parent_id
           ) SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $2) AS cycle`,
          [dto.parentId, ownId],
        );
        if (cycle) throw parentCycle();
      }
    }
  }
}
