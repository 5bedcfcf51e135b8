import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { Role } from '../enums';
import { EmailField, PatternField, TextField } from '../common/validation';
import { PASSWORD_MAX_LENGTH } from './password-limits';


/** A password in a request body: any non-empty text up to 256 characters (the policy checks the rest). */
export function PasswordField(): PropertyDecorator {
  return (target: object, propertyKey: string | symbol) => {
    IsString({ message: 'Muss ein Text sein.' })(target, propertyKey as string);
    IsNotEmpty({ message: 'Dieses Feld ist erforderlich.' })(target, propertyKey as string);
    MaxLength(PASSWORD_MAX_LENGTH, { message: `Darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.` })(target, propertyKey as string);
  };
}

/** Six digits from an authenticator app (TOTP, RFC 6238). */
export const TOTP_CODE_PATTERN = /^\d{6}$/;
export const TOTP_CODE_MESSAGE = 'Muss ein sechsstelliger Code sein.';

export class LoginDto {
  @EmailField()
  email!: string;

  @PasswordField()
  password!: string;
}

/** The second login step: a code from the authenticator app, or one of the recovery codes. */
export class SecondFactorDto {
  @PatternField(TOTP_CODE_PATTERN, TOTP_CODE_MESSAGE, { optional: true })
  code?: string;

  @TextField(40, { optional: true })
  recoveryCode?: string;
}

/** A one-time link's token plus the new password (invitation or password reset). */
export class SetPasswordWithTokenDto {
  @TextField(200)
  token!: string;

  @PasswordField()
  password!: string;
}

export class PasswordResetRequestDto {
  @EmailField()
  email!: string;
}

/** The signed-in user as the client needs it. */
export class AuthUserDto {
  id!: string;
  email!: string;
  displayName!: string;
  role!: Role;
  allianceIds!: string[];
  mentorProfileId!: string | null;
  totpEnabled!: boolean;
}

export class LoginResponseDto {
  user!: AuthUserDto;
  /** The user has TOTP: the session is usable only after POST /auth/totp. */
  secondFactorRequired!: boolean;
  /** The role requires TOTP, which is not set up yet: the session reaches only the enrolment routes. */
  totpEnrolmentRequired!: boolean;
  idleExpiresAt!: string;
  expiresAt!: string;
}

export class SessionStateDto {
  user!: AuthUserDto;
  secondFactorPending!: boolean;
  totpEnrolmentRequired!: boolean;
  /** The session ends when unused until then (30 minutes idle); POST /auth/extend moves it. */
  idleExpiresAt!: string;
  /** Absolute end of the session (10 hours after login). */
  expiresAt!: string;
}

export class ExtendSessionResponseDto {
  idleExpiresAt!: string;
  expiresAt!: string;
}
