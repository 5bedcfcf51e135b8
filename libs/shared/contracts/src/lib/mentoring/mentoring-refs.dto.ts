import { AllianceStatus } from '../enums';

/**
 * Small read-only summaries of records of other domains, as the mentoring screens show them.
 * Names are prefixed with "Mentoring" so they never clash with other domains' contracts.
 */

/** A Fachgebiet (FG01 … FG12) with its name. */
export class MentoringSpecialtyDto {
  code!: string;
  name!: string;
}

/** A Handlungsfeld with its code and name. */
export class MentoringTopicDto {
  id!: string;
  code!: string;
  name!: string;
}

/** The alliance of a request or deployment. */
export class MentoringAllianceRefDto {
  id!: string;
  name!: string;
  status!: AllianceStatus;
  landCode!: string;
}

/** A person (requester) by name only. */
export class MentoringPersonRefDto {
  id!: string;
  name!: string;
}

/** A linked event. */
export class MentoringEventRefDto {
  id!: string;
  title!: string;
  startsOn!: string;
}
