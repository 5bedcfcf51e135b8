import { Event } from '@bn/api/data-access-db';
import { Attendance, EventDto, EventListItemDto, EventParticipantDto, EventSpeakerDto } from '@bn/shared/contracts';

/** PostgreSQL returns `time` as HH:MM:SS; the API speaks HH:MM. */
export function toHhMm(value: string | null): string | null {
  return value ? value.slice(0, 5) : null;
}

export function toEventDto(entity: Event): EventDto {
  return {
    id: entity.id,
    eventType: entity.eventType,
    organiser: entity.organiser,
    allianceId: entity.allianceId,
    title: entity.title,
    startsOn: entity.startsOn,
    startTime: toHhMm(entity.startTime),
    endTime: toHhMm(entity.endTime),
    format: entity.format,
    venue: entity.venue,
    gemeindeAgs: entity.gemeindeAgs,
    participantsCount: entity.participantsCount,
    description: entity.description,
    followUpReport: entity.followUpReport,
    isPublic: entity.isPublic,
    version: entity.version,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

export interface EventCounts {
  participants: number;
  speakers: number;
}

/** A list row: the event (selected columns, alliance and Gemeinde joined) and its counts. */
export function toEventListItemDto(entity: Event, counts: EventCounts | undefined): EventListItemDto {
  return {
    id: entity.id,
    eventType: entity.eventType,
    organiser: entity.organiser,
    allianceId: entity.allianceId,
    allianceName: entity.alliance?.name ?? null,
    title: entity.title,
    startsOn: entity.startsOn,
    startTime: toHhMm(entity.startTime),
    endTime: toHhMm(entity.endTime),
    format: entity.format,
    venue: entity.venue,
    gemeindeAgs: entity.gemeindeAgs,
    gemeindeName: entity.gemeinde?.name ?? null,
    participantsCount: entity.participantsCount,
    isPublic: entity.isPublic,
    participantEntryCount: counts?.participants ?? 0,
    speakerCount: counts?.speakers ?? 0,
    version: entity.version,
    archivedAt: entity.archivedAt ? entity.archivedAt.toISOString() : null,
  };
}

/** Row shape of PARTICIPANT_SELECT. */
export interface ParticipantRow {
  id: string;
  event_id: string;
  organisation_id: string | null;
  organisation_name: string | null;
  person_id: string | null;
  person_name: string | null;
  attendance: Attendance;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toParticipantDto(row: ParticipantRow): EventParticipantDto {
  return {
    id: row.id,
    eventId: row.event_id,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    personId: row.person_id,
    personName: row.person_name,
    attendance: row.attendance,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Row shape of SPEAKER_SELECT. */
export interface SpeakerRow {
  id: string;
  event_id: string;
  person_id: string | null;
  person_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  topic: string | null;
  version: number;
  created_at: Date;
}

export function toSpeakerDto(row: SpeakerRow): EventSpeakerDto {
  return {
    id: row.id,
    eventId: row.event_id,
    personId: row.person_id,
    personName: row.person_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    topic: row.topic,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  };
}
