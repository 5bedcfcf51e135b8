import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from './base';

export const WORKFLOW_SUBJECT_TYPES = ['REQUEST', 'DEPLOYMENT'] as const;
export type WorkflowSubjectType = (typeof WORKFLOW_SUBJECT_TYPES)[number];

/**
 * One status transition of a request or a deployment (domain-research §2.5): who moved it from where
 * to where, when, and why. Written by the mentoring workflow in the same transaction as the status
 * change; never changed afterwards. The subject is polymorphic, so there is no foreign key.
 */
@Entity('workflow_transition')
@Check('ck_workflow_transition_subject_type', oneOf('subject_type', WORKFLOW_SUBJECT_TYPES))
@Index('ix_workflow_transition_subject', ['subjectType', 'subjectId', 'occurredAt'])
export class WorkflowTransition {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  subjectType!: WorkflowSubjectType;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** Null for the first entry (the record was created in `toStatus`). */
  @Column({ type: 'varchar', length: 30, nullable: true })
  fromStatus!: string | null;

  @Column({ type: 'varchar', length: 30 })
  toStatus!: string;

  /** The user account that made the change; null for the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Display name of the actor at the time. */
  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  /** Reason (side exits) or note. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** clock_timestamp(): orders two transitions made in one transaction (offer accepted → deployment created). */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;
}
