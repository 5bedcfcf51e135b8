import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { CALENDAR_FEED_KINDS, CalendarFeedKind, NOTIFICATION_KINDS, NotificationKind } from '@bn/shared/contracts';
import { oneOf } from './base';
import { UserAccount } from './account.entities';
import { Alliance } from './alliance.entities';

/** An inbox entry: one row per recipient and event, written by the notifications module. */
@Entity('notification')
@Check('ck_notification_kind', oneOf('kind', NOTIFICATION_KINDS))
@Index('ix_notification_recipient_created', ['recipientId', 'createdAt'])
@Index('ix_notification_recipient_unread', ['recipientId'], { where: '"read_at" IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserAccount;

  @Column({ type: 'varchar', length: 30 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Path inside the web client, e.g. `/einsaetze/<id>`. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  linkPath!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}

/** Reminders already sent (overdue request, offer, report): each is sent once per subject. */
@Entity('reminder_sent')
export class ReminderSent {
  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind!: NotificationKind;

  /** The request, proposal or deployment the reminder was about. */
  @PrimaryColumn({ type: 'uuid' })
  subjectId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt!: Date;
}

/**
 * A secret calendar-feed address of a user: only the SHA-256 of its token is stored. A mentor has at
 * most one MENTOR feed, a user at most one ALLIANCE feed per alliance; renewing replaces the row.
 */
@Entity('calendar_feed')
@Check('ck_calendar_feed_kind', oneOf('kind', CALENDAR_FEED_KINDS))
@Check('ck_calendar_feed_alliance', `("kind" = 'ALLIANCE') = ("alliance_id" IS NOT NULL)`)
@Index('uq_calendar_feed_mentor', ['ownerId'], { unique: true, where: `"kind" = 'MENTOR'` })
@Index('uq_calendar_feed_alliance', ['ownerId', 'allianceId'], { unique: true, where: `"kind" = 'ALLIANCE'` })
export class CalendarFeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserAccount;

  @Column({ type: 'varchar', length: 20 })
  kind!: CalendarFeedKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;
}
