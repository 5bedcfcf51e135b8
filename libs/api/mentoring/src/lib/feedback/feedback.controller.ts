import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, ParseIdPipe, Principal, Roles, scopeOf } from '@bn/api/core';
import { CreateDeploymentFeedbackDto, DeploymentFeedbackDto } from '@bn/shared/contracts';
import { DeploymentFeedbackService } from './feedback.service';

/**
 * Rückmeldungen: staff read all (Fachberatung records any); coordinators read and record the
 * coordination's feedback on their alliances' deployments; mentors read their self-assessments.
 */
@ApiTags('Einsätze: Rückmeldungen')
@Roles('FACHBERATUNG', 'LEITUNG', 'KOORDINATION', 'MENTOR')
@Controller('deployments/:id/feedback')
export class DeploymentFeedbackController {
  constructor(private readonly feedback: DeploymentFeedbackService) {}

  @Get()
  list(@Param('id', ParseIdPipe) deploymentId: string, @CurrentPrincipal() principal: Principal): Promise<DeploymentFeedbackDto[]> {
    return this.feedback.list(deploymentId, scopeOf(principal));
  }

  /** Coordinators: source KOORDINATION, for their alliances' deployments. */
  @Roles('FACHBERATUNG', 'KOORDINATION')
  @Post()
  create(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: CreateDeploymentFeedbackDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeploymentFeedbackDto> {
    return this.feedback.create(deploymentId, dto, principal);
  }
}
