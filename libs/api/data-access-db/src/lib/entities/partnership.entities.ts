import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  CONTRIBUTION_TYPES,
  ContributionType,
  DECLARATION_KINDS,
  DeclarationKind,
  PARTNER_ROLES,
  PartnerRole,
  SIGNATURE_OCCASIONS,
  SignatureOccasion,
} from '@bn/shared/contracts';
import { ArchivableEntity, EditableEntity, oneOf, subsetOf } from './base';
import { Alliance } from './alliance.entities';
import { Organisation } from './organisation.entity';
import { Person } from './person.entities';
import { Event } from './event.entities';

/** Bündnispartnerschaft: an organisation's membership in an alliance, with roles and period. */
@Entity('partnership')
@Index('uq_partnership_active', ['allianceId', 'organisationId'], { unique: true, where: '"archived_at" IS NULL' })
@Check('ck_partnership_roles', subsetOf('roles', PARTNER_ROLES))
@Check('ck_partnership_contribution_types', subsetOf('contribution_types', CONTRIBUTION_TYPES))
@Check('ck_partnership_period', `"until" IS NULL OR "since" IS NULL OR "until" >= "since"`)
export class Partnership extends ArchivableEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  roles!: PartnerRole[];

  @Column({ type: 'date', nullable: true })
  since!: string | null;

  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  contributionTypes!: ContributionType[];

  @Column({ type: 'text', nullable: true })
  contribution!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  representativeId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'representative_id' })
  representative?: Person;
}

/** Gemeinsame Erklärung: an alliance's joint declaration; signatories may grow after the founding. */
@Entity('declaration')
@Check('ck_declaration_kind', oneOf('kind', DECLARATION_KINDS))
export class Declaration extends ArchivableEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'varchar', length: 30 })
  kind!: DeclarationKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  textVersion!: string | null;

  @Column({ type: 'date', nullable: true })
  adoptedOn!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;
}

/** Unterzeichnung: one organisation's signature of a declaration. */
@Entity('signature')
@Index('uq_signature_declaration_organisation', ['declarationId', 'organisationId'], { unique: true })
@Check('ck_signature_occasion', oneOf('occasion', SIGNATURE_OCCASIONS))
export class Signature extends EditableEntity {
  @Column({ type: 'uuid' })
  declarationId!: string;

  @ManyToOne(() => Declaration, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'declaration_id' })
  declaration?: Declaration;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'uuid', nullable: true })
  signatoryId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'signatory_id' })
  signatory?: Person;

  @Column({ type: 'date' })
  signedOn!: string;

  @Column({ type: 'varchar', length: 20 })
  occasion!: SignatureOccasion;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;
}
