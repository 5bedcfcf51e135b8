import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import {
  CreateProjectDto,
  Page,
  ProjectDetailDto,
  ProjectListItemDto,
  ProjectListQueryDto,
  UpdateProjectDto,
  VersionDto,
} from '@bn/shared/contracts';
import { ProjectsService } from './projects.service';

@ApiTags('Projekte')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  list(@Query() query: ProjectListQueryDto): Promise<Page<ProjectListItemDto>> {
    return this.projects.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<ProjectDetailDto> {
    return this.projects.get(id);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreateProjectDto, @CurrentActor() actor: string): Promise<ProjectDetailDto> {
    return this.projects.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateProjectDto,
    @CurrentActor() actor: string,
  ): Promise<ProjectDetailDto> {
    return this.projects.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.projects.archive(id, dto.version, actor);
  }
}
