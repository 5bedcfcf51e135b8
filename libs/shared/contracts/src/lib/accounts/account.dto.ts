import { PatternField } from '../common/validation';
import { PasswordField, TOTP_CODE_MESSAGE, TOTP_CODE_PATTERN } from './auth.dto';

export class ChangePasswordDto {
  @PasswordField()
  currentPassword!: string;

  @PasswordField()
  newPassword!: string;
}

/** A current code from the authenticator app. */
export class TotpCodeDto {
  @PatternField(TOTP_CODE_PATTERN, TOTP_CODE_MESSAGE)
  code!: string;
}

export class TotpSetupResponseDto {
  /** Base32 secret for manual entry in the app (shown during set-up only). */
  secret!: string;
  /** otpauth:// URL for a QR code. */
  otpauthUrl!: string;
}

export class RecoveryCodesResponseDto {
  /** Ten one-time codes; shown once, stored only as hashes. */
  recoveryCodes!: string[];
}

/** One of the user's own live sessions. */
export class OwnSessionDto {
  id!: string;
  createdAt!: string;
  lastSeenAt!: string;
  ip!: string | null;
  userAgent!: string | null;
  /** The session of this request. */
  current!: boolean;
}
