import { conflict, DomainError, invalidField, notFound } from '@bn/api/core';

export const eventNotFound = (): DomainError => notFound('EVENT_NOT_FOUND', 'Die Veranstaltung wurde nicht gefunden.');

export const allianceRequired = (): DomainError =>
  invalidField('EVENT_ALLIANCE_REQUIRED', 'allianceId', 'Bei einer Veranstaltung eines Bündnisses muss das Bündnis angegeben werden.');

export const allianceNotFound = (): DomainError => invalidField('ALLIANCE_NOT_FOUND', 'allianceId', 'Dieses Bündnis gibt es nicht.');

/** For coordinators: unknown and foreign alliances get the same answer (nothing is revealed). */
export const allianceNotAccessible = (): DomainError =>
  invalidField('ALLIANCE_NOT_FOUND', 'allianceId', 'Dieses Bündnis gibt es nicht oder Sie haben keinen Zugriff darauf.');

/** Coordinators record events of their own alliances only; events without an alliance are federal. */
export const ownAllianceRequired = (): DomainError =>
  invalidField('EVENT_OWN_ALLIANCE_REQUIRED', 'allianceId', 'Bitte geben Sie eines Ihrer Bündnisse an.');

export const allianceArchived = (): DomainError =>
  invalidField('ALLIANCE_ARCHIVED', 'allianceId', 'Dieses Bündnis ist archiviert und kann keiner Veranstaltung mehr zugeordnet werden.');

export const gemeindeNotFound = (): DomainError =>
  invalidField('GEMEINDE_NOT_FOUND', 'gemeindeAgs', 'Zu diesem Gemeindeschlüssel gibt es keine Gemeinde.');

export const endBeforeStart = (): DomainError => invalidField('EVENT_TIME_ORDER', 'endTime', 'Das Ende darf nicht vor dem Beginn liegen.');

export const placeRequired = (): DomainError =>
  invalidField(
    'EVENT_PLACE_REQUIRED',
    'venue',
    'Bei Präsenz- und Hybridveranstaltungen bitte einen Veranstaltungsort oder eine Gemeinde angeben.',
  );

export const participantTargetRequired = (): DomainError =>
  invalidField('EVENT_PARTICIPANT_TARGET_REQUIRED', 'organisationId', 'Bitte eine Organisation oder eine Person angeben.');

export const speakerTargetRequired = (): DomainError =>
  invalidField('EVENT_SPEAKER_TARGET_REQUIRED', 'personId', 'Bitte eine Person oder eine Organisation angeben.');

export const organisationNotFound = (): DomainError =>
  invalidField('ORGANISATION_NOT_FOUND', 'organisationId', 'Diese Organisation gibt es nicht (oder sie ist archiviert).');

export const personNotFound = (): DomainError =>
  invalidField('PERSON_NOT_FOUND', 'personId', 'Diese Person gibt es nicht (oder sie ist archiviert).');

/** For coordinators: persons and organisations outside their scope get the same answer as unknown ones. */
export const organisationNotAccessible = (): DomainError =>
  invalidField('ORGANISATION_NOT_FOUND', 'organisationId', 'Diese Organisation gibt es nicht oder Sie haben keinen Zugriff darauf.');

export const personNotAccessible = (): DomainError =>
  invalidField('PERSON_NOT_FOUND', 'personId', 'Diese Person gibt es nicht oder Sie haben keinen Zugriff darauf.');

export const participantExists = (): DomainError =>
  conflict('EVENT_PARTICIPANT_EXISTS', 'Diese Person bzw. Organisation ist bei der Veranstaltung bereits als Teilnehmende eingetragen.');

export const participantNotFound = (): DomainError =>
  notFound('EVENT_PARTICIPANT_NOT_FOUND', 'Diese Teilnahme gibt es bei dieser Veranstaltung nicht.');

export const speakerNotFound = (): DomainError =>
  notFound('EVENT_SPEAKER_NOT_FOUND', 'Diese Referentin bzw. diesen Referenten gibt es bei dieser Veranstaltung nicht.');
