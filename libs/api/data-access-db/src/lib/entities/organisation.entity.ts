import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ACTOR_TYPES, ActorType, COMPANY_SIZES, CompanySize, SECTORS, Sector } from '@bn/shared/contracts';
import { ArchivableEntity, oneOf } from './base';
import { Gemeinde } from './reference.entities';

/** A partner organisation; one organisation can be partner of many alliances. */
@Entity('organisation')
@Check('ck_organisation_sector', oneOf('sector', SECTORS))
@Check('ck_organisation_actor_type', oneOf('actor_type', ACTOR_TYPES))
@Check('ck_organisation_company_size', `"company_size" IS NULL OR ${oneOf('company_size', COMPANY_SIZES)}`)
@Check('ck_organisation_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
export class Organisation extends ArchivableEntity {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  legalForm!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  sector!: Sector;

  @Index()
  @Column({ type: 'varchar', length: 40 })
  actorType!: ActorType;

  @Column({ type: 'varchar', length: 20, nullable: true })
  companySize!: CompanySize | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  industry!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  street!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city!: string | null;

  @Index()
  @Column({ type: 'char', length: 8, nullable: true })
  gemeindeAgs!: string | null;

  @ManyToOne(() => Gemeinde, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeinde_ags' })
  gemeinde?: Gemeinde;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organisation;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone!: string | null;

  @Index('ix_organisation_search_key_trgm', { synchronize: false })
  @Column({ type: 'text', generatedType: 'STORED', asExpression: 'bn_fold(name)', select: false, insert: false, update: false })
  searchKey!: string;
}
