import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { fetchPage } from '@bn/api/core';
import { AuditEntry } from '@bn/api/data-access-db';
import { AuditEntityType, AuditEntryDto, AuditHistoryQueryDto, AuditListQueryDto, Page } from '@bn/shared/contracts';
import { toAuditEntryDto } from './audit-entry.mapper';
import { periodEndCondition, periodStartCondition, isPeriodReversed } from './period';
import { periodReversed } from './audit.errors';

/**
 * Reads the audit trail. Every list is two SQL statements (count + page), newest first by the time
 * of the entry, with the id as tie-breaker; the (entity_type, entity_id, occurred_at) index serves a
 * record's history.
 */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(query: AuditListQueryDto): Promise<Page<AuditEntryDto>> {
    const qb = this.filtered(query);
    if (query.entityType) qb.andWhere('audit.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('audit.entityId = :entityId', { entityId: query.entityId });
    return this.page(qb, query);
  }

  async history(entityType: AuditEntityType, entityId: string, query: AuditHistoryQueryDto): Promise<Page<AuditEntryDto>> {
    const qb = this.filtered(query)
      .andWhere('audit.entityType = :entityType', { entityType })
      .andWhere('audit.entityId = :entityId', { entityId });
    return this.page(qb, query);
  }

  /** The filters both endpoints share: user, action, period and the actor's name. */
  private filtered(query: AuditHistoryQueryDto): SelectQueryBuilder<AuditEntry> {
    if (query.from && query.to && isPeriodReversed(query.from, query.to)) throw periodReversed();
    const qb = this.dataSource.getRepository(AuditEntry).createQueryBuilder('audit');
    if (query.actorId) qb.andWhere('audit.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('audit.action = :action', { action: query.action });
    if (query.from) qb.andWhere(periodStartCondition('audit.occurredAt', 'periodFrom', query.from), { periodFrom: query.from });
    if (query.to) qb.andWhere(periodEndCondition('audit.occurredAt', 'periodTo', query.to), { periodTo: query.to });
    const words = (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8);
    words.forEach((word, index) => {
      qb.andWhere(`bn_fold(audit.actor) LIKE '%' || bn_fold(:actorWord${index}) || '%'`, {
        [`actorWord${index}`]: word.replace(/[\\%_]/g, '\\$&'),
      });
    });
    return qb;
  }

  private async page(qb: SelectQueryBuilder<AuditEntry>, query: AuditHistoryQueryDto): Promise<Page<AuditEntryDto>> {
    const { page } = await fetchPage(qb, { ...query, direction: query.direction ?? 'desc' }, 'audit.occurredAt', toAuditEntryDto);
    return page;
  }
}
