import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { CreateDeploymentSessionDto, DeploymentSessionDto, UpdateDeploymentSessionDto } from '@bn/shared/contracts';
import { DeploymentSessionsService } from './sessions.service';

/** Termine: written by the Fachberatung and by the deployment's mentors (until the report is submitted). */
@ApiTags('Einsätze: Termine')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('deployments/:id/sessions')
export class DeploymentSessionsController {
  constructor(private readonly sessions: DeploymentSessionsService) {}

  @Roles('FACHBERATUNG', 'MENTOR')
  @Post()
  create(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: CreateDeploymentSessionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<DeploymentSessionDto> {
    return this.sessions.create(deploymentId, dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'MENTOR')
  @Put(':sessionId')
  update(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @Body() dto: UpdateDeploymentSessionDto,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<DeploymentSessionDto> {
    return this.sessions.update(deploymentId, sessionId, dto, scopeOf(principal), actor);
  }

  @Roles('FACHBERATUNG', 'MENTOR')
  @Delete(':sessionId')
  @HttpCode(204)
  remove(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Param('sessionId', ParseIdPipe) sessionId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentActor() actor: string,
  ): Promise<void> {
    return this.sessions.remove(deploymentId, sessionId, scopeOf(principal), actor);
  }
}
