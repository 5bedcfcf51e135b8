import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  CONSENT_PURPOSES,
  CONTACT_CHANNELS,
  ConsentPurpose,
  ContactChannel,
  DATA_SOURCES,
  DataSource as PersonDataSource,
  PERSON_FUNCTION_TYPES,
  PersonFunctionType,
  SALUTATIONS,
  Salutation,
} from '@bn/shared/contracts';
import { ArchivableEntity, EditableEntity, oneOf } from './base';
import { Organisation } from './organisation.entity';
import { Alliance } from './alliance.entities';

/** A contact person (personal data: business contact details only). */
@Entity('person')
@Check('ck_person_salutation', oneOf('salutation', SALUTATIONS))
@Check('ck_person_preferred_channel', `"preferred_channel" IS NULL OR ${oneOf('preferred_channel', CONTACT_CHANNELS)}`)
@Check('ck_person_data_source', oneOf('data_source', DATA_SOURCES))
export class Person extends ArchivableEntity {
  @Column({ type: 'varchar', length: 10, default: 'KEINE' })
  salutation!: Salutation;

  @Column({ type: 'varchar', length: 40, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 100 })
  firstName!: string;

  @Index()
  @Column({ type: 'varchar', length: 100 })
  lastName!: string;

  @Index()
  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  preferredChannel!: ContactChannel | null;

  @Column({ type: 'varchar', length: 20 })
  dataSource!: PersonDataSource;

  /** Date the Art. 14 DSGVO notice was sent (null: still due when the data came from someone else). */
  @Index()
  @Column({ type: 'date', nullable: true })
  privacyNoticeSentOn!: string | null;

  @Column({ type: 'date', nullable: true })
  retentionReviewOn!: string | null;

  @Index('ix_person_search_key_trgm', { synchronize: false })
  @Column({
    type: 'text',
    generatedType: 'STORED',
    asExpression: `bn_fold(first_name || ' ' || last_name)`,
    select: false,
    insert: false,
    update: false,
  })
  searchKey!: string;
}

/** A person's function in an organisation and/or alliance, valid for a period. */
@Entity('person_function')
@Check('ck_person_function_type', oneOf('function_type', PERSON_FUNCTION_TYPES))
@Check('ck_person_function_target', `"organisation_id" IS NOT NULL OR "alliance_id" IS NOT NULL`)
@Check('ck_person_function_period', `"valid_until" IS NULL OR "valid_from" IS NULL OR "valid_until" >= "valid_from"`)
export class PersonFunction extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'varchar', length: 30 })
  functionType!: PersonFunctionType;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  validUntil!: string | null;
}

/** A consent given by a person: purpose, date, text version; withdrawable. */
@Entity('consent')
@Check('ck_consent_purpose', oneOf('purpose', CONSENT_PURPOSES))
@Check('ck_consent_withdrawal', `"withdrawn_on" IS NULL OR "withdrawn_on" >= "granted_on"`)
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'varchar', length: 20 })
  purpose!: ConsentPurpose;

  @Column({ type: 'date' })
  grantedOn!: string;

  @Column({ type: 'varchar', length: 40 })
  textVersion!: string;

  @Column({ type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
