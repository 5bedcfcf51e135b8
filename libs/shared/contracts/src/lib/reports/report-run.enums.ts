import { enumValues } from '../enums/enum-util';

/** The two ministry reports (domain-research §3.1 A and B). */
export const REPORT_TYPE_LABELS = {
  BUENDNIS_MONITOR: 'Bündnis-Monitor',
  MENTORING_BERICHT: 'Mentoring-Bericht',
} as const;
export type ReportType = keyof typeof REPORT_TYPE_LABELS;
export const REPORT_TYPES = enumValues(REPORT_TYPE_LABELS);

/** A run is a draft until the Servicebüro-Leitung releases it to the ministry. */
export const REPORT_RUN_STATUS_LABELS = {
  ENTWURF: 'Entwurf',
  FREIGEGEBEN: 'Freigegeben',
} as const;
export type ReportRunStatus = keyof typeof REPORT_RUN_STATUS_LABELS;
export const REPORT_RUN_STATUSES = enumValues(REPORT_RUN_STATUS_LABELS);

/** State of the background job that computes a run's figures. */
export const REPORT_JOB_STATE_LABELS = {
  WARTEND: 'Wartend',
  LAEUFT: 'Läuft',
  FERTIG: 'Fertig',
  FEHLER: 'Fehler',
} as const;
export type ReportJobState = keyof typeof REPORT_JOB_STATE_LABELS;
export const REPORT_JOB_STATES = enumValues(REPORT_JOB_STATE_LABELS);

export const REPORT_FILE_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];
