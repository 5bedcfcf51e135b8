import { ATTENDANCES, Attendance } from '../enums';
import { TextField, EnumField, UuidField, VersionField } from '../common/validation';

/** Register a participant: an organisation, a person, or a person for an organisation. */
export class CreateEventParticipantDto {
  @UuidField({ optional: true })
  organisationId?: string | null;

  @UuidField({ optional: true })
  personId?: string | null;

  @EnumField(ATTENDANCES)
  attendance!: Attendance;
}

/** Change a participant's attendance; `version` is the version the client read. */
export class UpdateEventParticipantDto {
  @EnumField(ATTENDANCES)
  attendance!: Attendance;

  @VersionField()
  version!: number;
}

/** Add a speaker: a person, an organisation, or a person for an organisation. */
export class CreateEventSpeakerDto {
  @UuidField({ optional: true })
  personId?: string | null;

  @UuidField({ optional: true })
  organisationId?: string | null;

  @TextField(300)
  topic!: string;
}
