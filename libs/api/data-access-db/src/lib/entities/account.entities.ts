import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  ALLIANCE_STATUSES,
  AllianceStatus,
  ONE_TIME_TOKEN_PURPOSES,
  OneTimeTokenPurpose,
  ROLES,
  Role,
  STATUS_REQUEST_DECISIONS,
  StatusRequestDecision,
} from '@bn/shared/contracts';
import { EditableEntity, oneOf } from './base';
import { MentorProfile } from './mentor.entities';
import { Alliance } from './alliance.entities';

/** A user account with exactly one role. Passwords are argon2id hashes; secrets never leave the server. */
@Entity('user_account')
@Check('ck_user_account_role', oneOf('role', ROLES))
@Check('ck_user_account_mentor', `"role" <> 'MENTOR' OR "mentor_profile_id" IS NOT NULL`)
@Check('ck_user_account_email_lower', `"email" = lower("email")`)
export class UserAccount extends EditableEntity {
  @Column({ type: 'varchar', length: 200, unique: true })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true, unique: true })
  mentorProfileId!: string | null;

  @OneToOne(() => MentorProfile, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mentor_profile_id' })
  mentorProfile?: MentorProfile;

  /** Null until the invitation is accepted. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  /** Base32 TOTP secret; set during enrolment, active once totpEnabledAt is set. */
  @Column({ type: 'text', nullable: true, select: false })
  totpSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}

/** The alliances a coordinator account belongs to. */
@Entity('user_alliance')
export class UserAlliance {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;
}

/** A server-side session; the cookie carries a random token, the table only its SHA-256. */
@Entity('user_session')
@Index('ix_user_session_user_active', ['userId'], { where: '"ended_at" IS NULL' })
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  /** True after the password step while the TOTP step is still missing. */
  @Column({ type: 'boolean', default: false })
  isSecondFactorPending!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  /** Absolute end (10 hours after login). */
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  endedReason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;
}

/** A TOTP recovery code (hash only); each can be used once. */
@Entity('recovery_code')
export class RecoveryCode {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column({ type: 'char', length: 64 })
  codeHash!: string;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}

/** One-time link for an invitation or a password reset (hash only); expires, usable once. */
@Entity('one_time_token')
@Check('ck_one_time_token_purpose', oneOf('purpose', ONE_TIME_TOKEN_PURPOSES))
export class OneTimeToken {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column({ type: 'varchar', length: 20 })
  purpose!: OneTimeTokenPurpose;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Login attempts, for the throttle (5 failures per minute per account or address). */
@Entity('login_attempt')
@Index('ix_login_attempt_email_time', ['email', 'attemptedAt'])
@Index('ix_login_attempt_ip_time', ['ip', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  ip!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  attemptedAt!: Date;
}

/** A coordinator's request for an alliance status change; the Fachberatung decides. */
@Entity('status_change_request')
@Check('ck_status_change_request_status', oneOf('requested_status', ALLIANCE_STATUSES))
@Check('ck_status_change_request_decision', oneOf('decision', STATUS_REQUEST_DECISIONS))
export class StatusChangeRequest extends EditableEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Column({ type: 'varchar', length: 20 })
  requestedStatus!: AllianceStatus;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: UserAccount;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'OFFEN' })
  decision!: StatusRequestDecision;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserAccount;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionNote!: string | null;
}
