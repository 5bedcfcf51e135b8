import { enumValues } from '../enums/enum-util';

/** What an audit entry records (the actions the API writes), with German labels for the client. */
export const AUDIT_ACTION_LABELS = {
  CREATE: 'Angelegt',
  UPDATE: 'Geändert',
  ARCHIVE: 'Archiviert',
  STATUS_CHANGE: 'Status geändert',
  DELETE: 'Gelöscht',
  LOGIN: 'Anmeldung',
  LOGIN_FAILED: 'Fehlgeschlagene Anmeldung',
  LOGOUT: 'Abmeldung',
  PERMISSION_DENIED: 'Zugriff verweigert',
  EXPORT: 'Export',
  ACCOUNT: 'Benutzerkonto',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;
export const AUDIT_ACTIONS = enumValues(AUDIT_ACTION_LABELS);

/**
 * The entity types the services write into the audit trail (`entityType` of AuditWriter.record and
 * VersionedTarget). A record's history can be asked for these only.
 */
export const AUDIT_ENTITY_TYPE_LABELS = {
  Organisation: 'Organisation',
  Alliance: 'Bündnis',
  Partnership: 'Partnerschaft',
  Declaration: 'Gemeinsame Erklärung',
  Signature: 'Unterzeichnung',
  Person: 'Person',
  PersonFunction: 'Funktion',
  Consent: 'Einwilligung',
  Activity: 'Aktivität',
  Project: 'Projekt',
  Event: 'Veranstaltung',
  EventParticipant: 'Teilnahme',
  EventSpeaker: 'Referent:in',
  MentorProfile: 'Mentorprofil',
  MentorProfileCollections: 'Mentorprofil (Fachgebiete, Zielgruppen)',
  MentorAbsence: 'Abwesenheit',
  MentoringRequest: 'Anfrage',
  MatchProposal: 'Vermittlungsvorschlag',
  Deployment: 'Einsatz',
  DeploymentSession: 'Einsatztermin',
  DeploymentReport: 'Einsatzbericht',
  DeploymentFeedback: 'Rückmeldung',
  UserAccount: 'Benutzerkonto',
  StatusChangeRequest: 'Statusänderungsantrag',
  Route: 'Schnittstelle',
  Export: 'Export',
  ReportRun: 'Ministeriumsbericht',
  AppSetting: 'Einstellung',
  Notification: 'Benachrichtigung',
} as const;
export type AuditEntityType = keyof typeof AUDIT_ENTITY_TYPE_LABELS;
export const AUDIT_ENTITY_TYPES = enumValues(AUDIT_ENTITY_TYPE_LABELS);

/** One audit entry: who did what to which record, when, with the changed fields. */
export class AuditEntryDto {
  id!: string;
  /** ISO timestamp. */
  occurredAt!: string;
  /** Display name of the actor at the time (or "System"). */
  actor!: string;
  /** The acting user account; null for the system and for failed logins of unknown accounts. */
  actorId!: string | null;
  action!: string;
  entityType!: string;
  entityId!: string | null;
  /** Updates and status changes: `{ field: { before, after } }`. Secrets are never recorded. */
  changes!: Record<string, { before: unknown; after: unknown }> | null;
  before!: Record<string, unknown> | null;
  after!: Record<string, unknown> | null;
  ip!: string | null;
  requestId!: string | null;
}
