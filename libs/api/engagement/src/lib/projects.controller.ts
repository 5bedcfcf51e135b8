import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  ProjectDetailDto,
  ProjectListItemDto,
  ProjectListQueryDto,
  CreateProjectDto,
  Page,
  UpdateProjectDto,
  VersionDto,
} from '@bn/shared/contracts';
import { ProjectsService } from './projects.service';

/**
 * Fachberatung reads and writes all projects, Leitung reads them, coordinators read and write
 * those of their own alliances (scoped in the service). Mentors have no access.
 */
@ApiTags('Projekte')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  list(@Query() query: ProjectListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<ProjectListItemDto>> {
    return this.projects.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<ProjectDetailDto> {
    return this.projects.get(id, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(
    @Body() dto: CreateProjectDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<ProjectDetailDto> {
    return this.projects.create(dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Put(':id')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateProjectDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<ProjectDetailDto> {
    return this.projects.update(id, dto, scopeOf(principal), actor);
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
    return this.projects.archive(id, dto.version, scopeOf(principal), actor);
  }
}
