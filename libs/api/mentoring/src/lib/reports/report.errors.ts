import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const reportNotFound = (): DomainError => notFound('REPORT_NOT_FOUND', 'Zu diesem Einsatz gibt es noch keinen Bericht.');

export const reportLocked = (): DomainError =>
  conflict('REPORT_LOCKED', 'Der Bericht ist eingereicht oder freigegeben und kann nicht mehr bearbeitet werden.');

export const reportVersionRequired = (): DomainError =>
  invalidField('REPORT_VERSION_REQUIRED', 'version', 'Zum Ändern eines vorhandenen Berichts ist die gelesene Version erforderlich.');

export const reportNotSubmittable = (): DomainError =>
  conflict('REPORT_NOT_SUBMITTABLE', 'Nur ein Entwurf oder ein zurückgegebener Bericht kann eingereicht werden.');

export const reportNotSubmitted = (): DomainError =>
  conflict('REPORT_NOT_SUBMITTED', 'Nur ein eingereichter Bericht kann geprüft werden.');

export const reportDeploymentNotCarriedOut = (): DomainError =>
  conflict(
    'REPORT_DEPLOYMENT_NOT_CARRIED_OUT',
    'Den Bericht können Sie einreichen, sobald der Einsatz durchgeführt ist (Status „Durchgeführt“) oder nachdem er zurückgegeben wurde.',
  );
