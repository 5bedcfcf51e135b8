import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { DeploymentReportDto, ReviewDeploymentReportDto, SaveDeploymentReportDto, VersionDto } from '@bn/shared/contracts';
import { DeploymentReportsService } from './reports.service';

/**
 * The Einsatzbericht: the mentors of a deployment read, save and submit it (until submitted), the
 * Fachberatung reviews it; Leitung reads.
 */
@ApiTags('Einsätze: Bericht')
@Roles('FACHBERATUNG', 'LEITUNG', 'MENTOR')
@Controller('deployments/:id/report')
export class DeploymentReportsController {
  constructor(private readonly reports: DeploymentReportsService) {}

  /** The latest revision. */
  @Get()
  latest(@Param('id', ParseIdPipe) deploymentId: string, @CurrentPrincipal() principal: Principal): Promise<DeploymentReportDto> {
    return this.reports.latest(deploymentId, scopeOf(principal));
  }

  /** All revisions, newest first. */
  @Get('revisions')
  revisions(@Param('id', ParseIdPipe) deploymentId: string, @CurrentPrincipal() principal: Principal): Promise<DeploymentReportDto[]> {
    return this.reports.revisions(deploymentId, scopeOf(principal));
  }

  @Roles('FACHBERATUNG', 'MENTOR')
  @Put()
  save(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: SaveDeploymentReportDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<DeploymentReportDto> {
    return this.reports.save(deploymentId, dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'MENTOR')
  @Post('submit')
  @HttpCode(200)
  submit(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: VersionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeploymentReportDto> {
    return this.reports.submit(deploymentId, dto.version, principal);
  }

  @Roles('FACHBERATUNG')
  @Post('review')
  @HttpCode(200)
  review(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: ReviewDeploymentReportDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeploymentReportDto> {
    return this.reports.review(deploymentId, dto, principal);
  }
}
