import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, ParseIdPipe, Roles } from '@bn/api/core';
import { CreateDeploymentFeedbackDto, DeploymentFeedbackDto } from '@bn/shared/contracts';
import { DeploymentFeedbackService } from './feedback.service';

@ApiTags('Einsätze: Rückmeldungen')
@Roles('FACHBERATUNG', 'LEITUNG')
@Controller('deployments/:id/feedback')
export class DeploymentFeedbackController {
  constructor(private readonly feedback: DeploymentFeedbackService) {}

  @Get()
  list(@Param('id', ParseIdPipe) deploymentId: string): Promise<DeploymentFeedbackDto[]> {
    return this.feedback.list(deploymentId);
  }

  @Roles('FACHBERATUNG')
  @Post()
  create(
    @Param('id', ParseIdPipe) deploymentId: string,
    @Body() dto: CreateDeploymentFeedbackDto,
    @CurrentActor() actor: string,
  ): Promise<DeploymentFeedbackDto> {
    return this.feedback.create(deploymentId, dto, actor);
  }
}
