import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from './base';

/** One of the 16 Länder, keyed by its AGS Länderschlüssel ("01" … "16"). */
@Entity('land')
export class Land {
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'char', length: 2, unique: true })
  abbreviation!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numericTransformer })
  latitude!: number;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numericTransformer })
  longitude!: number;
}

/** Landkreis or kreisfreie Stadt, keyed by its 5-digit AGS. */
@Entity('kreis')
export class Kreis {
  @PrimaryColumn({ type: 'char', length: 5 })
  ags!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 60 })
  designation!: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  landCode!: string;

  @ManyToOne(() => Land, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'land_code' })
  land?: Land;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numericTransformer })
  latitude!: number;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numericTransformer })
  longitude!: number;
}

/** Gemeinde, keyed by its 8-digit AGS; Land and Kreis follow from the AGS. */
@Entity('gemeinde')
export class Gemeinde {
  @PrimaryColumn({ type: 'char', length: 8 })
  ags!: string;

  @Column({ type: 'char', length: 12 })
  ars!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 60 })
  designation!: string;

  @Index()
  @Column({ type: 'char', length: 5 })
  kreisAgs!: string;

  @ManyToOne(() => Kreis, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kreis_ags' })
  kreis?: Kreis;

  @Index()
  @Column({ type: 'char', length: 2 })
  landCode!: string;

  @ManyToOne(() => Land, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'land_code' })
  land?: Land;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numericTransformer })
  latitude!: number;

  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: numericTransformer })
  longitude!: number;

  @Index('ix_gemeinde_search_key_trgm', { synchronize: false })
  @Column({ type: 'text', generatedType: 'STORED', asExpression: 'bn_fold(name)', select: false, insert: false, update: false })
  searchKey!: string;
}

/**
 * Handlungsfeld taxonomy, versioned: each label belongs to one taxonomy version
 * (A 2008–2012, B 2014–2017, C 2021–2023, D 2023–2025, KANON = the canonical HF01–HF12).
 */
@Entity('handlungsfeld')
@Unique(['taxonomyVersion', 'code'])
export class Handlungsfeld {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 10 })
  taxonomyVersion!: string;

  @Column({ type: 'varchar', length: 10 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'date' })
  validFrom!: string;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;
}

/** Maps a label of an older taxonomy version onto canonical Handlungsfelder. */
@Entity('handlungsfeld_mapping')
export class HandlungsfeldMapping {
  @PrimaryColumn({ type: 'uuid' })
  sourceId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source?: Handlungsfeld;

  @PrimaryColumn({ type: 'uuid' })
  targetId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id' })
  target?: Handlungsfeld;
}

/** Mentor specialty (FG01 … FG12). */
@Entity('fachgebiet')
export class Fachgebiet {
  @PrimaryColumn({ type: 'varchar', length: 10 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 400, nullable: true })
  description!: string | null;

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;
}

/** Target group (Zielgruppe). */
@Entity('zielgruppe')
@Check('ck_zielgruppe_code', `"code" ~ '^[A-Z0-9_]+$'`)
export class Zielgruppe {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'smallint', default: 0 })
  sortOrder!: number;
}
