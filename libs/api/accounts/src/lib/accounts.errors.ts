import { HttpStatus } from '@nestjs/common';
import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

/** Failures of the accounts domain: stable codes, German messages. */

export const invalidCredentials = (): DomainError =>
  new DomainError('INVALID_CREDENTIALS', HttpStatus.UNAUTHORIZED, 'E-Mail-Adresse oder Passwort ist falsch.');

export const invalidTotp = (): DomainError =>
  new DomainError('INVALID_TOTP', HttpStatus.UNAUTHORIZED, 'Der Code ist falsch oder abgelaufen.');

export const invalidTotpField = (): DomainError => invalidField('INVALID_TOTP', 'code', 'Der Code ist falsch oder abgelaufen.');

export const secondFactorMissing = (): DomainError =>
  invalidField('SECOND_FACTOR_MISSING', 'code', 'Bitte geben Sie den Code aus der App oder einen Wiederherstellungscode ein.');

export const secondFactorNotPending = (): DomainError =>
  conflict('SECOND_FACTOR_NOT_PENDING', 'Die Anmeldung ist bereits vollständig bestätigt.');

export const secondFactorRequired = (): DomainError =>
  new DomainError('SECOND_FACTOR_REQUIRED', HttpStatus.UNAUTHORIZED, 'Bitte bestätigen Sie die Anmeldung mit Ihrem Einmalcode.');

export const totpNotEnabled = (): DomainError =>
  conflict('TOTP_NOT_ENABLED', 'Die Zwei-Faktor-Anmeldung ist für dieses Konto nicht eingerichtet.');

export const totpAlreadyEnabled = (): DomainError =>
  conflict('TOTP_ALREADY_ENABLED', 'Die Zwei-Faktor-Anmeldung ist bereits eingerichtet.');

export const totpSetupMissing = (): DomainError =>
  conflict('TOTP_SETUP_MISSING', 'Bitte starten Sie zuerst die Einrichtung der Zwei-Faktor-Anmeldung.');

export const totpRequiredForRole = (): DomainError =>
  conflict('TOTP_REQUIRED', 'Für Ihre Rolle ist die Zwei-Faktor-Anmeldung vorgeschrieben und kann nicht abgeschaltet werden.');

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      'TOO_MANY_ATTEMPTS',
      HttpStatus.TOO_MANY_REQUESTS,
      `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${retryAfterSeconds} Sekunden und versuchen Sie es dann erneut.`,
    );
  }
}

export const wrongCurrentPassword = (): DomainError =>
  invalidField('INVALID_CURRENT_PASSWORD', 'currentPassword', 'Das aktuelle Passwort ist falsch.');

export const invalidToken = (): DomainError =>
  new DomainError(
    'INVALID_TOKEN',
    HttpStatus.BAD_REQUEST,
    'Der Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.',
  );

export const sessionNotFound = (): DomainError => notFound('SESSION_NOT_FOUND', 'Die Sitzung wurde nicht gefunden.');

export const userNotFound = (): DomainError => notFound('USER_NOT_FOUND', 'Das Benutzerkonto wurde nicht gefunden.');

export const emailTaken = (): DomainError =>
  conflict('EMAIL_TAKEN', 'Für diese E-Mail-Adresse gibt es bereits ein Benutzerkonto.', {
    email: 'Für diese E-Mail-Adresse gibt es bereits ein Benutzerkonto.',
  });

export const roleNotInvitable = (): DomainError =>
  new DomainError(
    'ROLE_NOT_INVITABLE',
    HttpStatus.FORBIDDEN,
    'Die Fachberatung kann nur Bündniskoordinationen und Mentor:innen einladen.',
  );

export const alliancesRequired = (): DomainError =>
  invalidField('ALLIANCES_REQUIRED', 'allianceIds', 'Eine Bündniskoordination braucht mindestens ein Bündnis.');

export const alliancesOnlyForCoordinators = (): DomainError =>
  invalidField('ALLIANCES_ONLY_FOR_COORDINATION', 'allianceIds', 'Nur Bündniskoordinationen werden Bündnissen zugeordnet.');

export const allianceNotFound = (): DomainError =>
  invalidField('ALLIANCE_NOT_FOUND', 'allianceIds', 'Mindestens eines der Bündnisse gibt es nicht.');

export const mentorProfileRequired = (): DomainError =>
  invalidField('MENTOR_PROFILE_REQUIRED', 'mentorProfileId', 'Eine Mentor:in braucht ein Mentorprofil.');

export const mentorProfileOnlyForMentors = (): DomainError =>
  invalidField('MENTOR_PROFILE_ONLY_FOR_MENTORS', 'mentorProfileId', 'Nur Mentor:innen werden mit einem Mentorprofil verknüpft.');

export const mentorProfileNotFound = (): DomainError =>
  invalidField('MENTOR_PROFILE_NOT_FOUND', 'mentorProfileId', 'Dieses Mentorprofil gibt es nicht.');

export const mentorProfileLinked = (): DomainError =>
  conflict('MENTOR_PROFILE_LINKED', 'Dieses Mentorprofil ist bereits mit einem anderen Benutzerkonto verknüpft.', {
    mentorProfileId: 'Dieses Mentorprofil ist bereits mit einem anderen Benutzerkonto verknüpft.',
  });

export const cannotDisableSelf = (): DomainError =>
  conflict('CANNOT_DISABLE_SELF', 'Sie können Ihr eigenes Benutzerkonto nicht deaktivieren.');

export const cannotChangeOwnRole = (): DomainError =>
  conflict('CANNOT_CHANGE_OWN_ROLE', 'Sie können Ihre eigene Rolle nicht ändern.');
