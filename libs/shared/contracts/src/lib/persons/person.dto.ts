import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import {
  CONTACT_CHANNELS,
  ContactChannel,
  DATA_SOURCES,
  DataSource,
  PERSON_FUNCTION_TYPES,
  PersonFunctionType,
  SALUTATIONS,
  Salutation,
} from '../enums';
import { ListQueryDto } from '../common/pagination';
import {
  DateField,
  EmailField,
  EnumField,
  QueryBooleanField,
  TextField,
  UuidField,
  VersionField,
} from '../common/validation';
import { ConsentDto } from './consent.dto';
import { CreatePersonFunctionDto, PersonFunctionDto, PersonFunctionSummaryDto } from './person-function.dto';

export const MAX_INITIAL_PERSON_FUNCTIONS = 10;

/** The editable fields of a contact person (business contact data only). */
export class PersonFieldsDto {
  /** Defaults to KEINE. */
  @EnumField(SALUTATIONS, { optional: true })
  salutation?: Salutation;

  @TextField(40, { optional: true })
  title?: string | null;

  @TextField(100)
  firstName!: string;

  @TextField(100)
  lastName!: string;

  /** Business e-mail address. */
  @EmailField({ optional: true })
  email?: string | null;

  /** Business phone number. */
  @TextField(50, { optional: true })
  phone?: string | null;

  @EnumField(CONTACT_CHANNELS, { optional: true })
  preferredChannel?: ContactChannel | null;

  /**
   * Where the data came from; anything but SELBST makes the Art. 14 DSGVO notice due. Coordinators
   * enter persons with KOORDINATION and cannot change it.
   */
  @EnumField(DATA_SOURCES)
  dataSource!: DataSource;

  @DateField({ optional: true })
  retentionReviewOn?: string | null;
}

/** Create a person, optionally with initial functions (written in the same transaction). */
export class CreatePersonDto extends PersonFieldsDto {
  /** Date the Art. 14 notice was already sent, if so; later through POST /persons/:id/privacy-notice. */
  @DateField({ optional: true })
  privacyNoticeSentOn?: string | null;

  /** Coordinators: at least one, each in an own alliance or at a partner organisation of an own alliance. */
  @IsOptional()
  @IsArray({ message: 'Muss eine Liste sein.' })
  @ArrayMaxSize(MAX_INITIAL_PERSON_FUNCTIONS, { message: `Höchstens ${MAX_INITIAL_PERSON_FUNCTIONS} Einträge.` })
  @ValidateNested({ each: true })
  @Type(() => CreatePersonFunctionDto)
  functions?: CreatePersonFunctionDto[];
}

/**
 * Replace a person's fields; `version` is the version the client read. Functions, consents and the
 * privacy notice date have endpoints of their own.
 */
export class UpdatePersonDto extends PersonFieldsDto {
  @VersionField()
  version!: number;
}

/** Record the date the Art. 14 DSGVO notice was sent (not in the future). */
export class RecordPrivacyNoticeDto {
  @DateField()
  sentOn!: string;

  @VersionField()
  version!: number;
}

export const PERSON_SORT_FIELDS = ['lastName', 'firstName', 'email', 'updatedAt'] as const;
export type PersonSortField = (typeof PERSON_SORT_FIELDS)[number];

/**
 * organisationId, allianceId and functionType select persons with a current function matching all
 * of the given values (one and the same function).
 */
export class PersonListQueryDto extends ListQueryDto {
  @EnumField(PERSON_SORT_FIELDS, { optional: true })
  sort?: PersonSortField;

  @UuidField({ optional: true })
  organisationId?: string;

  @UuidField({ optional: true })
  allianceId?: string;

  @EnumField(PERSON_FUNCTION_TYPES, { optional: true })
  functionType?: PersonFunctionType;

  /** true: the Art. 14 notice is due (not sent, data not self-registered); false: it is not. */
  @QueryBooleanField()
  privacyNoticeDue?: boolean;

  @QueryBooleanField()
  includeArchived?: boolean;
}

export class PersonDto {
  id!: string;
  salutation!: Salutation;
  title!: string | null;
  firstName!: string;
  lastName!: string;
  email!: string | null;
  phone!: string | null;
  preferredChannel!: ContactChannel | null;
  dataSource!: DataSource;
  privacyNoticeSentOn!: string | null;
  retentionReviewOn!: string | null;
  /** The Art. 14 notice has not been sent although the data did not come from the person. */
  privacyNoticeDue!: boolean;
  /** When due: the deadline, one month after the person was entered (YYYY-MM-DD). */
  privacyNoticeDueBy!: string | null;
  /** Due and the deadline has passed. */
  privacyNoticeOverdue!: boolean;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}

export class PersonListItemDto extends PersonDto {
  /** Current functions (valid today). */
  functions!: PersonFunctionSummaryDto[];
}

export class PersonDetailDto extends PersonDto {
  /** All functions, current ones first. */
  functions!: PersonFunctionDto[];
  /** All consents, newest first. */
  consents!: ConsentDto[];
}
