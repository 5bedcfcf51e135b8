import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles } from '@bn/api/core';
import {
  InvitationResponseDto,
  InviteUserDto,
  OneTimeLinkDto,
  Page,
  UpdateUserDto,
  UserDetailDto,
  UserDto,
  UserLinkLookupQueryDto,
  UserLinkOptionDto,
  UserListQueryDto,
  VersionDto,
} from '@bn/shared/contracts';
import { UserAdminService } from './user-admin.service';
import { UserLinkLookupService } from './user-link-lookup.service';
import { UsersService } from './users.service';

/** User administration (Administration, Servicebüro-Leitung); the Fachberatung may invite coordinators and mentors. */
@ApiTags('Benutzerverwaltung')
@Roles('ADMINISTRATION', 'LEITUNG')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: UserAdminService,
    private readonly linkLookup: UserLinkLookupService,
  ) {}

  @Get()
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }

  /**
   * Alliances a coordinator's account can be linked to (id, code, name only), for everyone who may
   * invite: the administration may not list alliances themselves (least privilege).
   */
  @Roles('ADMINISTRATION', 'LEITUNG', 'FACHBERATUNG')
  @Get('link-options/alliances')
  linkableAlliances(@Query() query: UserLinkLookupQueryDto): Promise<UserLinkOptionDto[]> {
    return this.linkLookup.alliances(query.q);
  }

  /** Mentorprofile a mentor's account can be linked to (id and name only); see linkableAlliances. */
  @Roles('ADMINISTRATION', 'LEITUNG', 'FACHBERATUNG')
  @Get('link-options/mentor-profiles')
  linkableMentorProfiles(@Query() query: UserLinkLookupQueryDto): Promise<UserLinkOptionDto[]> {
    return this.linkLookup.mentorProfiles(query.q);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<UserDetailDto> {
    return this.users.get(id);
  }

  /** Creates the account without password; the response carries the invitation link (valid 7 days). */
  @Roles('ADMINISTRATION', 'LEITUNG', 'FACHBERATUNG')
  @Post('invitations')
  invite(@Body() dto: InviteUserDto, @CurrentPrincipal() actor: Principal): Promise<InvitationResponseDto> {
    return this.admin.invite(dto, actor);
  }

  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateUserDto, @CurrentPrincipal() actor: Principal): Promise<UserDto> {
    return this.admin.update(id, dto, actor);
  }

  /** Disables the account and ends all its sessions. */
  @Post(':id/disable')
  @HttpCode(200)
  disable(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentPrincipal() actor: Principal): Promise<UserDto> {
    return this.admin.disable(id, dto.version, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto): Promise<UserDto> {
    return this.admin.enable(id, dto.version);
  }

  /** A one-time link (valid 24 hours) for setting a new password. */
  @Post(':id/password-reset')
  passwordReset(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() actor: Principal): Promise<OneTimeLinkDto> {
    return this.admin.passwordResetLink(id, actor);
  }
}
