import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const reportRunNotFound = (): DomainError => notFound('REPORT_RUN_NOT_FOUND', 'Diesen Berichtslauf gibt es nicht.');

export const reportPeriodInvalid = (): DomainError =>
  invalidField('REPORT_PERIOD_INVALID', 'periodTo', 'Das Ende des Zeitraums darf nicht vor dessen Beginn liegen.');

export const reportFormatInvalid = (): DomainError =>
  invalidField('REPORT_FORMAT_INVALID', 'format', 'Muss eines dieser Formate sein: xlsx, csv, pdf.');

export const reportRunNotFinished = (): DomainError =>
  conflict('REPORT_RUN_NOT_FINISHED', 'Der Bericht ist noch nicht fertig berechnet (oder seine Berechnung ist fehlgeschlagen).');

export const reportRunAlreadyReleased = (): DomainError =>
  conflict('REPORT_RUN_ALREADY_RELEASED', 'Dieser Bericht ist bereits freigegeben.');

/** Shown in the run when the job fails; the technical cause goes to the log only. */
export const REPORT_JOB_FAILED_MESSAGE = 'Die Berechnung des Berichts ist fehlgeschlagen. Bitte starten Sie einen neuen Lauf.';
