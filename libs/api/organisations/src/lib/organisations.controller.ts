import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
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

@ApiTags('Organisationen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  list(@Query() query: OrganisationListQueryDto): Promise<Page<OrganisationDto>> {
    return this.organisations.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<OrganisationDetailDto> {
    return this.organisations.get(id);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: string): Promise<OrganisationDto> {
    return this.organisations.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
    @CurrentActor() actor: string,
  ): Promise<OrganisationDto> {
    return this.organisations.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.organisations.archive(id, dto.version, actor);
  }
}
