import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  ALLIANCE_STATUSES,
  AllianceStatus,
  BODY_TYPES,
  BodyType,
  ORG_FORMS,
  OrgForm,
  TERRITORIAL_LEVELS,
  TerritorialLevel,
} from '@bn/shared/contracts';
import { ArchivableEntity, EditableEntity, numericTransformer, oneOf } from './base';
import { Gemeinde, Handlungsfeld, Kreis, Land, Zielgruppe } from './reference.entities';
import { Organisation } from './organisation.entity';

/** A local alliance for families (Lokales Bündnis für Familie). */
@Entity('alliance')
@Check('ck_alliance_status', oneOf('status', ALLIANCE_STATUSES))
@Check('ck_alliance_territorial_level', oneOf('territorial_level', TERRITORIAL_LEVELS))
@Check('ck_alliance_org_form', `"org_form" IS NULL OR ${oneOf('org_form', ORG_FORMS)}`)
@Check('ck_alliance_founding_year', `"founding_year" IS NULL OR "founding_year" BETWEEN 1990 AND 2100`)
@Check(
  'ck_alliance_founding_date_year',
  `"founding_date" IS NULL OR ("founding_year" IS NOT NULL AND EXTRACT(YEAR FROM "founding_date") = "founding_year")`,
)
@Check('ck_alliance_paid_hours', `"paid_coordination_hours" IS NULL OR "paid_coordination_hours" >= 0`)
export class Alliance extends ArchivableEntity {
  /** Human-readable key, e.g. LBF-NI-0042. */
  @Column({ type: 'varchar', length: 20, unique: true })
  code!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 80, nullable: true })
  shortName!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  status!: AllianceStatus;

  @Column({ type: 'date', nullable: true })
  firstContactOn!: string | null;

  /** Founding may be known only as a year; the exact date, when known, must lie in that year. */
  @Index()
  @Column({ type: 'smallint', nullable: true })
  foundingYear!: number | null;

  @Column({ type: 'date', nullable: true })
  foundingDate!: string | null;

  @Column({ type: 'date', nullable: true })
  joinedInitiativeOn!: string | null;

  @Column({ type: 'date', nullable: true })
  dormantSince!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Index()
  @Column({ type: 'char', length: 2 })
  landCode!: string;

  @ManyToOne(() => Land, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'land_code' })
  land?: Land;

  @Index()
  @Column({ type: 'char', length: 5, nullable: true })
  kreisAgs!: string | null;

  @ManyToOne(() => Kreis, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kreis_ags' })
  kreis?: Kreis;

  @Index()
  @Column({ type: 'char', length: 8, nullable: true })
  gemeindeAgs!: string | null;

  @ManyToOne(() => Gemeinde, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeinde_ags' })
  gemeinde?: Gemeinde;

  @Column({ type: 'varchar', length: 120, nullable: true })
  districtPart!: string | null;

  @Column({ type: 'varchar', length: 20 })
  territorialLevel!: TerritorialLevel;

  /** Further municipalities covered (AGS list) for multi-municipality alliances. */
  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  coveredAgs!: string[];

  @Column({ type: 'integer', nullable: true })
  populationReach!: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  orgForm!: OrgForm | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  coordinationHostId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'coordination_host_id' })
  coordinationHost?: Organisation;

  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericTransformer })
  paidCoordinationHours!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  publicEmail!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  publicPhone!: string | null;

  @Index()
  @Column({ type: 'boolean', default: false })
  published!: boolean;

  @Column({ type: 'date', nullable: true })
  publishedOn!: string | null;

  @Index()
  @Column({ type: 'date', nullable: true })
  profileConfirmedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  internalNotes!: string | null;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => Alliance, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: Alliance;

  @Index('ix_alliance_search_key_trgm', { synchronize: false })
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: `bn_fold(name || ' ' || coalesce(short_name, ''))`,
    select: false,
    insert: false,
    update: false,
  })
  searchKey!: string;
}

/** One status transition of an alliance: when, who, why. */
@Entity('alliance_status_change')
@Check('ck_alliance_status_change_from', `"from_status" IS NULL OR ${oneOf('from_status', ALLIANCE_STATUSES)}`)
@Check('ck_alliance_status_change_to', oneOf('to_status', ALLIANCE_STATUSES))
export class AllianceStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus!: AllianceStatus | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus!: AllianceStatus;

  @Column({ type: 'date' })
  changedOn!: string;

  @Column({ type: 'varchar', length: 200 })
  actor!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** clock_timestamp(): orders two changes recorded on the same day, even in one transaction. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}

/** Handlungsfeld of an alliance; at most one is the main focus. */
@Entity('alliance_handlungsfeld')
@Index('uq_alliance_handlungsfeld_main', ['allianceId'], { unique: true, where: '"is_main"' })
export class AllianceHandlungsfeld {
  @PrimaryColumn({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  handlungsfeldId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlungsfeld_id' })
  handlungsfeld?: Handlungsfeld;

  @Column({ type: 'boolean', default: false })
  isMain!: boolean;
}

@Entity('alliance_zielgruppe')
export class AllianceZielgruppe {
  @PrimaryColumn({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  zielgruppeCode!: string;

  @ManyToOne(() => Zielgruppe, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'zielgruppe_code' })
  zielgruppe?: Zielgruppe;
}

/** A body of the alliance (Lenkungsgruppe, Vorstand, AG …). */
@Entity('alliance_body')
@Check('ck_alliance_body_type', oneOf('body_type', BODY_TYPES))
export class AllianceBody extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'varchar', length: 20 })
  bodyType!: BodyType;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;
}
