import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import {
  CreateDeploymentDto,
  DeploymentDetailDto,
  DeploymentDto,
  DeploymentListItemDto,
  DeploymentListQueryDto,
  Page,
  UpdateDeploymentDto,
  VersionDto,
} from '@bn/shared/contracts';
import { DeploymentDetailQuery } from './deployment-detail.query';
import { DeploymentListQuery } from './deployment-list.query';
import { DeploymentsService } from './deployments.service';

/**
 * Einsätze. Fachberatung reads and writes all, Leitung reads all; coordinators read their alliances'
 * deployments (report summary only), mentors their own.
 */
@ApiTags('Einsätze')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('deployments')
export class DeploymentsController {
  constructor(
    private readonly listQuery: DeploymentListQuery,
    private readonly detailQuery: DeploymentDetailQuery,
    private readonly deployments: DeploymentsService,
  ) {}

  @Get()
  list(@Query() query: DeploymentListQueryDto, @CurrentPrincipal() principal: Principal): Promise<Page<DeploymentListItemDto>> {
    return this.listQuery.list(query, scopeOf(principal));
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<DeploymentDetailDto> {
    return this.detailQuery.get(id, scopeOf(principal));
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(@Body() dto: CreateDeploymentDto, @CurrentActor() actor: string): Promise<DeploymentDto> {
    return this.deployments.create(dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':id')
  update(@Param('id', ParseIdPipe) id: string, @Body() dto: UpdateDeploymentDto, @CurrentActor() actor: string): Promise<DeploymentDto> {
    return this.deployments.update(id, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post(':id/archive')
  @HttpCode(204)
  archive(@Param('id', ParseIdPipe) id: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<void> {
    return this.deployments.archive(id, dto.version, actor);
  }
}
