import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessScope, AuditWriter, DomainEvents, RequestContext, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { Deployment, MentoringRequest, RequestSpecialty, RequestTopic } from '@bn/api/data-access-db';
import { AlliancesService } from '@bn/api/alliances';
import {
  CreateMentoringRequestDto,
  MentoringRequestDto,
  MentoringRequestInputDto,
  NewInterestedAllianceDto,
  UpdateMentoringRequestDto,
} from '@bn/shared/contracts';
import { dateInFuture, requestNotFound } from '../shared/mentoring.errors';
import { todayInGermany } from '../shared/mentoring-dates';
import {
  assertAllianceUsable,
  assertEventUsable,
  assertFachgebieteExist,
  assertHandlungsfelderExist,
  assertPersonUsable,
} from '../shared/mentoring-references';
import { MentoringAccess } from '../shared/mentoring-access';
import { requestCondition } from '../shared/mentoring-scope';
import {
  allianceFixedByDeployments,
  allianceMissing,
  desiredWindowInvalid,
  newAllianceNotAllowed,
  predecessorCycle,
  predecessorNotFound,
  underNewAlliance,
} from './request.errors';
import { toMentoringRequestDto } from './request.mapper';
import { TransitionLog } from '../transitions/transition-log';

/** The signed-in user's account id, for the transition log and events (null outside a request). */
const actorId = (): string | null => RequestContext.principal()?.userId ?? null;

/** Updates are the Fachberatung's alone (see the controller's roles): every reference may be used. */
const STAFF: AccessScope = { kind: 'all' };

export const REQUEST_TARGET: VersionedTarget<MentoringRequest> = {
  entity: MentoringRequest,
  entityType: 'MentoringRequest',
  notFound: requestNotFound,
};

/**
 * Writes of Anfragen: create (status EINGEGANGEN), update of the recorded fields and wanted topics,
 * archive. Status changes belong to the request workflow and are not made here. A coordinator creates
 * requests for own alliances only, and references only persons, events and earlier requests of them;
 * anything else is refused like an unknown reference.
 */
@Injectable()
export class MentoringRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
    private readonly access: MentoringAccess,
    private readonly log: TransitionLog,
    private readonly events: DomainEvents,
    private readonly alliances: AlliancesService,
  ) {}

  /**
   * Records a request of an existing alliance, or (Fachberatung only) of an interested party without an
   * alliance record: that alliance is created as INTERESSENT in the same transaction, so a request that
   * fails its checks leaves no alliance behind.
   */
  async create(dto: CreateMentoringRequestDto, scope: AccessScope, actor: string): Promise<MentoringRequestDto> {
    if (dto.newAlliance && scope.kind !== 'all') throw newAllianceNotAllowed();
    if (dto.allianceId) await this.access.assertAllianceWritable(scope, dto.allianceId);
    const created = await this.dataSource.transaction(async (manager) => {
      const allianceId = await this.requestingAlliance(manager, dto, actor);
      await this.checkFields(manager, dto, allianceId, null, scope);
      const { identifiers } = await manager.insert(MentoringRequest, { ...this.toColumns(dto, allianceId), status: 'EINGEGANGEN' });
      const id = String(identifiers[0]['id']);
      await this.replaceTopics(manager, id, dto);
      const created = await manager.findOneByOrFail(MentoringRequest, { id });
      const result = toMentoringRequestDto(created, dto.fachgebietCodes, dto.handlungsfeldIds);
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: REQUEST_TARGET.entityType, entityId: id, after: result });
      await this.log.record(manager, { subjectType: 'REQUEST', subjectId: id, fromStatus: null, toStatus: 'EINGEGANGEN', actorId: actorId(), actor });
      return result;
    });
    await this.events.publish({ type: 'request.created', requestId: created.id, actorId: actorId() });
    return created;
  }

  async update(id: string, dto: UpdateMentoringRequestDto, actor: string): Promise<MentoringRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.writer.lockCurrent(manager, REQUEST_TARGET, id);
      await this.checkFields(manager, dto, dto.allianceId, current, STAFF);
      const updated = await this.writer.update(manager, REQUEST_TARGET, id, dto.version, this.toColumns(dto, dto.allianceId), actor);
      await this.replaceTopics(manager, id, dto);
      return toMentoringRequestDto(updated, dto.fachgebietCodes, dto.handlungsfeldIds);
    });
  }

  async archive(id: string, version: number, actor: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.writer.archive(manager, REQUEST_TARGET, id, version, actor));
  }

  /** The given alliance, or the one created for a new interested party (status INTERESSENT, level GEMEINDE). */
  private async requestingAlliance(manager: EntityManager, dto: CreateMentoringRequestDto, actor: string): Promise<string> {
    if (dto.newAlliance) return this.createInterestedAlliance(manager, dto.newAlliance, actor);
    if (!dto.allianceId) throw allianceMissing();
    return dto.allianceId;
  }

  /** Land and Kreis are derived from the Gemeinde by the alliances domain; its field errors are reported under `newAlliance.`. */
  private async createInterestedAlliance(manager: EntityManager, input: NewInterestedAllianceDto, actor: string): Promise<string> {
    try {
      const alliance = await this.alliances.createWithin(
        manager,
        { name: input.name, territorialLevel: 'GEMEINDE', gemeindeAgs: input.gemeindeAgs, status: 'INTERESSENT' },
        actor,
      );
      return alliance.id;
    } catch (error) {
      throw underNewAlliance(error);
    }
  }

  private toColumns(dto: MentoringRequestInputDto, allianceId: string): Partial<MentoringRequest> {
    return {
      allianceId,
      requesterId: dto.requesterId ?? null,
      channel: dto.channel,
      receivedOn: dto.receivedOn,
      occasion: dto.occasion,
      desiredMode: dto.desiredMode,
      desiredFrom: dto.desiredFrom ?? null,
      desiredUntil: dto.desiredUntil ?? null,
      description: dto.description?.trim() || null,
      owner: dto.owner?.trim() || null,
      predecessorId: dto.predecessorId ?? null,
      relatedEventId: dto.relatedEventId ?? null,
    };
  }

  /** Child collections are replaced as a whole. */
  private async replaceTopics(manager: EntityManager, requestId: string, dto: MentoringRequestInputDto): Promise<void> {
    await manager.delete(RequestSpecialty, { requestId });
    await manager.delete(RequestTopic, { requestId });
    if (dto.fachgebietCodes.length) {
      await manager.insert(
        RequestSpecialty,
        dto.fachgebietCodes.map((fachgebietCode) => ({ requestId, fachgebietCode })),
      );
    }
    if (dto.handlungsfeldIds.length) {
      await manager.insert(
        RequestTopic,
        dto.handlungsfeldIds.map((handlungsfeldId) => ({ requestId, handlungsfeldId })),
      );
    }
  }

  /**
   * Field rules and references. On update, references that did not change are not checked again
   * (an alliance archived since then does not block editing its old request).
   */
  private async checkFields(
    manager: EntityManager,
    dto: MentoringRequestInputDto,
    allianceId: string,
    current: MentoringRequest | null,
    scope: AccessScope,
  ): Promise<void> {
    if (dto.receivedOn > todayInGermany()) throw dateInFuture('receivedOn', 'Das Eingangsdatum');
    if (dto.desiredFrom && dto.desiredUntil && dto.desiredUntil < dto.desiredFrom) throw desiredWindowInvalid();
    const changed = <K extends keyof MentoringRequest>(key: K, value: MentoringRequest[K] | undefined): boolean =>
      !current || current[key] !== (value ?? null);

    if (changed('allianceId', allianceId)) {
      await assertAllianceUsable(manager, allianceId);
      if (current && (await manager.existsBy(Deployment, { requestId: current.id }))) throw allianceFixedByDeployments();
    }
    if (dto.requesterId && changed('requesterId', dto.requesterId)) {
      await assertPersonUsable(manager, dto.requesterId, 'requesterId', scope);
    }
    if (dto.relatedEventId && changed('relatedEventId', dto.relatedEventId)) {
      await assertEventUsable(manager, dto.relatedEventId, 'relatedEventId', scope);
    }
    if (dto.predecessorId && changed('predecessorId', dto.predecessorId)) {
      await this.checkPredecessor(manager, dto.predecessorId, current, scope);
    }
    await assertFachgebieteExist(manager, dto.fachgebietCodes);
    await assertHandlungsfelderExist(manager, dto.handlungsfeldIds);
  }

  private async checkPredecessor(
    manager: EntityManager,
    predecessorId: string,
    current: MentoringRequest | null,
    scope: AccessScope,
  ): Promise<void> {
    if (current && predecessorId === current.id) throw predecessorCycle();
    const predecessor = manager.createQueryBuilder(MentoringRequest, 'request').where('request.id = :predecessorId', { predecessorId });
    const condition = requestCondition(scope);
    if (condition) predecessor.andWhere(condition.sql, condition.params);
    if (!(await predecessor.getExists())) throw predecessorNotFound();
    if (!current) return;
    const rows: { cycle: boolean }[] = await manager.query(
      `WITH RECURSIVE chain(id, predecessor_id) AS (
         SELECT id, predecessor_id FROM mentoring_request WHERE id = $1
         UNION SELECT r.id, r.predecessor_id FROM mentoring_request r JOIN chain c ON r.id = c.predecessor_id
       ) SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS cycle`,
      [predecessorId, current.id],
    );
    if (rows[0]?.cycle) throw predecessorCycle();
  }
}
