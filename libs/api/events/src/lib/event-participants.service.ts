import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, IsNull, ObjectLiteral } from 'typeorm';
import { AccessScope, AuditWriter, SqlCondition, VersionedTarget, VersionedWriter } from '@bn/api/core';
import { EventParticipant, EventSpeaker, Organisation, Person } from '@bn/api/data-access-db';
import {
  CreateEventParticipantDto,
  CreateEventSpeakerDto,
  EventParticipantDto,
  EventSpeakerDto,
  UpdateEventParticipantDto,
} from '@bn/shared/contracts';
import { ParticipantRow, SpeakerRow, toParticipantDto, toSpeakerDto } from './event.mapper';
import {
  organisationNotAccessible,
  organisationNotFound,
  participantExists,
  participantNotFound,
  participantTargetRequired,
  personNotAccessible,
  personNotFound,
  speakerNotFound,
  speakerTargetRequired,
} from './event.errors';
import { PARTICIPANT_SELECT, SPEAKER_SELECT } from './event-participant.queries';
import { EVENT_TARGET } from './events.service';
import { assertEventAccess, scopedTransaction, visibleOrganisationCondition, visiblePersonCondition } from './event-scope';

const PARTICIPANT_TARGET: VersionedTarget<EventParticipant> = {
  entity: EventParticipant,
  entityType: 'EventParticipant',
  notFound: participantNotFound,
};

/**
 * Participants and speakers of an event. Every write first checks that the caller may write the event
 * (coordinators: events of their own alliances; a foreign event answers 404, a federal one 403) and
 * locks the (non-archived) event row, so concurrent registrations of the same person are serialised
 * and the duplicate check holds. Coordinators register only persons and organisations they may see.
 */
@Injectable()
export class EventParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: VersionedWriter,
    private readonly audit: AuditWriter,
  ) {}

  async addParticipant(eventId: string, dto: CreateEventParticipantDto, scope: AccessScope, actor: string): Promise<EventParticipantDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.lockEvent(manager, eventId, scope);
      const organisationId = dto.organisationId ?? null;
      const personId = dto.personId ?? null;
      if (!organisationId && !personId) throw participantTargetRequired();
      await this.checkTargets(manager, organisationId, personId, scope);
      if (await this.isRegistered(manager, eventId, organisationId, personId)) throw participantExists();
      const { identifiers } = await manager.insert(EventParticipant, { eventId, organisationId, personId, attendance: dto.attendance });
      const id = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(EventParticipant, { id });
      await this.audit.record(manager, {
        actor,
        action: 'CREATE',
        entityType: PARTICIPANT_TARGET.entityType,
        entityId: id,
        after: created,
      });
      return this.participantDto(manager, id);
    });
  }

  async updateParticipant(
    eventId: string,
    participantId: string,
    dto: UpdateEventParticipantDto,
    scope: AccessScope,
    actor: string,
  ): Promise<EventParticipantDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.lockEvent(manager, eventId, scope);
      if (!(await manager.existsBy(EventParticipant, { id: participantId, eventId }))) throw participantNotFound();
      await this.writer.update(manager, PARTICIPANT_TARGET, participantId, dto.version, { attendance: dto.attendance }, actor);
      return this.participantDto(manager, participantId);
    });
  }

  /** A registration is removed for good (it has no history worth keeping); the audit entry keeps it. */
  async removeParticipant(eventId: string, participantId: string, scope: AccessScope, actor: string): Promise<void> {
    await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.lockEvent(manager, eventId, scope);
      const before = await manager.findOneBy(EventParticipant, { id: participantId, eventId });
      if (!before) throw participantNotFound();
      await manager.delete(EventParticipant, { id: participantId });
      await this.audit.record(manager, {
        actor,
        action: 'DELETE',
        entityType: PARTICIPANT_TARGET.entityType,
        entityId: participantId,
        before,
      });
    });
  }

  async addSpeaker(eventId: string, dto: CreateEventSpeakerDto, scope: AccessScope, actor: string): Promise<EventSpeakerDto> {
    return scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.lockEvent(manager, eventId, scope);
      const organisationId = dto.organisationId ?? null;
      const personId = dto.personId ?? null;
      if (!organisationId && !personId) throw speakerTargetRequired();
      await this.checkTargets(manager, organisationId, personId, scope);
      const { identifiers } = await manager.insert(EventSpeaker, { eventId, organisationId, personId, topic: dto.topic.trim() });
      const id = String(identifiers[0]['id']);
      const created = await manager.findOneByOrFail(EventSpeaker, { id });
      await this.audit.record(manager, { actor, action: 'CREATE', entityType: 'EventSpeaker', entityId: id, after: created });
      const [row] = (await manager.query(`${SPEAKER_SELECT} WHERE s.id = $1`, [id])) as SpeakerRow[];
      return toSpeakerDto(row);
    });
  }

  async removeSpeaker(eventId: string, speakerId: string, scope: AccessScope, actor: string): Promise<void> {
    await scopedTransaction(this.dataSource, this.audit, async (manager) => {
      await this.lockEvent(manager, eventId, scope);
      const before = await manager.findOneBy(EventSpeaker, { id: speakerId, eventId });
      if (!before) throw speakerNotFound();
      await manager.delete(EventSpeaker, { id: speakerId });
      await this.audit.record(manager, { actor, action: 'DELETE', entityType: 'EventSpeaker', entityId: speakerId, before });
    });
  }

  /** The caller must be allowed to write the event; then the event row is locked (404 when archived). */
  private async lockEvent(manager: EntityManager, eventId: string, scope: AccessScope): Promise<void> {
    await assertEventAccess(manager, eventId, scope, 'write');
    await this.writer.lockCurrent(manager, EVENT_TARGET, eventId);
  }

  /** Organisation and person exist, are not archived and (for coordinators) lie in the caller's scope. */
  private async checkTargets(manager: EntityManager, organisationId: string | null, personId: string | null, scope: AccessScope): Promise<void> {
    const restricted = scope.kind !== 'all';
    if (organisationId && !(await activeInScope(manager, Organisation, organisationId, visibleOrganisationCondition(scope, 'target.id')))) {
      throw restricted ? organisationNotAccessible() : organisationNotFound();
    }
    if (personId && !(await activeInScope(manager, Person, personId, visiblePersonCondition(scope, 'target.id')))) {
      throw restricted ? personNotAccessible() : personNotFound();
    }
  }

  /** A person takes part once; an organisation without a named person is listed once. */
  private async isRegistered(
    manager: EntityManager,
    eventId: string,
    organisationId: string | null,
    personId: string | null,
  ): Promise<boolean> {
    if (personId) return manager.existsBy(EventParticipant, { eventId, personId });
    if (organisationId) return manager.existsBy(EventParticipant, { eventId, organisationId, personId: IsNull() });
    return false;
  }

  private async participantDto(manager: EntityManager, id: string): Promise<EventParticipantDto> {
    const [row] = (await manager.query(`${PARTICIPANT_SELECT} WHERE p.id = $1`, [id])) as ParticipantRow[];
    return toParticipantDto(row);
  }
}

/** One statement: the row exists, is not archived and satisfies the scope condition (on alias `target`). */
async function activeInScope<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  condition: SqlCondition | null,
): Promise<boolean> {
  const qb = manager.createQueryBuilder(entity, 'target').where('target.id = :targetId AND target.archived_at IS NULL', { targetId: id });
  if (condition) qb.andWhere(condition.sql, condition.params);
  return qb.getExists();
}
