import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { DeploymentTransitionDto, RequestTransitionDto, WorkflowTransitionDto, WorkflowTransitionResultDto } from '@bn/shared/contracts';
import { RequestWorkflow } from './request-workflow.service';
import { DeploymentWorkflow } from './deployment-workflow.service';

/**
 * Status transitions of Anfragen (domain-research §2.5). The Fachberatung moves requests; a coordinator
 * may withdraw an own request (STORNIERT) before a mentor is assigned. Refused transitions answer 409
 * with a code and a German explanation; a stale version 409 VERSION_CONFLICT.
 */
@ApiTags('Anfragen')
@Controller('requests/:id/transitions')
export class RequestTransitionsController {
  constructor(private readonly workflow: RequestWorkflow) {}

  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  @HttpCode(200)
  transition(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RequestTransitionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkflowTransitionResultDto> {
    return this.workflow.transition(id, dto, principal);
  }

  /** The history, oldest first. Mentors do not read it (it names other mentors' answers). */
  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION')
  @Get()
  history(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<WorkflowTransitionDto[]> {
    return this.workflow.history(id, scopeOf(principal));
  }
}

/** Status transitions of Einsätze: the Fachberatung, and the deployment's mentors for their steps. */
@ApiTags('Einsätze')
@Controller('deployments/:id/transitions')
export class DeploymentTransitionsController {
  constructor(private readonly workflow: DeploymentWorkflow) {}

  @Roles('FACHBERATUNG', 'MENTOR')
  @Post()
  @HttpCode(200)
  transition(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: DeploymentTransitionDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WorkflowTransitionResultDto> {
    return this.workflow.transition(id, dto, principal);
  }

  @Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
  @Get()
  history(@Param('id', ParseIdPipe) id: string, @CurrentPrincipal() principal: Principal): Promise<WorkflowTransitionDto[]> {
    return this.workflow.history(id, scopeOf(principal));
  }
}
