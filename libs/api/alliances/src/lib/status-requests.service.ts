import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AccessScope, allianceCondition, applySearch, AuditWriter, fetchPage, VersionedTarget, versionConflict, VersionedWriter } from '@bn/api/core';
import { StatusChangeRequest } from '@bn/api/data-access-db';
import {
  ALLIANCE_TRANSITIONS,
  CreateStatusChangeRequestDto,
  DecideStatusChangeRequestDto,
  Page,
  StatusChangeRequestDecisionResultDto,
  StatusChangeRequestDto,
  StatusChangeRequestListQueryDto,
  StatusRequestSortField,
} from '@bn/shared/contracts';
import { AllianceAccess, Requester } from './alliance-access';
import { AllianceStatusService } from './alliance-status.service';
import { ALLIANCE_TARGET } from './persistence';
import { toStatusRequestDto } from './status-request.mapper';
import {
  decisionNoteRequired,
  onlyWhenAccepted,
  requestedTransitionNotAllowed,
  statusRequestDecided,
  statusRequestNotFound,
  statusRequestOpen,
} from './status-request.errors';

const REQUEST_TARGET: VersionedTarget<StatusChangeRequest> = {
  entity: StatusChangeRequest,
  entityType: 'StatusChangeRequest',
  notFound: statusRequestNotFound,
};

const SORT_COLUMNS: Record<StatusRequestSortField, string> = {
  createdAt: 'request.createdAt',
  decidedAt: 'request.decidedAt',
  allianceName: 'alliance.name',
};

const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

/** The reason recorded with the status change: the coordinator's reason, and the Fachberatung's note if any. */
function transitionReason(request: StatusChangeRequest, note: string | null): string {
  const reason = `Antrag der Bündniskoordination: ${request.reason}`;
  return note ? `${reason}\nAnmerkung der Fachberatung: ${note}` : reason;
}

/**
 * Coordinators ask for a status change of an own alliance; the Fachberatung decides. Accepting performs the
 * transition through AllianceStatusService in the same transaction (same rules, the deciding user as actor).
 */
@Injectable()
export class StatusRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: AllianceAccess,
    private readonly statuses: AllianceStatusService,
  ) {}

  async create(allianceId: string, dto: CreateStatusChangeRequestDto, requester: Requester): Promise<StatusChangeRequestDto> {
    await this.access.requireWritable(requester.scope, allianceId);
    return this.dataSource.transaction(async (manager) => {
      // the row lock serialises requests for one alliance, so "one open request" holds under concurrency
      const alliance = await this.writer.lockCurrent(manager, ALLIANCE_TARGET, allianceId);
      if (!ALLIANCE_TRANSITIONS[alliance.status].includes(dto.requestedStatus)) {
        throw requestedTransitionNotAllowed(alliance.status, dto.requestedStatus);
      }
      if (await manager.existsBy(StatusChangeRequest, { allianceId, decision: 'OFFEN' })) throw statusRequestOpen();
      const { identifiers } = await manager.insert(StatusChangeRequest, {
        allianceId,
        requestedStatus: dto.requestedStatus,
        reason: dto.reason.trim(),
        requestedById: requester.userId,
      });
      const id = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(StatusChangeRequest, { id });
      await this.audit.record(manager, { actor: requester.actor, action: 'CREATE', entityType: REQUEST_TARGET.entityType, entityId: id, after: created });
      return this.load(manager, id);
    });
  }

  /** All requests of one alliance, newest first (a handful per alliance, so no pages). */
  async listForAlliance(allianceId: string, scope: AccessScope): Promise<StatusChangeRequestDto[]> {
    await this.access.require(scope, allianceId);
    const qb = this.baseQuery(this.dataSource.manager).where('request.allianceId = :allianceId', { allianceId });
    const condition = allianceCondition(scope, 'request.alliance_id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    const rows = await qb.orderBy('request.createdAt', 'DESC').addOrderBy('request.id', 'ASC').getMany();
    return rows.map(toStatusRequestDto);
  }

  /** The Fachberatung's queue (two statements per page); `q` searches the alliance name. */
  async list(query: StatusChangeRequestListQueryDto, scope: AccessScope): Promise<Page<StatusChangeRequestDto>> {
    const qb = this.baseQuery(this.dataSource.manager);
    const condition = allianceCondition(scope, 'request.alliance_id');
    if (condition) qb.andWhere(condition.sql, condition.params);
    if (!query.includeArchived) qb.andWhere('alliance.archivedAt IS NULL');
    if (query.decision) qb.andWhere('request.decision = :decision', { decision: query.decision });
    if (query.allianceId) qb.andWhere('request.allianceId = :allianceId', { allianceId: query.allianceId });
    applySearch(qb, query.q, 'alliance');
    const { page } = await fetchPage(qb, query, SORT_COLUMNS[query.sort ?? 'createdAt'], toStatusRequestDto);
    return page;
  }

  async decide(requestId: string, dto: DecideStatusChangeRequestDto, requester: Requester): Promise<StatusChangeRequestDecisionResultDto> {
    const note = trimmed(dto.note);
    if (dto.decision === 'ABGELEHNT') {
      if (!note) throw decisionNoteRequired();
      if (dto.changedOn) throw onlyWhenAccepted('changedOn');
      if (dto.mergedIntoId) throw onlyWhenAccepted('mergedIntoId');
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await this.writer.lockCurrent(manager, REQUEST_TARGET, requestId);
      if (request.version !== dto.version) throw versionConflict();
      if (request.decision !== 'OFFEN') throw statusRequestDecided(request.decision);
      let transition: StatusChangeRequestDecisionResultDto['transition'] = null;
      if (dto.decision === 'ANGENOMMEN') {
        const alliance = await this.writer.lockCurrent(manager, ALLIANCE_TARGET, request.allianceId);
        transition = await this.statuses.transitionIn(
          manager,
          request.allianceId,
          {
            toStatus: request.requestedStatus,
            changedOn: dto.changedOn ?? null,
            mergedIntoId: dto.mergedIntoId ?? null,
            reason: transitionReason(request, note),
            version: alliance.version,
          },
          requester.actor,
        );
      }
      await this.writer.update(
        manager,
        REQUEST_TARGET,
        requestId,
        dto.version,
        { decision: dto.decision, decidedById: requester.userId, decidedAt: new Date(), decisionNote: note },
        requester.actor,
      );
      return { request: await this.load(manager, requestId), transition };
    });
  }

  private baseQuery(manager: EntityManager): SelectQueryBuilder<StatusChangeRequest> {
    return manager
      .getRepository(StatusChangeRequest)
      .createQueryBuilder('request')
      .innerJoin('request.alliance', 'alliance')
      .addSelect(['alliance.id', 'alliance.code', 'alliance.name', 'alliance.status'])
      .leftJoin('request.requestedBy', 'requester')
      .addSelect(['requester.id', 'requester.displayName'])
      .leftJoin('request.decidedBy', 'decider')
      .addSelect(['decider.id', 'decider.displayName']);
  }

  private async load(manager: EntityManager, id: string): Promise<StatusChangeRequestDto> {
    const request = await this.baseQuery(manager).where('request.id = :id', { id }).getOne();
    if (!request) throw statusRequestNotFound();
    return toStatusRequestDto(request);
  }
}
