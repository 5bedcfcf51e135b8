import { Attendance, DeploymentMode, DeploymentStatus, DeploymentType, EventFormat, EventOrganiser, EventType } from '../enums';

/** The fields of an event as stored. Times are HH:MM. */
export class EventDto {
  id!: string;
  eventType!: EventType;
  organiser!: EventOrganiser;
  allianceId!: string | null;
  title!: string;
  startsOn!: string;
  startTime!: string | null;
  endTime!: string | null;
  format!: EventFormat;
  venue!: string | null;
  gemeindeAgs!: string | null;
  participantsCount!: number | null;
  description!: string | null;
  followUpReport!: string | null;
  isPublic!: boolean;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

/** One row of the events list (without the long texts). */
export class EventListItemDto {
  id!: string;
  eventType!: EventType;
  organiser!: EventOrganiser;
  allianceId!: string | null;
  allianceName!: string | null;
  title!: string;
  startsOn!: string;
  startTime!: string | null;
  endTime!: string | null;
  format!: EventFormat;
  venue!: string | null;
  gemeindeAgs!: string | null;
  gemeindeName!: string | null;
  participantsCount!: number | null;
  isPublic!: boolean;
  /** Number of recorded participants (organisations and persons). */
  participantEntryCount!: number;
  speakerCount!: number;
  version!: number;
  archivedAt!: string | null;
}

export class EventAllianceRefDto {
  id!: string;
  name!: string;
}

export class EventParticipantDto {
  id!: string;
  eventId!: string;
  organisationId!: string | null;
  organisationName!: string | null;
  personId!: string | null;
  personName!: string | null;
  attendance!: Attendance;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class EventSpeakerDto {
  id!: string;
  eventId!: string;
  personId!: string | null;
  personName!: string | null;
  organisationId!: string | null;
  organisationName!: string | null;
  topic!: string | null;
  version!: number;
  createdAt!: string;
}

/** A deployment (Einsatz) linked to the event, with its mentors' names. */
export class EventDeploymentDto {
  id!: string;
  deploymentType!: DeploymentType;
  mode!: DeploymentMode;
  status!: DeploymentStatus;
  mentorNames!: string[];
}

export class EventDetailDto extends EventDto {
  alliance!: EventAllianceRefDto | null;
  gemeindeName!: string | null;
  /** Land of the event's Gemeinde, or else of the alliance. */
  landCode!: string | null;
  /**
   * Participants the caller may see: staff all; coordinators all of their own alliances' events and,
   * of federal events, only persons/organisations in their scope; mentors none.
   */
  participants!: EventParticipantDto[];
  speakers!: EventSpeakerDto[];
  /** Linked deployments the caller may see (coordinators: own alliances; mentors: their own). */
  deployments!: EventDeploymentDto[];
  /** Joint declarations adopted at this event. */
  declarationCount!: number;
  /** Signatures of joint declarations made at this event. */
  signatureCount!: number;
}
