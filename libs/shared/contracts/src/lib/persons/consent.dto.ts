import { CONSENT_PURPOSES, ConsentPurpose } from '../enums';
import { DateField, EnumField, TextField } from '../common/validation';

/** Record a consent a person gave: purpose, date and the version of the consent text. */
export class CreateConsentDto {
  @EnumField(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;

  /** Not in the future. */
  @DateField()
  grantedOn!: string;

  /** Version of the consent text the person agreed to, e.g. "Newsletter 2024-03". */
  @TextField(40)
  textVersion!: string;
}

/** Record the withdrawal of a consent (not before it was granted, not in the future). */
export class WithdrawConsentDto {
  @DateField()
  withdrawnOn!: string;
}

export class ConsentDto {
  id!: string;
  personId!: string;
  purpose!: ConsentPurpose;
  /** German label of the purpose. */
  purposeLabel!: string;
  grantedOn!: string;
  textVersion!: string;
  withdrawnOn!: string | null;
  /** Not withdrawn. */
  isActive!: boolean;
  createdAt!: string;
}
