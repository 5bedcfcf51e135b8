import { Land, Kreis, Gemeinde, Handlungsfeld, HandlungsfeldMapping, Fachgebiet, Zielgruppe } from './reference.entities';
import { Organisation } from './organisation.entity';
import { Person, PersonFunction, Consent } from './person.entities';
import { Alliance, AllianceStatusChange, AllianceHandlungsfeld, AllianceZielgruppe, AllianceBody } from './alliance.entities';
import { Partnership, Declaration, Signature } from './partnership.entities';
import {
  Activity,
  ActivityHandlungsfeld,
  ActivityPartner,
  Project,
  ProjectHandlungsfeld,
  ProjectZielgruppe,
  ProjectPartner,
} from './engagement.entities';
import { Event, EventParticipant, EventSpeaker } from './event.entities';
import { MentorProfile, MentorSpecialty, MentorTopic, MentorRegion, MentorAbsence, MentorConflict } from './mentor.entities';
import {
  MentoringRequest,
  RequestSpecialty,
  RequestTopic,
  MatchProposal,
  Deployment,
  DeploymentMentor,
  DeploymentSpecialty,
  DeploymentSession,
  DeploymentReport,
  DeploymentFeedback,
} from './mentoring.entities';
import { AuditEntry } from './audit.entity';
import { AppSetting } from './settings.entity';
import { WorkflowTransition } from './workflow.entities';
import { Notification, ReminderSent, CalendarFeed } from './notification.entities';
import { ReportRun } from './report-run.entity';
import { UserAccount, UserAlliance, UserSession, RecoveryCode, OneTimeToken, LoginAttempt, StatusChangeRequest } from './account.entities';

export * from './base';
export * from './reference.entities';
export * from './organisation.entity';
export * from './person.entities';
export * from './alliance.entities';
export * from './partnership.entities';
export * from './engagement.entities';
export * from './event.entities';
export * from './mentor.entities';
export * from './mentoring.entities';
export * from './audit.entity';
export * from './account.entities';
export * from './settings.entity';
export * from './workflow.entities';
export * from './notification.entities';
export * from './report-run.entity';

/** Every entity of the schema, for the DataSource (CLI, app and tests alike). */
export const ALL_ENTITIES = [
  Land,
  Kreis,
  Gemeinde,
  Handlungsfeld,
  HandlungsfeldMapping,
  Fachgebiet,
  Zielgruppe,
  Organisation,
  Person,
  PersonFunction,
  Consent,
  Alliance,
  AllianceStatusChange,
  AllianceHandlungsfeld,
  AllianceZielgruppe,
  AllianceBody,
  Partnership,
  Declaration,
  Signature,
  Activity,
  ActivityHandlungsfeld,
  ActivityPartner,
  Project,
  ProjectHandlungsfeld,
  ProjectZielgruppe,
  ProjectPartner,
  Event,
  EventParticipant,
  EventSpeaker,
  MentorProfile,
  MentorSpecialty,
  MentorTopic,
  MentorRegion,
  MentorAbsence,
  MentorConflict,
  MentoringRequest,
  RequestSpecialty,
  RequestTopic,
  MatchProposal,
  Deployment,
  DeploymentMentor,
  DeploymentSpecialty,
  DeploymentSession,
  DeploymentReport,
  DeploymentFeedback,
  AuditEntry,
  UserAccount,
  UserAlliance,
  UserSession,
  RecoveryCode,
  OneTimeToken,
  LoginAttempt,
  StatusChangeRequest,
  AppSetting,
  WorkflowTransition,
  Notification,
  ReminderSent,
  CalendarFeed,
  ReportRun,
];
