import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
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

@ApiTags('Aktivitäten')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('activities')
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Get()
  list(@Query() query: ActivityListQueryDto): Promise<Page<ActivityListItemDto>> {
    return this.activities.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<ActivityDetailDto> {
    return this.activities.get(id);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreateActivityDto, @CurrentActor() actor: string): Promise<ActivityDetailDto> {
    return this.activities.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateActivityDto,
    @CurrentActor() actor: string,
  ): Promise<ActivityDetailDto> {
    return this.activities.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.activities.archive(id, dto.version, actor);
  }
}
