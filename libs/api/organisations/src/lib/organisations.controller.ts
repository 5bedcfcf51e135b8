import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateOrganisationDto,
  OrganisationDetailDto,
  OrganisationDto,
  OrganisationListQueryDto,
  Page,
  UpdateOrganisationDto,
  VersionDto,
} from '@bn/shared/contracts';
import { OrganisationsService } from './organisations.service';

/**
 * Coordinators read and update the partner organisations of their own alliances and may register new ones;
 * only the Fachberatung archives. Mentors, the ministry and administrators have no organisation routes.
 */
@ApiTags('Organisationen')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  list(@Query() query: OrganisationListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<OrganisationDto>> {
    return this.organisations.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<OrganisationDetailDto> {
    return this.organisations.get(id, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: string, @CurrentPrincipal() principal: Principal): Promise<OrganisationDto> {
    return this.organisations.create(dto, actor, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
    @CurrentActor() actor: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganisationDto> {
    return this.organisations.update(id, dto, actor, scopeOf(principal));
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.organisations.archive(id, dto.version, actor);
  }
}
