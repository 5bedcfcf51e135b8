import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  ActivityDetailDto,
  ActivityListItemDto,
  ActivityListQueryDto,
  CreateActivityDto,
  Page,
  UpdateActivityDto,
  VersionDto,
} from '@bn/shared/contracts';
import { ActivitiesService } from './activities.service';

/**
 * Fachberatung reads and writes all activities, Leitung reads them, coordinators read and write
 * those of their own alliances (scoped in the service). Mentors have no access.
 */
@ApiTags('Aktivitäten')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  list(@Query() query: ActivityListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<ActivityListItemDto>> {
    return this.activities.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ActivityDetailDto> {
    return this.activities.get(id, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(
    @Body() dto: CreateActivityDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<ActivityDetailDto> {
    return this.activities.create(dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateActivityDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<ActivityDetailDto> {
    return this.activities.update(id, dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post(':id/archive')
  @HttpCode(204)
  archive(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: VersionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.activities.archive(id, dto.version, scopeOf(principal), actor);
  }
}
