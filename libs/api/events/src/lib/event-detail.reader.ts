import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessScope, AuditWriter } from '@bn/api/core';
import { Event } from '@bn/api/data-access-db';
import { DeploymentMode, DeploymentStatus, DeploymentType, EventDeploymentDto, EventDetailDto } from '@bn/shared/contracts';
import { toEventDto, ParticipantRow, SpeakerRow, toParticipantDto, toSpeakerDto } from './event.mapper';
import { eventNotFound } from './event.errors';
import { PARTICIPANT_ORDER, PARTICIPANT_SELECT, SPEAKER_ORDER, SPEAKER_SELECT } from './event-participant.queries';
import { answeringOutsideScope, assertEventAccess, deploymentCondition, namedQuery, participantCondition } from './event-scope';

interface DeploymentRow {
  id: string;
  deployment_type: DeploymentType;
  mode: DeploymentMode;
  status: DeploymentStatus;
  mentor_names: string[];
}

/**
 * The event detail: the event with alliance and Gemeinde, then participants, speakers, linked
 * deployments (with mentor names) and declaration/signature counts: five statements in all, plus one
 * access check for coordinators and mentors. Participants and deployments are scoped in SQL (see
 * participantCondition, deploymentCondition); speakers are shown to everyone who may read the event.
 */
@Injectable()
export class EventDetailReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditWriter,
  ) {}

  async get(id: string, scope: AccessScope): Promise<EventDetailDto> {
    return answeringOutsideScope(this.dataSource, this.audit, async () => {
      await assertEventAccess(this.dataSource.manager, id, scope, 'read');
      return this.load(id, scope);
    });
  }

  private async load(id: string, scope: AccessScope): Promise<EventDetailDto> {
    const event = await this.dataSource
      .getRepository(Event)
      .createQueryBuilder('event')
      .leftJoin('event.alliance', 'alliance')
      .leftJoin('event.gemeinde', 'gemeinde')
      .addSelect(['alliance.id', 'alliance.name', 'alliance.landCode', 'gemeinde.ags', 'gemeinde.name', 'gemeinde.landCode'])
      .where('event.id = :id', { id })
      .getOne();
    if (!event) throw eventNotFound();

    const [participants, speakers, deployments, counts] = await Promise.all([
      this.participants(id, scope),
      this.dataSource.query(`${SPEAKER_SELECT} WHERE s.event_id = $1 ${SPEAKER_ORDER}`, [id]) as Promise<SpeakerRow[]>,
      this.deployments(id, scope),
      this.dataSource.query(
        `SELECT (SELECT count(*)::int FROM declaration d WHERE d.event_id = $1 AND d.archived_at IS NULL) AS declarations,
                (SELECT count(*)::int FROM signature s WHERE s.event_id = $1) AS signatures`,
        [id],
      ) as Promise<{ declarations: number; signatures: number }[]>,
    ]);

    return {
      ...toEventDto(event),
      alliance: event.alliance ? { id: event.alliance.id, name: event.alliance.name } : null,
      gemeindeName: event.gemeinde?.name ?? null,
      landCode: event.gemeinde?.landCode ?? event.alliance?.landCode ?? null,
      participants: participants.map(toParticipantDto),
      speakers: speakers.map(toSpeakerDto),
      deployments,
      declarationCount: counts[0]?.declarations ?? 0,
      signatureCount: counts[0]?.signatures ?? 0,
    };
  }

  private participants(eventId: string, scope: AccessScope): Promise<ParticipantRow[]> {
    const visible = participantCondition(scope);
    return namedQuery<ParticipantRow>(
      this.dataSource.manager,
      `${PARTICIPANT_SELECT} WHERE p.event_id = :eventId ${visible ? `AND ${visible.sql}` : ''} ${PARTICIPANT_ORDER}`,
      { ...visible?.params, eventId },
    );
  }

  /** Linked, non-archived deployments (in scope) with their mentors' names (lead first) in one statement. */
  private async deployments(eventId: string, scope: AccessScope): Promise<EventDeploymentDto[]> {
    const visible = deploymentCondition(scope);
    const rows = await namedQuery<DeploymentRow>(
      this.dataSource.manager,
      `SELECT d.id, d.deployment_type, d.mode, d.status,
              coalesce(array_agg(p.first_name || ' ' || p.last_name ORDER BY dm.is_lead DESC, p.last_name, p.first_name)
                       FILTER (WHERE p.id IS NOT NULL), '{}') AS mentor_names
         FROM deployment d
         LEFT JOIN deployment_mentor dm ON dm.deployment_id = d.id
         LEFT JOIN mentor_profile m ON m.id = dm.mentor_id
         LEFT JOIN person p ON p.id = m.person_id
        WHERE d.event_id = :eventId AND d.archived_at IS NULL ${visible ? `AND ${visible.sql}` : ''}
        GROUP BY d.id
        ORDER BY d.created_at, d.id`,
      { ...visible?.params, eventId },
    );
    return rows.map((row) => ({
      id: row.id,
      deploymentType: row.deployment_type,
      mode: row.mode,
      status: row.status,
      mentorNames: row.mentor_names,
    }));
  }
}
