import { PERSON_FUNCTION_TYPES, PersonFunctionType } from '../enums';
import { DateField, EnumField, UuidField, VersionField } from '../common/validation';

/**
 * A function of a person in an organisation and/or an alliance (at least one of the two), valid for
 * an optional period. Also the element type of `functions` when a person is created.
 */
export class CreatePersonFunctionDto {
  @EnumField(PERSON_FUNCTION_TYPES)
  functionType!: PersonFunctionType;

  @UuidField({ optional: true })
  organisationId?: string | null;

  @UuidField({ optional: true })
  allianceId?: string | null;

  @DateField({ optional: true })
  validFrom?: string | null;

  /** Must not lie before `validFrom`. */
  @DateField({ optional: true })
  validUntil?: string | null;
}

/** Replace a function's fields; `version` is the version the client read. */
export class UpdatePersonFunctionDto extends CreatePersonFunctionDto {
  @VersionField()
  version!: number;
}

/** End a function (functions are ended, never deleted, so the history stays). */
export class EndPersonFunctionDto {
  @DateField()
  validUntil!: string;

  @VersionField()
  version!: number;
}

/** Short form of a current function, as shown in the person list. */
export class PersonFunctionSummaryDto {
  id!: string;
  functionType!: PersonFunctionType;
  /** German label of the function type, e.g. "Bündniskoordinator:in". */
  functionLabel!: string;
  organisationId!: string | null;
  organisationName!: string | null;
  allianceId!: string | null;
  allianceName!: string | null;
}

export class PersonFunctionDto extends PersonFunctionSummaryDto {
  personId!: string;
  validFrom!: string | null;
  validUntil!: string | null;
  /** Valid today (Europe/Berlin): started (or no start) and not yet ended (or no end). */
  isCurrent!: boolean;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}
