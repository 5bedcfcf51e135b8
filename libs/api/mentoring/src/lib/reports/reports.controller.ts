import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { DeploymentReportDto, ReviewDeploymentReportDto, SaveDeploymentReportDto, VersionDto } from '@bn/shared/contracts';
import { DeploymentReportsService } from './reports.service';

@ApiTags('Einsätze: Bericht')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('deployments/:id/report')
export class DeploymentReportsController {
  constructor(private readonly reports: DeploymentReportsService) {}

  /** The latest revision. */
  @Get()
  latest(@Param('id', ParseIdPipe) deploymentId: string): Promise<DeploymentReportDto> {
    return this.reports.latest(deploymentId);
  }

  /** All revisions, newest first. */
  @Get('revisions')
  revisions(@Param('id', ParseIdPipe) deploymentId: string): Promise<DeploymentReportDto[]> {
    return this.reports.revisions(deploymentId);
  }

  @Roles('FACHBERATUNG')
  @Put()
  save(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: SaveDeploymentReportDto,
    @CurrentActor() actor: string,
  ): Promise<DeploymentReportDto> {
    return this.reports.save(deploymentId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Post('submit')
  @HttpCode(200)
  submit(@Param('id', ParseIdPipe) deploymentId: string, @Body() dto: VersionDto, @CurrentActor() actor: string): Promise<DeploymentReportDto> {
    return this.reports.submit(deploymentId, dto.version, actor);
  }

  @Roles('FACHBERATUNG')
  @Post('review')
  @HttpCode(200)
  review(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: ReviewDeploymentReportDto,
    @CurrentActor() actor: string,
  ): Promise<DeploymentReportDto> {
    return this.reports.review(deploymentId, dto, actor);
  }
}
