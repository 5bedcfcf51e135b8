import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, allianceCondition, AuditWriter, fetchPage, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Activity } from '@bn/api/data-access-db';
import {
  ActivityDetailDto,
  ActivityListItemDto,
  ActivityListQueryDto,
  ActivitySortField,
  CreateActivityDto,
  Page,
  UpdateActivityDto,
} from '@bn/shared/contracts';
import { toActivityDto } from './activity.mapper';
import { activityNotFound, cursorNeedsDateSort, dateRangeInvalid } from './engagement.errors';
import { EngagementReferences, EngagementRefs } from './engagement-references';
import { applyFoldedContains, findAllianceName, findLinkedHandlungsfelder, findLinkedPartners, normaliseIds } from './engagement-queries';
import { ACTIVITY_HANDLUNGSFELD, ACTIVITY_PARTNER, insertLinks, readLinks, replaceLinks } from './link-table';
import { answeringOutsideScope, assertInScope, ScopedTarget, scopedTransaction } from './engagement-scope';

const SORT_COLUMNS: Record<ActivitySortField, string> = {
  occurredOn: 'activity.occurredOn',
  title: 'bn_fold(activity.title)',
  activityType: 'activity.activityType',
};

const TARGET: VersionedTarget<Activity> & ScopedTarget<Activity> = {
  entity: Activity,
  alias: 'activity',
  entityType: 'Activity',
  notFound: activityNotFound,
};

interface ActivitySummaryRow {
  id: string;
  allianceName: string;
  handlungsfeldCodes: string[];
  partnerCount: number;
}

/**
 * Aktivitäten: what alliances log (meetings, press, partner acquisition …). Every method takes the
 * caller's access scope: coordinators list, read and write only activities of their own alliances;
 * a foreign activity answers 404 and leaves a PERMISSION_DENIED audit entry.
 */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly references: EngagementReferences,
  ) {}

  /** Three statements whatever the page size: count, page, and one batched summary of the page. */
  async list(query: ActivityListQueryDto, scope: AccessScope): Promise<Page<ActivityListItemDto>> {
    if (query.dateFrom && query.dateTo && query.dateTo < query.dateFrom) throw dateRangeInvalid();
    const qb = this.dataSource.getRepository(Activity).createQueryBuilder('activity');
    const own = allianceCondition(scope, 'activity.alliance_id');
    if (own) qb.andWhere(own.sql, own.params);
    if (!query.includeArchived) qb.andWhere('activity.archivedAt IS NULL');
    if (query.allianceId) qb.andWhere('activity.allianceId = :allianceId', { allianceId: query.allianceId });
    if (query.activityType) qb.andWhere('activity.activityType = :activityType', { activityType: query.activityType });
    if (query.dateFrom) qb.andWhere('activity.occurredOn >= :dateFrom', { dateFrom: query.dateFrom });
    if (query.dateTo) qb.andWhere('activity.occurredOn <= :dateTo', { dateTo: query.dateTo });
    if (query.handlungsfeldId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM activity_handlungsfeld ah WHERE ah.activity_id = activity.id AND ah.handlungsfeld_id = :handlungsfeldId)',
        { handlungsfeldId: query.handlungsfeldId },
      );
    }
    applyFoldedContains(qb, 'activity.title', query.q);
    const sort = query.sort ?? 'occurredOn';
    const direction = query.direction ?? (sort === 'occurredOn' ? 'desc' : 'asc');
    if (query.after !== undefined && sort !== 'occurredOn') throw cursorNeedsDateSort();
    const keyset = sort === 'occurredOn' ? { after: query.after, valueOf: (activity: Activity) => activity.occurredOn } : undefined;
    const { page } = await fetchPage(qb, { ...query, direction }, SORT_COLUMNS[sort], toActivityDto, keyset);
    const summaries = await this.summaries(page.items.map((item) => item.id));
    return {
      ...page,
      items: page.items.map((item) => {
        const summary = summaries.get(item.id);
        return {
          ...item,
          allianceName: summary?.allianceName ?? '',
          handlungsfeldCodes: summary?.handlungsfeldCodes ?? [],
          partnerCount: summary?.partnerCount ?? 0,
        };
      }),
    };
  }

  async get(id: string, scope: AccessScope): Promise<ActivityDetailDto> {
    return answeringOutsideScope(this.dataSource, this.audit, async () => {
      await assertInScope(this.dataSource.manager, TARGET, id, scope);
      return this.detail(this.dataSource.manager, id);
    });
  }

  async create(dto: CreateActivityDto, scope: AccessScope, actor: string): Promise<ActivityDetailDto> {
    return this.dataSource.transaction(async (manager) => {
      const refs = toRefs(dto);
      await this.references.check(manager, refs, scope);
      const { identifiers } = await manager.insert(Activity, toColumns(dto));
      const id = String(identifiers[0]['id']);
      await insertLinks(manager, ACTIVITY_HANDLUNGSFELD, id, refs.handlungsfeldIds);
      await insertLinks(manager, ACTIVITY_PARTNER, id, refs.partnerOrganisationIds);
      const created = await manager.findOneByOrFail(Activity, { id });
      await this.audit.record(manager, {
        actor,
        action: 'CREATE',
        entityType: TARGET.entityType,
        entityId: id,
        after: { ...created, handlungsfeldIds: refs.handlungsfeldIds, partnerOrganisationIds: refs.partnerOrganisationIds },
      });
      return this.detail(manager, id);
    });
  }

  /** Replaces the activity, its Handlungsfelder and its partners in one transaction. */
  async update(id: string, dto: UpdateActivityDto, scope: AccessScope, actor: string): Promise<ActivityDetailDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertInScope(manager, TARGET, id, scope, true);
      const current = await manager.findOneBy(Activity, { id });
      if (!current || current.archivedAt) throw activityNotFound();
      const refs = toRefs(dto);
      await this.references.check(manager, refs, scope, {
        allianceId: current.allianceId,
        handlungsfeldIds: [],
        partnerOrganisationIds: await readLinks(manager, ACTIVITY_PARTNER, id),
      });
      await this.writer.update(manager, TARGET, id, dto.version, toColumns(dto), actor);
      const handlungsfelderBefore = await replaceLinks(manager, ACTIVITY_HANDLUNGSFELD, id, refs.handlungsfeldIds);
      const partnersBefore = await replaceLinks(manager, ACTIVITY_PARTNER, id, refs.partnerOrganisationIds);
      if (handlungsfelderBefore || partnersBefore) {
        await this.audit.record(manager, {
          actor,
          action: 'UPDATE',
          entityType: TARGET.entityType,
          entityId: id,
          before: { handlungsfeldIds: handlungsfelderBefore ?? undefined, partnerOrganisationIds: partnersBefore ?? undefined },
          after: {
            handlungsfeldIds: handlungsfelderBefore ? refs.handlungsfeldIds : undefined,
            partnerOrganisationIds: partnersBefore ? refs.partnerOrganisationIds : undefined,
          },
        });
      }
      return this.detail(manager, id);
    });
  }

  async archive(id: string, version: number, scope: AccessScope, actor: string): Promise<void> {
    await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertInScope(manager, TARGET, id, scope, true);
      await this.writer.archive(manager, TARGET, id, version, actor);
    });
  }

  private async detail(manager: EntityManager, id: string): Promise<ActivityDetailDto> {
    const activity = await manager.findOneBy(Activity, { id });
    if (!activity) throw activityNotFound();
    const [allianceName, handlungsfelder, partners] = [
      await findAllianceName(manager, activity.allianceId),
      await findLinkedHandlungsfelder(manager, 'activity_handlungsfeld', 'activity_id', id),
      await findLinkedPartners(manager, 'activity_partner', 'activity_id', id),
    ];
    return { ...toActivityDto(activity), allianceName, handlungsfelder, partners };
  }

  /** Alliance name, Handlungsfeld codes and partner count of the given activities: ONE statement. */
  private async summaries(ids: string[]): Promise<Map<string, ActivitySummaryRow>> {
    if (!ids.length) return new Map();
    const rows: ActivitySummaryRow[] = await this.dataSource.query(
      `SELECT a.id,
              al.name AS "allianceName",
              ARRAY(SELECT h.code FROM activity_handlungsfeld ah JOIN handlungsfeld h ON h.id = ah.handlungsfeld_id
                    WHERE ah.activity_id = a.id ORDER BY h.sort_order, h.code) AS "handlungsfeldCodes",
              (SELECT count(*)::int FROM activity_partner ap WHERE ap.activity_id = a.id) AS "partnerCount"
         FROM activity a JOIN alliance al ON al.id = a.alliance_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function toRefs(dto: CreateActivityDto): EngagementRefs {
  return {
    allianceId: dto.allianceId.toLowerCase(),
    handlungsfeldIds: normaliseIds(dto.handlungsfeldIds),
    partnerOrganisationIds: normaliseIds(dto.partnerOrganisationIds),
  };
}

function toColumns(dto: CreateActivityDto): Partial<Activity> {
  return {
    allianceId: dto.allianceId.toLowerCase(),
    activityType: dto.activityType,
    occurredOn: dto.occurredOn,
    title: dto.title.trim(),
    description: dto.description?.trim() || null,
    reach: dto.reach ?? null,
    isPublic: dto.isPublic ?? false,
  };
}
