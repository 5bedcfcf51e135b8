import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WorkflowSubjectType, WorkflowTransition } from '@bn/api/data-access-db';
import { WorkflowTransitionDto } from '@bn/shared/contracts';

export interface TransitionEntry {
  subjectType: WorkflowSubjectType;
  subjectId: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string | null;
  actor: string;
  note?: string | null;
}

export function toWorkflowTransitionDto(entity: WorkflowTransition): WorkflowTransitionDto {
  return {
    id: entity.id,
    subjectType: entity.subjectType,
    subjectId: entity.subjectId,
    fromStatus: entity.fromStatus,
    toStatus: entity.toStatus,
    actorId: entity.actorId,
    actor: entity.actor,
    note: entity.note,
    occurredAt: entity.occurredAt.toISOString(),
  };
}

/** The transition log of requests and deployments: written in the caller's transaction, read oldest first. */
@Injectable()
export class TransitionLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager, entry: TransitionEntry): Promise<WorkflowTransitionDto> {
    const { identifiers } = await manager.insert(WorkflowTransition, { ...entry, note: entry.note?.trim() || null });
    return toWorkflowTransitionDto(await manager.findOneByOrFail(WorkflowTransition, { id: String(identifiers[0]['id']) }));
  }

  async list(subjectType: WorkflowSubjectType, subjectId: string): Promise<WorkflowTransitionDto[]> {
    const rows = await this.dataSource.getRepository(WorkflowTransition).find({
      where: { subjectType, subjectId },
      order: { occurredAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toWorkflowTransitionDto);
  }
}
