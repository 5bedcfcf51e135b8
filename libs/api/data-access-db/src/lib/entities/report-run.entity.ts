import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  REPORT_JOB_STATES,
  REPORT_RUN_STATUSES,
  REPORT_TYPES,
  ReportJobState,
  ReportRunStatus,
  ReportType,
} from '@bn/shared/contracts';
import { EditableEntity, oneOf } from './base';
import { UserAccount } from './account.entities';

/**
 * One run of a ministry report (domain-research §2.2 "Export/Bericht", §3.1 reproducibility): its
 * parameters, author, release and the checksum of its figures. `result` holds the format-independent
 * report document the XLSX, CSV and PDF files are written from, so a released run always gives the
 * same files.
 */
@Entity('report_run')
@Check('ck_report_run_type', oneOf('report_type', REPORT_TYPES))
@Check('ck_report_run_status', oneOf('status', REPORT_RUN_STATUSES))
@Check('ck_report_run_job_state', oneOf('job_state', REPORT_JOB_STATES))
@Check('ck_report_run_progress', `"progress" BETWEEN 0 AND 100`)
@Check('ck_report_run_released', `("status" = 'FREIGEGEBEN') = ("released_at" IS NOT NULL)`)
@Index('ix_report_run_status_created', ['status', 'createdAt'])
export class ReportRun extends EditableEntity {
  @Column({ type: 'varchar', length: 30 })
  reportType!: ReportType;

  /** periodFrom, periodTo, referenceDate, laender (sorted). */
  @Column({ type: 'jsonb' })
  parameters!: { periodFrom: string; periodTo: string; referenceDate: string; laender: string[] };

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: UserAccount;

  @Column({ type: 'varchar', length: 200, nullable: true })
  authorName!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'ENTWURF' })
  status!: ReportRunStatus;

  @Column({ type: 'uuid', nullable: true })
  releasedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'released_by_id' })
  releasedBy?: UserAccount;

  @Column({ type: 'varchar', length: 200, nullable: true })
  releasedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  releasedAt!: Date | null;

  @Column({ type: 'varchar', length: 20, default: 'WARTEND' })
  jobState!: ReportJobState;

  @Column({ type: 'smallint', default: 0 })
  progress!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'char', length: 64, nullable: true })
  checksum!: string | null;

  /** The ReportDocument (see @bn/api/reports); null until the job has finished. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  result!: unknown;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}
