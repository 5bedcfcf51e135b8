import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, allianceCondition, AuditWriter, fetchPage, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Alliance, Event, Gemeinde } from '@bn/api/data-access-db';
import { CreateEventDto, EventDto, EventListItemDto, EventListQueryDto, EventSortField, Page, UpdateEventDto } from '@bn/shared/contracts';
import { EventCounts, toEventDto, toEventListItemDto } from './event.mapper';
import {
  allianceArchived,
  allianceNotAccessible,
  allianceNotFound,
  allianceRequired,
  ownAllianceRequired,
  endBeforeStart,
  eventNotFound,
  gemeindeNotFound,
  placeRequired,
} from './event.errors';
import { assertEventAccess, eventReadCondition, scopedTransaction } from './event-scope';

const SORT_COLUMNS: Record<EventSortField, string> = {
  startsOn: 'event.startsOn',
  title: 'event.title',
  eventType: 'event.eventType',
};

/** Columns of a list row: everything but the long texts. */
const LIST_COLUMNS = [
  'event.id',
  'event.eventType',
  'event.organiser',
  'event.allianceId',
  'event.title',
  'event.startsOn',
  'event.startTime',
  'event.endTime',
  'event.format',
  'event.venue',
  'event.gemeindeAgs',
  'event.participantsCount',
  'event.isPublic',
  'event.version',
  'event.archivedAt',
  'alliance.id',
  'alliance.name',
  'gemeinde.ags',
  'gemeinde.name',
];

export const EVENT_TARGET: VersionedTarget<Event> = {
  entity: Event,
  entityType: 'Event',
  notFound: eventNotFound,
};

/**
 * Events of alliances and federal events (Servicebüro, Ministerium …). Every method takes the caller's
 * access scope (see event-scope.ts): coordinators write only events of their own alliances; federal
 * events are written by the Fachberatung only.
 */
@Injectable()
export class EventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
  ) {}

  /** Three SQL statements for any page size: count, page (alliance and Gemeinde joined), counts. */
  async list(query: EventListQueryDto, scope: AccessScope): Promise<Page<EventListItemDto>> {
    const qb = this.dataSource
      .getRepository(Event)
      .createQueryBuilder('event')
      .leftJoin('event.alliance', 'alliance')
      .leftJoin('event.gemeinde', 'gemeinde')
      .select(LIST_COLUMNS);
    const visible = eventReadCondition(scope);
    if (visible) qb.andWhere(visible.sql, visible.params);
    if (!query.includeArchived) qb.andWhere('event.archivedAt IS NULL');
    if (query.allianceId) qb.andWhere('event.allianceId = :allianceId', { allianceId: query.allianceId });
    if (query.eventType) qb.andWhere('event.eventType = :eventType', { eventType: query.eventType });
    if (query.organiser) qb.andWhere('event.organiser = :organiser', { organiser: query.organiser });
    if (query.format) qb.andWhere('event.format = :format', { format: query.format });
    if (query.dateFrom) qb.andWhere('event.startsOn >= :dateFrom', { dateFrom: query.dateFrom });
    if (query.dateTo) qb.andWhere('event.startsOn <= :dateTo', { dateTo: query.dateTo });
    if (query.landCode) {
      // The place of the event decides; an event without a Gemeinde counts in its alliance's Land.
      qb.andWhere('(event.gemeindeAgs LIKE :landPrefix OR (event.gemeindeAgs IS NULL AND alliance.landCode = :landCode))', {
        landPrefix: `${query.landCode}%`,
        landCode: query.landCode,
      });
    }
    const term = query.q?.trim();
    if (term) qb.andWhere(`bn_fold(event.title) LIKE '%' || bn_fold(:term) || '%'`, { term });

    const sort = query.sort ?? 'startsOn';
    const direction = query.direction ?? (sort === 'startsOn' ? 'desc' : 'asc');
    const { page, entities } = await fetchPage(qb, { ...query, direction }, SORT_COLUMNS[sort], (entity: Event) => entity);
    const counts = await this.countChildren(entities.map((e) => e.id));
    return { ...page, items: entities.map((entity) => toEventListItemDto(entity, counts.get(entity.id))) };
  }

  async create(dto: CreateEventDto, scope: AccessScope, actor: string): Promise<EventDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.checkRules(manager, dto, null, scope);
      const { identifiers } = await manager.insert(Event, this.toColumns(dto));
      const id = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(Event, { id });
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: EVENT_TARGET.entityType, entityId: id, after: created });
      return toEventDto(created);
    });
  }

  async update(id: string, dto: UpdateEventDto, scope: AccessScope, actor: string): Promise<EventDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertEventAccess(manager, id, scope, 'write');
      const current = await this.writer.lockCurrent(manager, EVENT_TARGET, id);
      await this.checkRules(manager, dto, current, scope);
      const updated = await this.writer.update(manager, EVENT_TARGET, id, dto.version, this.toColumns(dto), actor);
      return toEventDto(updated);
    });
  }

  async archive(id: string, version: number, scope: AccessScope, actor: string): Promise<void> {
    await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await assertEventAccess(manager, id, scope, 'write');
      await this.writer.archive(manager, EVENT_TARGET, id, version, actor);
    });
  }

  private async countChildren(ids: string[]): Promise<Map<string, EventCounts>> {
    const counts = new Map<string, EventCounts>();
    if (ids.length === 0) return counts;
    const rows: { id: string; participants: number; speakers: number }[] = await this.dataSource.query(
      `SELECT e.id,
              (SELECT count(*)::int FROM event_participant p WHERE p.event_id = e.id) AS participants,
              (SELECT count(*)::int FROM event_speaker s WHERE s.event_id = e.id) AS speakers
         FROM unnest($1::uuid[]) AS e(id)`,
      [ids],
    );
    for (const row of rows) counts.set(row.id, { participants: row.participants, speakers: row.speakers });
    return counts;
  }

  private toColumns(dto: CreateEventDto): Partial<Event> {
    return {
      eventType: dto.eventType,
      organiser: dto.organiser,
      allianceId: dto.allianceId ?? null,
      title: dto.title.trim(),
      startsOn: dto.startsOn,
      startTime: dto.startTime ?? null,
      endTime: dto.endTime ?? null,
      format: dto.format,
      venue: dto.venue?.trim() || null,
      gemeindeAgs: dto.gemeindeAgs ?? null,
      participantsCount: dto.participantsCount ?? null,
      description: dto.description ?? null,
      followUpReport: dto.followUpReport ?? null,
      isPublic: dto.isPublic ?? false,
    };
  }

  /**
   * Business rules checked before writing (they mirror the table's CHECK constraints, so a violation
   * is a 400 with a field message). An alliance that was archived after it was linked may stay linked.
   * Coordinators must name one of their own alliances (an event without one is a federal event, which
   * only the Fachberatung writes); a foreign alliance gets the same answer as an unknown one.
   */
  private async checkRules(manager: EntityManager, dto: CreateEventDto, current: Event | null, scope: AccessScope): Promise<void> {
    const restricted = scope.kind !== 'all';
    if (dto.organiser === 'BUENDNIS' && !dto.allianceId) throw allianceRequired();
    if (restricted && !dto.allianceId) throw ownAllianceRequired();
    if (dto.startTime && dto.endTime && dto.endTime < dto.startTime) throw endBeforeStart();
    if (dto.format !== 'ONLINE' && !dto.venue?.trim() && !dto.gemeindeAgs) throw placeRequired();
    if (dto.allianceId) {
      const qb = manager
        .createQueryBuilder(Alliance, 'alliance')
        .select(['alliance.id', 'alliance.archivedAt'])
        .where('alliance.id = :allianceId', { allianceId: dto.allianceId });
      const own = allianceCondition(scope, 'alliance.id');
      if (own) qb.andWhere(own.sql, own.params);
      const alliance = await qb.getOne();
      if (!alliance) throw restricted ? allianceNotAccessible() : allianceNotFound();
      if (alliance.archivedAt && current?.allianceId !== dto.allianceId) throw allianceArchived();
    }
    if (dto.gemeindeAgs && !(await manager.existsBy(Gemeinde, { ags: dto.gemeindeAgs }))) throw gemeindeNotFound();
  }
}
