import { MinLength } from 'class-validator';
import { ROLES, Role } from '../enums';
import { ListQueryDto } from '../common/pagination';
import { EmailField, EnumField, QueryBooleanField, TextField, UuidArrayField, UuidField, VersionField } from '../common/validation';

/** Invite a user: the account is created without password; the invitee sets it through a one-time link. */
export class InviteUserDto {
  @EmailField()
  email!: string;

  @TextField(200)
  displayName!: string;

  @EnumField(ROLES)
  role!: Role;

  /** Required (non-empty) for Bündniskoordination; empty for every other role. */
  @UuidArrayField(50, { optional: true })
  allianceIds?: string[];

  /** Required for Mentor:in (a Mentorprofil not linked to another account); empty otherwise. */
  @UuidField({ optional: true })
  mentorProfileId?: string | null;
}

/** Replace a user's name, role and links; `version` is the version the client read. */
export class UpdateUserDto {
  @TextField(200)
  displayName!: string;

  @EnumField(ROLES)
  role!: Role;

  @UuidArrayField(50, { optional: true })
  allianceIds?: string[];

  @UuidField({ optional: true })
  mentorProfileId?: string | null;

  @VersionField()
  version!: number;
}

export const USER_SORT_FIELDS = ['displayName', 'email', 'role', 'createdAt', 'lastLoginAt'] as const;
export type UserSortField = (typeof USER_SORT_FIELDS)[number];

export class UserListQueryDto extends ListQueryDto {
  @EnumField(USER_SORT_FIELDS, { optional: true })
  sort?: UserSortField;

  @EnumField(ROLES, { optional: true })
  role?: Role;

  /** true: only disabled accounts; false: only active ones; absent: both. */
  @QueryBooleanField()
  disabled?: boolean;
}

export class UserDto {
  id!: string;
  email!: string;
  displayName!: string;
  role!: Role;
  allianceIds!: string[];
  mentorProfileId!: string | null;
  totpEnabled!: boolean;
  /** Invited, but no password set yet. */
  invitationPending!: boolean;
  disabledAt!: string | null;
  lastLoginAt!: string | null;
  version!: number;
  createdAt!: string;
  updatedAt!: string;
}

export class UserAllianceSummaryDto {
  id!: string;
  code!: string;
  name!: string;
}

export class UserDetailDto extends UserDto {
  alliances!: UserAllianceSummaryDto[];
  mentorProfileName!: string | null;
  activeSessionCount!: number;
}

/** A one-time link (shown to the inviting user until e-mail sending exists). */
export class OneTimeLinkDto {
  /** Relative link, e.g. /einladung/<token> or /passwort-zuruecksetzen/<token>. */
  link!: string;
  expiresAt!: string;
}

export class InvitationResponseDto {
  user!: UserDetailDto;
  invitation!: OneTimeLinkDto;
}

/** Search text of the user administration's link look-ups (alliances, Mentorprofile): 2 to 100 characters. */
export class UserLinkLookupQueryDto {
  @TextField(100)
  @MinLength(2, { message: 'Bitte mindestens 2 Zeichen eingeben.' })
  q!: string;
}

/**
 * An alliance or Mentorprofil a user account can be linked to: only what the picker shows (least
 * privilege: the administration may link accounts but reads no alliance or mentor content).
 */
export class UserLinkOptionDto {
  id!: string;
  /** The alliance's code; null for a Mentorprofil. */
  code!: string | null;
  name!: string;
}
