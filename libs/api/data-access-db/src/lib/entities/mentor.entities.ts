import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import {
  DEPLOYMENT_MODES,
  DeploymentMode,
  MENTOR_STATUSES,
  MentorStatus,
  SPECIALTY_LEVELS,
  SpecialtyLevel,
} from '@bn/shared/contracts';
import { ArchivableEntity, EditableEntity, oneOf, subsetOf } from './base';
import { Person } from './person.entities';
import { Alliance } from './alliance.entities';
import { Organisation } from './organisation.entity';
import { Fachgebiet, Gemeinde, Handlungsfeld, Land } from './reference.entities';

/** Mentorprofil of a trained volunteer mentor (Bündnismentor:in). */
@Entity('mentor_profile')
@Check('ck_mentor_profile_status', oneOf('status', MENTOR_STATUSES))
@Check('ck_mentor_profile_modes', subsetOf('modes', DEPLOYMENT_MODES))
@Check('ck_mentor_profile_capacity', `"capacity_per_quarter" >= 0 AND "capacity_per_quarter" <= 50`)
@Check('ck_mentor_profile_radius', `"radius_km" IS NULL OR ("radius_km" > 0 AND "radius_km" <= 1000)`)
export class MentorProfile extends ArchivableEntity {
  @Column({ type: 'uuid', unique: true })
  personId!: string;

  @OneToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  homeAllianceId!: string | null;

  @ManyToOne(() => Alliance, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_alliance_id' })
  homeAlliance?: Alliance;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  homeOrganisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'home_organisation_id' })
  homeOrganisation?: Organisation;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  status!: MentorStatus;

  @Column({ type: 'date', nullable: true })
  qualifiedSince!: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  cohort!: string | null;

  /** Home location for the radius; its coordinates come from the Gemeinde. */
  @Index()
  @Column({ type: 'char', length: 8, nullable: true })
  homeGemeindeAgs!: string | null;

  @ManyToOne(() => Gemeinde, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_gemeinde_ags' })
  homeGemeinde?: Gemeinde;

  @Column({ type: 'smallint', nullable: true })
  radiusKm!: number | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  modes!: DeploymentMode[];

  @Column({ type: 'smallint', default: 2 })
  capacityPerQuarter!: number;

  @Column({ type: 'text', nullable: true })
  galleryText!: string | null;

  @Column({ type: 'boolean', default: false })
  galleryPublished!: boolean;

  @Column({ type: 'date', nullable: true })
  agreementSignedOn!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  agreementVersion!: string | null;
}

@Entity('mentor_specialty')
@Check('ck_mentor_specialty_level', oneOf('level', SPECIALTY_LEVELS))
export class MentorSpecialty {
  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 10 })
  fachgebietCode!: string;

  @ManyToOne(() => Fachgebiet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fachgebiet_code' })
  fachgebiet?: Fachgebiet;

  @Column({ type: 'varchar', length: 20 })
  level!: SpecialtyLevel;
}

@Entity('mentor_topic')
export class MentorTopic {
  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  handlungsfeldId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlungsfeld_id' })
  handlungsfeld?: Handlungsfeld;
}

/** A Land the mentor serves. */
@Entity('mentor_region')
export class MentorRegion {
  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Index()
  @PrimaryColumn({ type: 'char', length: 2 })
  landCode!: string;

  @ManyToOne(() => Land, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'land_code' })
  land?: Land;
}

@Entity('mentor_absence')
@Check('ck_mentor_absence_period', `"until_date" >= "from_date"`)
export class MentorAbsence extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Column({ type: 'date' })
  fromDate!: string;

  @Column({ type: 'date' })
  untilDate!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;
}

/** Conflict of interest: the mentor represents a partner of this alliance. */
@Entity('mentor_conflict')
export class MentorConflict {
  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;
}
