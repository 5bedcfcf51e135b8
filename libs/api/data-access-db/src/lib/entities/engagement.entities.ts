import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ACTIVITY_TYPES, ActivityType, FUNDING_SOURCES, FundingSource } from '@bn/shared/contracts';
import { ArchivableEntity, oneOf, subsetOf } from './base';
import { Alliance } from './alliance.entities';
import { Handlungsfeld, Zielgruppe } from './reference.entities';
import { Organisation } from './organisation.entity';

/** Aktivität: what coordinators log (meetings, press, partner acquisition …). */
@Entity('activity')
@Check('ck_activity_type', oneOf('activity_type', ACTIVITY_TYPES))
@Check('ck_activity_reach', `"reach" IS NULL OR "reach" >= 0`)
@Index('ix_activity_alliance_date', ['allianceId', 'occurredOn'])
export class Activity extends ArchivableEntity {
  /** (alliance_id, occurred_on DESC, id DESC) WHERE not archived: a coordinator's list, first and deep pages (migration ListIndexes). */
  @Index('ix_activity_alliance_list', { synchronize: false })
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  activityType!: ActivityType;

  @Index()
  /** (occurred_on DESC, id DESC) WHERE not archived: the default order of the list, first and deep pages (migration ListIndexes). */
  @Index('ix_activity_list_default', { synchronize: false })
  @Column({ type: 'date' })
  occurredOn!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'integer', nullable: true })
  reach!: number | null;

  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;
}

@Entity('activity_handlungsfeld')
export class ActivityHandlungsfeld {
  @PrimaryColumn({ type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  handlungsfeldId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlungsfeld_id' })
  handlungsfeld?: Handlungsfeld;
}

@Entity('activity_partner')
export class ActivityPartner {
  @PrimaryColumn({ type: 'uuid' })
  activityId!: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity?: Activity;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}

/** Projekt / Angebot of an alliance (Babysitterpool, Leihgroßeltern, Müttercafé …). */
@Entity('project')
@Check('ck_project_funding_sources', subsetOf('funding_sources', FUNDING_SOURCES))
@Check('ck_project_period', `"ends_on" IS NULL OR "starts_on" IS NULL OR "ends_on" >= "starts_on"`)
export class Project extends ArchivableEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Index()
  @Column({ type: 'date', nullable: true })
  startsOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn!: string | null;

  @Column({ type: 'boolean', default: false })
  isOngoing!: boolean;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  fundingSources!: FundingSource[];

  @Column({ type: 'text', nullable: true })
  outputNote!: string | null;
}

@Entity('project_handlungsfeld')
export class ProjectHandlungsfeld {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  handlungsfeldId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlungsfeld_id' })
  handlungsfeld?: Handlungsfeld;
}

@Entity('project_zielgruppe')
export class ProjectZielgruppe {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  zielgruppeCode!: string;

  @ManyToOne(() => Zielgruppe, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'zielgruppe_code' })
  zielgruppe?: Zielgruppe;
}

@Entity('project_partner')
export class ProjectPartner {
  @PrimaryColumn({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}
