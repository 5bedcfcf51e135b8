import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import {
  DEPLOYMENT_MODES,
  DEPLOYMENT_STATUSES,
  DEPLOYMENT_TYPES,
  DESIRED_MODES,
  DeploymentMode,
  DeploymentStatus,
  DeploymentType,
  DesiredMode,
  FEEDBACK_SOURCES,
  FeedbackSource,
  GOAL_REACHED_VALUES,
  GoalReached,
  PROPOSAL_RESPONSES,
  ProposalResponse,
  REPORT_STATUSES,
  REQUEST_CHANNELS,
  REQUEST_OCCASIONS,
  REQUEST_STATUSES,
  ReportStatus,
  RequestChannel,
  RequestOccasion,
  RequestStatus,
} from '@bn/shared/contracts';
import { ArchivableEntity, EditableEntity, numericTransformer, oneOf } from './base';
import { Alliance } from './alliance.entities';
import { Person } from './person.entities';
import { Event } from './event.entities';
import { MentorProfile } from './mentor.entities';
import { Fachgebiet, Gemeinde, Handlungsfeld } from './reference.entities';

/** Anfrage: a mentoring request of an alliance (which may still be INTERESSENT). */
@Entity('mentoring_request')
@Check('ck_mentoring_request_channel', oneOf('channel', REQUEST_CHANNELS))
@Check('ck_mentoring_request_occasion', oneOf('occasion', REQUEST_OCCASIONS))
@Check('ck_mentoring_request_mode', oneOf('desired_mode', DESIRED_MODES))
@Check('ck_mentoring_request_status', oneOf('status', REQUEST_STATUSES))
@Check('ck_mentoring_request_window', `"desired_until" IS NULL OR "desired_from" IS NULL OR "desired_until" >= "desired_from"`)
export class MentoringRequest extends ArchivableEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  requesterId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requester_id' })
  requester?: Person;

  @Column({ type: 'varchar', length: 20 })
  channel!: RequestChannel;

  @Index()
  @Column({ type: 'date' })
  receivedOn!: string;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  occasion!: RequestOccasion;

  @Column({ type: 'varchar', length: 20 })
  desiredMode!: DesiredMode;

  @Column({ type: 'date', nullable: true })
  desiredFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  desiredUntil!: string | null;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** Owner in the Fachberatung (a name until user accounts exist). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  owner!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  status!: RequestStatus;

  @Column({ type: 'text', nullable: true })
  closingReason!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  predecessorId!: string | null;

  @ManyToOne(() => MentoringRequest, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: MentoringRequest;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  relatedEventId!: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'related_event_id' })
  relatedEvent?: Event;
}

@Entity('request_specialty')
export class RequestSpecialty {
  @PrimaryColumn({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => MentoringRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: MentoringRequest;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 10 })
  fachgebietCode!: string;

  @ManyToOne(() => Fachgebiet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fachgebiet_code' })
  fachgebiet?: Fachgebiet;
}

@Entity('request_topic')
export class RequestTopic {
  @PrimaryColumn({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => MentoringRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: MentoringRequest;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  handlungsfeldId!: string;

  @ManyToOne(() => Handlungsfeld, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'handlungsfeld_id' })
  handlungsfeld?: Handlungsfeld;
}

/** Matching-Vorschlag: a ranked mentor suggestion with its explanation and the mentor's answer. */
@Entity('match_proposal')
@Index('uq_match_proposal_request_mentor', ['requestId', 'mentorId'], { unique: true })
@Check('ck_match_proposal_response', oneOf('response', PROPOSAL_RESPONSES))
export class MatchProposal extends EditableEntity {
  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => MentoringRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: MentoringRequest;

  @Index()
  @Column({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Column({ type: 'smallint' })
  rank!: number;

  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numericTransformer })
  score!: number;

  /** Per-criterion breakdown in German sentences, as shown to the Fachberatung. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  explanation!: { criterion: string; points: number; text: string }[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  proposedBy!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'VORGESCHLAGEN' })
  response!: ProposalResponse;

  @Column({ type: 'text', nullable: true })
  responseReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  /** When the Fachberatung offered the request to this mentor (ANGEFRAGT); null while only proposed. */
  @Column({ type: 'timestamptz', nullable: true })
  offeredAt!: Date | null;

  /** Offers sent together (one mentor, or two for a tandem) share a round; the latest round is the current offer. */
  @Column({ type: 'smallint', nullable: true })
  offerRound!: number | null;
}

/** Einsatz: one engagement of one or more mentors with an alliance, with n sessions. */
@Entity('deployment')
@Check('ck_deployment_type', oneOf('deployment_type', DEPLOYMENT_TYPES))
@Check('ck_deployment_mode', oneOf('mode', DEPLOYMENT_MODES))
@Check('ck_deployment_status', oneOf('status', DEPLOYMENT_STATUSES))
export class Deployment extends ArchivableEntity {
  @Index()
  @Column({ type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => MentoringRequest, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id' })
  request?: MentoringRequest;

  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'alliance_id' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  deploymentType!: DeploymentType;

  @Index()
  @Column({ type: 'varchar', length: 20 })
  mode!: DeploymentMode;

  @Index()
  @Column({ type: 'varchar', length: 30 })
  status!: DeploymentStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  eventId!: string | null;

  @ManyToOne(() => Event, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @Column({ type: 'boolean', default: false })
  followUpNeeded!: boolean;

  @Column({ type: 'text', nullable: true })
  followUpNote!: string | null;

  @Column({ type: 'text', nullable: true })
  closingReason!: string | null;
}

/** A mentor of a deployment (tandems have two, exactly one of them the lead). */
@Entity('deployment_mentor')
@Index('uq_deployment_mentor_lead', ['deploymentId'], { unique: true, where: '"is_lead"' })
export class DeploymentMentor {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id' })
  deployment?: Deployment;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  mentorId!: string;

  @ManyToOne(() => MentorProfile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: MentorProfile;

  @Column({ type: 'boolean', default: true })
  isLead!: boolean;
}

@Entity('deployment_specialty')
export class DeploymentSpecialty {
  @PrimaryColumn({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id' })
  deployment?: Deployment;

  @Index()
  @PrimaryColumn({ type: 'varchar', length: 10 })
  fachgebietCode!: string;

  @ManyToOne(() => Fachgebiet, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fachgebiet_code' })
  fachgebiet?: Fachgebiet;
}

/** One session (Termin) of a deployment. */
@Entity('deployment_session')
@Check('ck_deployment_session_mode', oneOf('mode', DEPLOYMENT_MODES))
@Check('ck_deployment_session_times', `"end_time" IS NULL OR "start_time" IS NULL OR "end_time" >= "start_time"`)
@Check('ck_deployment_session_amounts', `"hours" >= 0 AND "prep_hours" >= 0 AND "travel_km" >= 0 AND "travel_hours" >= 0`)
@Index('ix_deployment_session_deployment_date', ['deploymentId', 'heldOn'])
export class DeploymentSession extends EditableEntity {
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id' })
  deployment?: Deployment;

  @Index()
  @Column({ type: 'date' })
  heldOn!: string;

  @Column({ type: 'time', nullable: true })
  startTime!: string | null;

  @Column({ type: 'time', nullable: true })
  endTime!: string | null;

  @Column({ type: 'varchar', length: 20 })
  mode!: DeploymentMode;

  @Column({ type: 'char', length: 8, nullable: true })
  gemeindeAgs!: string | null;

  @ManyToOne(() => Gemeinde, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeinde_ags' })
  gemeinde?: Gemeinde;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  topic!: string | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0, transformer: numericTransformer })
  hours!: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0, transformer: numericTransformer })
  prepHours!: number;

  @Column({ type: 'numeric', precision: 7, scale: 1, default: 0, transformer: numericTransformer })
  travelKm!: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0, transformer: numericTransformer })
  travelHours!: number;

  @Column({ type: 'integer', nullable: true })
  participantsCount!: number | null;
}

/** Einsatzbericht: the mentor's report; every revision is kept as its own row. */
@Entity('deployment_report')
@Index('uq_deployment_report_revision', ['deploymentId', 'revision'], { unique: true })
@Check('ck_deployment_report_status', oneOf('review_status', REPORT_STATUSES))
export class DeploymentReport extends EditableEntity {
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id' })
  deployment?: Deployment;

  @Column({ type: 'smallint', default: 1 })
  revision!: number;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', nullable: true })
  results!: string | null;

  @Column({ type: 'text', nullable: true })
  nextSteps!: string | null;

  @Column({ type: 'text', nullable: true })
  recommendation!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'ENTWURF' })
  reviewStatus!: ReportStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  submittedBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;
}

/** Rückmeldung: feedback on a deployment. */
@Entity('deployment_feedback')
@Check('ck_deployment_feedback_source', oneOf('source', FEEDBACK_SOURCES))
@Check('ck_deployment_feedback_goal', `"goal_reached" IS NULL OR ${oneOf('goal_reached', GOAL_REACHED_VALUES)}`)
@Check('ck_deployment_feedback_scores', `"satisfaction" BETWEEN 1 AND 5 AND "usefulness" BETWEEN 1 AND 5`)
export class DeploymentFeedback {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  deploymentId!: string;

  @ManyToOne(() => Deployment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deployment_id' })
  deployment?: Deployment;

  @Column({ type: 'varchar', length: 20 })
  source!: FeedbackSource;

  @Column({ type: 'smallint' })
  satisfaction!: number;

  @Column({ type: 'smallint' })
  usefulness!: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  goalReached!: GoalReached | null;

  @Column({ type: 'boolean', nullable: true })
  wouldRecommend!: boolean | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'boolean', default: false })
  anonymousToMentor!: boolean;

  @Column({ type: 'date' })
  receivedOn!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
