import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessScope, allianceCondition, applySearch, AuditWriter, fetchPage, VersionedWriter } from '@bn/api/core';
import { Alliance, AllianceHandlungsfeld, AllianceStatusChange } from '@bn/api/data-access-db';
import {
  AllianceDto,
  AllianceListItemDto,
  AllianceListQueryDto,
  AllianceSortField,
  CreateAllianceDto,
  Page,
  UpdateAllianceDto,
} from '@bn/shared/contracts';
import { AllianceListRow, toAllianceDto, toAllianceListItemDto, visibleTo } from './alliance.mapper';
import { resolveAllianceInput } from './alliance-input';
import { replaceAllianceChildren } from './alliance-children';
import { nextAllianceCode } from './alliance-code';
import { ALLIANCE_TARGET } from './persistence';
import { AllianceAccess, Requester } from './alliance-access';
import { organisationSelectable } from './reference-access';
import { coordinationHostNotFound } from './alliance.errors';
import { berlinToday } from '@bn/shared/util';

const SORT_COLUMNS: Record<AllianceSortField, string> = {
  name: 'alliance.name',
  code: 'alliance.code',
  status: 'alliance.status',
  landCode: 'alliance.landCode',
  foundingYear: 'alliance.foundingYear',
  updatedAt: 'alliance.updatedAt',
  profileConfirmedOn: 'alliance.profileConfirmedOn',
};

const CREATED_REASON = 'Bündnis angelegt.';

@Injectable()
export class AlliancesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: AllianceAccess,
  ) {}

  /**
   * Two SQL statements for any page size: the count, and the page with Land, Kreis, Gemeinde and main
   * Handlungsfeld joined. Both are restricted to the scope (coordinators: own alliances; mentors: assigned ones).
   */
  async list(query: AllianceListQueryDto, scope: AccessScope): Promise<Page<AllianceListItemDto>> {
    const qb = this.dataSource
      .getRepository(Alliance)
      .createQueryBuilder('alliance')
      .leftJoin('alliance.land', 'land')
      .addSelect(['land.code', 'land.abbreviation', 'land.name'])
      .leftJoin('alliance.kreis', 'kreis')
      .addSelect(['kreis.ags', 'kreis.name'])
      .leftJoin('alliance.gemeinde', 'gemeinde')
      .addSelect(['gemeinde.ags', 'gemeinde.name'])
      .leftJoinAndMapOne('alliance.mainHandlungsfeld', AllianceHandlungsfeld, 'mainHf', 'mainHf.allianceId = alliance.id AND mainHf.isMain = true')
      .leftJoin('mainHf.handlungsfeld', 'hf')
      .addSelect(['hf.id', 'hf.code', 'hf.name']);
    const condition = allianceCondition(scope, 'alliance.id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    this.applyFilters(qb, query);
    const { page } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'name'], (entity) =>
      toAllianceListItemDto(entity as AllianceListRow),
    );
    return page;
  }

  async create(dto: CreateAllianceDto, actor: string): Promise<AllianceDto> {
    return this.dataSource.transaction((manager) => this.createWithin(manager, dto, actor));
  }

  /**
   * Creates an alliance inside the caller's transaction (with its code, initial status change and audit
   * entry), so that another domain can create one together with its own record, e.g. a mentoring request
   * of an interested party without an alliance record yet; a later failure rolls both back.
   */
  async createWithin(manager: EntityManager, dto: CreateAllianceDto, actor: string): Promise<AllianceDto> {
    const input = await resolveAllianceInput(manager, dto);
    const code = await nextAllianceCode(manager, input.geography.landCode);
    const status = dto.status ?? 'INTERESSENT';
    const today = berlinToday();
    const { identifiers } = await manager.insert(Alliance, {
      ...input.columns,
      code,
      status,
      published: input.published,
      publishedOn: input.published ? today : null,
    });
    const id = String(identifiers[0]['id']);
    await replaceAllianceChildren(manager, id, input.children, true);
    await manager.insert(AllianceStatusChange, { allianceId: id, fromStatus: null, toStatus: status, changedOn: today, actor, reason: CREATED_REASON });
    const created = await manager.findOneByOrFail(Alliance, { id });
    await this.audit.record(manager, {
      actor,
      action: 'CREATE',
      entityType: ALLIANCE_TARGET.entityType,
      entityId: id,
      after: { ...created, ...input.children },
    });
    return toAllianceDto(created);
  }

  /**
   * Full replacement of the fields and child collections; the status is changed only through transitions.
   * A coordinator saves an own alliance's profile: the internal notes keep their stored value whatever was
   * sent, and a new coordination host must be an organisation the coordinator may link.
   */
  async update(id: string, dto: UpdateAllianceDto, requester: Requester): Promise<AllianceDto> {
    const { scope, actor } = requester;
    await this.access.requireWritable(scope, id);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, ALLIANCE_TARGET, id);
      const input = await resolveAllianceInput(manager, dto);
      if (scope.kind !== 'all') {
        input.columns.internalNotes = current.internalNotes;
        const host = input.columns.coordinationHostId;
        if (host && host !== current.coordinationHostId && !(await organisationSelectable(manager, requester, host))) {
          throw coordinationHostNotFound();
        }
      }
      const publishedOn = !input.published ? null : current.published ? current.publishedOn : berlinToday();
      const updated = await this.writer.update(
        manager,
        ALLIANCE_TARGET,
        id,
        dto.version,
        { ...input.columns, published: input.published, publishedOn },
        actor,
      );
      await replaceAllianceChildren(manager, id, input.children, false);
      return visibleTo(toAllianceDto(updated), scope);
    });
  }

  async archive(id: string, version: number, actor: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.archive(manager, ALLIANCE_TARGET, id, version, actor));
  }

  private applyFilters(qb: SelectQueryBuilder<Alliance>, query: AllianceListQueryDto): void {
    if (!query.includeArchived) qb.andWhere('alliance.archivedAt IS NULL');
    if (query.status?.length) qb.andWhere('alliance.status IN (:...statuses)', { statuses: query.status });
    if (query.landCode) qb.andWhere('alliance.landCode = :landCode', { landCode: query.landCode });
    if (query.kreisAgs) qb.andWhere('alliance.kreisAgs = :kreisAgs', { kreisAgs: query.kreisAgs });
    if (query.gemeindeAgs) {
      qb.andWhere('(alliance.gemeindeAgs = :gemeindeAgs OR CAST(:coveredAgs AS varchar) = ANY(alliance.coveredAgs))', {
        gemeindeAgs: query.gemeindeAgs,
        coveredAgs: query.gemeindeAgs,
      });
    }
    if (query.handlungsfeldId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM alliance_handlungsfeld ah WHERE ah.alliance_id = alliance.id AND ah.handlungsfeld_id = :handlungsfeldId)',
        { handlungsfeldId: query.handlungsfeldId },
      );
    }
    if (query.territorialLevel) qb.andWhere('alliance.territorialLevel = :territorialLevel', { territorialLevel: query.territorialLevel });
    if (query.published !== undefined) qb.andWhere('alliance.published = :published', { published: query.published });
    if (query.foundingYearFrom !== undefined) qb.andWhere('alliance.foundingYear >= :yearFrom', { yearFrom: query.foundingYearFrom });
    if (query.foundingYearTo !== undefined) qb.andWhere('alliance.foundingYear <= :yearTo', { yearTo: query.foundingYearTo });
    if (query.profileConfirmedBefore) {
      qb.andWhere('(alliance.profileConfirmedOn IS NULL OR alliance.profileConfirmedOn < :confirmedBefore)', {
        confirmedBefore: query.profileConfirmedBefore,
      });
    }
    applySearch(qb, query.q);
  }
}
