import { DECLARATION_KINDS, DeclarationKind, SIGNATURE_OCCASIONS, SignatureOccasion } from '../enums';
import { DateField, EnumField, QueryBooleanField, TextField, UuidField, VersionField } from '../common/validation';

/** Gemeinsame Erklärung of an alliance. */
export class CreateAllianceDeclarationDto {
  @EnumField(DECLARATION_KINDS)
  kind!: DeclarationKind;

  @TextField(200)
  title!: string;

  /** Version of the text, e.g. "2. Fassung 2019". */
  @TextField(40, { optional: true })
  textVersion?: string | null;

  @DateField({ optional: true })
  adoptedOn?: string | null;

  /** The event at which it was adopted or signed. */
  @UuidField({ optional: true })
  eventId?: string | null;
}

export class UpdateAllianceDeclarationDto extends CreateAllianceDeclarationDto {
  @VersionField()
  version!: number;
}

/** Unterzeichnung: one organisation signs (at the founding or by joining later). */
export class CreateAllianceSignatureDto {
  @UuidField()
  organisationId!: string;

  /** The signing person (optional, personal data). */
  @UuidField({ optional: true })
  signatoryId?: string | null;

  @DateField()
  signedOn!: string;

  @EnumField(SIGNATURE_OCCASIONS)
  occasion!: SignatureOccasion;

  @UuidField({ optional: true })
  eventId?: string | null;
}

export class AllianceDeclarationListQueryDto {
  @QueryBooleanField()
  includeArchived?: boolean;
}

export class AllianceSignatureDto {
  id!: string;
  declarationId!: string;
  organisationId!: string;
  organisationName!: string;
  signatoryId!: string | null;
  signatoryName!: string | null;
  signedOn!: string;
  occasion!: SignatureOccasion;
  eventId!: string | null;
  version!: number;
  createdAt!: string;
}

export class AllianceDeclarationDto {
  id!: string;
  allianceId!: string;
  kind!: DeclarationKind;
  title!: string;
  textVersion!: string | null;
  adoptedOn!: string | null;
  eventId!: string | null;
  eventTitle!: string | null;
  /** Ordered by signing date, then organisation name. */
  signatures!: AllianceSignatureDto[];
  version!: number;
  createdAt!: string;
  updatedAt!: string;
  archivedAt!: string | null;
}
