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
  UserListQueryDto,
  VersionDto,
} from '@bn/shared/contracts';
import { UserAdminService } from './user-admin.service';
import { UsersService } from './users.service';

/** User administration (Administration, Servicebüro-Leitung); the Fachberatung may invite coordinators and mentors. */
@ApiTags('Benutzerverwaltung')
@Roles('ADMINISTRATION', 'LEITUNG')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: UserAdminService,
  ) {}

  @Get()
  list(@Query() query: UserListQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
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
