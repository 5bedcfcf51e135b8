import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import {
  ATTENDANCES,
  Attendance,
  EVENT_FORMATS,
  EVENT_ORGANISERS,
  EVENT_TYPES,
  EventFormat,
  EventOrganiser,
  EventType,
} from '@bn/shared/contracts';
import { ArchivableEntity, EditableEntity, oneOf } from './base';
import { Alliance } from './alliance.entities';
import { Gemeinde } from './reference.entities';
import { Organisation } from './organisation.entity';
import { Person } from './person.entities';

/** Veranstaltung: an event of an alliance, the Servicebüro, the ministry or others. */
@Entity('event')
@Check('ck_event_type', oneOf('event_type', EVENT_TYPES))
@Check('ck_event_organiser', oneOf('organiser', EVENT_ORGANISERS))
@Check('ck_event_format', oneOf('format', EVENT_FORMATS))
@Check('ck_event_alliance_organiser', `"organiser" <> 'BUENDNIS' OR "alliance_id" IS NOT NULL`)
@Check('ck_event_times', `"end_time" IS NULL OR "start_time" IS NULL OR "end_time" >= "start_time"`)
@Check('ck_event_participants', `"participants_count" IS NULL OR "participants_count" >= 0`)
export class Event extends ArchivableEntity {
  @Index()
  @Column({ type: 'varchar', length: 30 })
  eventType!: EventType;

  @Column({ type: 'varchar', length: 20 })
  organiser!: EventOrganiser;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  @ManyToOne(() => Alliance, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Index()
  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'time', nullable: true })
  startTime!: string | null;

  @Column({ type: 'time', nullable: true })
  endTime!: string | null;

  @Column({ type: 'varchar', length: 10 })
  format!: EventFormat;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue!: string | null;

  @Index()
  @Column({ type: 'char', length: 8, nullable: true })
  gemeindeAgs!: string | null;

  @ManyToOne(() => Gemeinde, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeinde_ags' })
  gemeinde?: Gemeinde;

  @Column({ type: 'integer', nullable: true })
  participantsCount!: number | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Nachlese: follow-up report after the event. */
  @Column({ type: 'text', nullable: true })
  followUpReport!: string | null;

  @Column({ type: 'boolean', default: false })
  isPublic!: boolean;
}

/** A participant of an event (organisation and/or person) with attendance. */
@Entity('event_participant')
@Index('uq_event_participant_person', ['eventId', 'personId'], { unique: true, where: '"person_id" IS NOT NULL' })
@Index('uq_event_participant_organisation', ['eventId', 'organisationId'], { unique: true, where: '"person_id" IS NULL' })
@Check('ck_event_participant_attendance', oneOf('attendance', ATTENDANCES))
@Check('ck_event_participant_target', `"organisation_id" IS NOT NULL OR "person_id" IS NOT NULL`)
export class EventParticipant extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Column({ type: 'varchar', length: 20, default: 'ANGEMELDET' })
  attendance!: Attendance;
}

/** A speaker at an event (person and/or organisation) with the talk's topic. */
@Entity('event_speaker')
@Check('ck_event_speaker_target', `"organisation_id" IS NOT NULL OR "person_id" IS NOT NULL`)
export class EventSpeaker extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  personId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 300, nullable: true })
  topic!: string | null;
}
