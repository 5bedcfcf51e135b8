import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Audit entry: who changed what, when, before and after. Append-only. */
@Entity('audit_entry')
@Index('ix_audit_entry_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** clock_timestamp(), not now(): entries written in one transaction keep their order. */
  @Index()
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  /** The acting user account (null for the system and for failed logins of unknown accounts). */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  /** The changed fields: `{ field: { before, after } }` (updates only). */
  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, { before: unknown; after: unknown }> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
