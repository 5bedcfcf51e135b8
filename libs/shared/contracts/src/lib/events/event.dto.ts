import { EVENT_FORMATS, EVENT_ORGANISERS, EVENT_TYPES, EventFormat, EventOrganiser, EventType } from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  BooleanField,
  DateField,
  EnumField,
  GemeindeAgsField,
  IntField,
  LandCodeField,
  QueryBooleanField,
  TextField,
  TimeField,
  UuidField,
  VersionField,
} from '../common/validation';

/** Create a Veranstaltung. An event organised by a Bündnis needs `allianceId`. */
export class CreateEventDto {
  @EnumField(EVENT_TYPES)
  eventType!: EventType;

  @EnumField(EVENT_ORGANISERS)
  organiser!: EventOrganiser;

  /** Required when the organiser is BUENDNIS; optional otherwise (the alliance the event concerns). */
  @UuidField({ optional: true })
  allianceId?: string | null;

  @TextField(200)
  title!: string;

  /** Date of the event (YYYY-MM-DD). */
  @DateField()
  startsOn!: string;

  /** HH:MM */
  @TimeField({ optional: true })
  startTime?: string | null;

  /** HH:MM, not before `startTime`. */
  @TimeField({ optional: true })
  endTime?: string | null;

  /** PRAESENZ and HYBRID need a place (venue or Gemeinde); ONLINE needs none. */
  @EnumField(EVENT_FORMATS)
  format!: EventFormat;

  @TextField(200, { optional: true })
  venue?: string | null;

  /** 8-digit AGS of the Gemeinde where the event takes place. */
  @GemeindeAgsField()
  gemeindeAgs?: string | null;

  /** Reported number of participants (headcount). */
  @IntField(0, 1000000, { optional: true })
  participantsCount?: number | null;

  /** Free text; no sensitive personal data. */
  @TextField(10000, { optional: true })
  description?: string | null;

  /** Nachlese: the follow-up report after the event. */
  @TextField(20000, { optional: true })
  followUpReport?: string | null;

  @BooleanField({ optional: true })
  isPublic?: boolean;
}

/** Replace an event's fields; `version` is the version the client read. */
export class UpdateEventDto extends CreateEventDto {
  @VersionField()
  version!: number;
}

export const EVENT_SORT_FIELDS = ['startsOn', 'title', 'eventType'] as const;
export type EventSortField = (typeof EVENT_SORT_FIELDS)[number];

/** Events list; sorted by `startsOn` descending unless asked otherwise. */
export class EventListQueryDto extends ListQueryDto {
  @EnumField(EVENT_SORT_FIELDS, { optional: true })
  sort?: EventSortField;

  @UuidField({ optional: true })
  allianceId?: string;

  @EnumField(EVENT_TYPES, { optional: true })
  eventType?: EventType;

  @EnumField(EVENT_ORGANISERS, { optional: true })
  organiser?: EventOrganiser;

  @EnumField(EVENT_FORMATS, { optional: true })
  format?: EventFormat;

  /** Events on or after this date. */
  @DateField({ optional: true })
  dateFrom?: string;

  /** Events on or before this date. */
  @DateField({ optional: true })
  dateTo?: string;

  /** Events in this Land: by the event's Gemeinde, or else by the alliance's Land. */
  @LandCodeField()
  landCode?: string;

  @QueryBooleanField()
  includeArchived?: boolean;
}
