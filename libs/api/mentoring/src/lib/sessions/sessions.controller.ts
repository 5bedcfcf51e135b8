import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { CreateDeploymentSessionDto, DeploymentSessionDto, UpdateDeploymentSessionDto } from '@bn/shared/contracts';
import { DeploymentSessionsService } from './sessions.service';

@ApiTags('Einsätze: Termine')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('deployments/:id/sessions')
export class DeploymentSessionsController {
  constructor(private readonly sessions: DeploymentSessionsService) {}

  @Roles('FACHBERATUNG')
  @Post()
  create(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: CreateDeploymentSessionDto,
    @CurrentActor() actor: string,
  ): Promise<DeploymentSessionDto> {
    return this.sessions.create(deploymentId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Put(':sessionId')
  update(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: UpdateDeploymentSessionDto,
    @CurrentActor() actor: string,
  ): Promise<DeploymentSessionDto> {
    return this.sessions.update(deploymentId, sessionId, dto, actor);
  }

  @Roles('FACHBERATUNG')
  @Delete(':sessionId')
  @HttpCode(204)
  remove(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.sessions.remove(deploymentId, sessionId, actor);
  }
}
