import { DateField, TextField } from '../common/validation';

/** An absence of a mentor (both days included); the note must not contain sensitive data. */
export class CreateMentorAbsenceDto {
  @DateField()
  fromDate!: string;

  /** Not before `fromDate`. */
  @DateField()
  untilDate!: string;

  @TextField(200, { optional: true })
  note?: string | null;
}

export class MentorAbsenceDto {
  id!: string;
  mentorId!: string;
  fromDate!: string;
  untilDate!: string;
  note!: string | null;
  /** The absence covers today. */
  isCurrent!: boolean;
  version!: number;
  createdAt!: string;
}
