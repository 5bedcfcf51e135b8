import { ValidateIf } from 'class-validator';
import { EnumField, UuidField } from '../common/validation';
import { CALENDAR_FEED_KINDS, CalendarFeedKind } from './notification.enums';

/**
 * `POST /api/calendar/feeds`: creates the feed or renews its secret address (the old address stops
 * working). MENTOR: the signed-in mentor's own sessions; ALLIANCE: one alliance (`allianceId` required).
 */
export class CreateCalendarFeedDto {
  @EnumField(CALENDAR_FEED_KINDS)
  kind!: CalendarFeedKind;

  @ValidateIf((dto: CreateCalendarFeedDto) => dto.kind === 'ALLIANCE' || dto.allianceId !== undefined)
  @UuidField()
  allianceId?: string;
}

/** A feed of the signed-in user, without its secret address. */
export class CalendarFeedDto {
  id!: string;
  kind!: CalendarFeedKind;
  allianceId!: string | null;
  allianceName!: string | null;
  createdAt!: string;
  lastUsedAt!: string | null;
}

/** The answer of creating/renewing a feed: the only time the secret address is shown. */
export class CreatedCalendarFeedDto extends CalendarFeedDto {
  url!: string;
}
